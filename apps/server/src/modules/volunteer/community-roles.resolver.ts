import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectionOf } from '../../kernel/selection';
import { PageArgs } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { Member } from '../member/member.types';
import { listStudios } from './community-roles.repository';
import {
  addMemberRole,
  createEldersStudio,
  endMemberRole,
  recordStudioCases,
} from './community-roles.service';
import {
  AddMemberRoleInput,
  CreateEldersStudioInput,
  EldersStudio,
  EldersStudioConnection,
  EldersStudioPayload,
  EndMemberRoleInput,
  MemberRole,
  MemberRolePayload,
  RecordStudioCasesInput,
} from './community-roles.types';

@Resolver(() => MemberRole)
export class MemberRoleResolver {
  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => MemberRolePayload, {
    description: 'Records a community or advisory role of a member (社会任职).',
  })
  async addMemberRole(
    @Ctx() ctx: Context,
    @Arg('input', () => AddMemberRoleInput) input: AddMemberRoleInput,
  ): Promise<MemberRolePayload> {
    const { record, userErrors } = await addMemberRole(ctx, input, {
      member: decodeInputKey(input.memberId, 'Member'),
      studio: decodeInputKey(input.studioId, 'EldersStudio'),
    });
    return { role: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => MemberRolePayload, { description: 'Ends a role a member holds.' })
  async endMemberRole(
    @Ctx() ctx: Context,
    @Arg('input', () => EndMemberRoleInput) input: EndMemberRoleInput,
  ): Promise<MemberRolePayload> {
    const { record, userErrors } = await endMemberRole(ctx, input, {
      role: decodeInputKey(input.roleId, 'MemberRole'),
    });
    return { role: record, userErrors };
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() role: MemberRole, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(role.memberId);
  }

  @FieldResolver(() => EldersStudio, {
    nullable: true,
    description: 'The studio, for ELDERS_STUDIO (null outside the county’s view).',
  })
  studio(@Root() role: MemberRole, @Ctx() ctx: Context) {
    return role.studioId === null ? null : ctx.loaders.eldersStudio.load(role.studioId);
  }
}

@Resolver(() => Member)
export class MemberRolesResolver {
  @FieldResolver(() => [MemberRole], {
    description: 'Community and advisory roles (社会任职): those held first, then the latest.',
  })
  roles(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.rolesOfMember.load(member.key);
  }
}

@Resolver(() => EldersStudio)
export class EldersStudioResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => EldersStudioConnection, {
    description: '五老工作室, by name; the county’s records.',
  })
  eldersStudios(@Ctx() ctx: Context, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return listStudios(ctx.db, ctx.reach, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => EldersStudioPayload, { description: 'Records a 五老工作室.' })
  async createEldersStudio(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateEldersStudioInput) input: CreateEldersStudioInput,
  ): Promise<EldersStudioPayload> {
    const { record, userErrors } = await createEldersStudio(ctx, input);
    return { studio: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => EldersStudioPayload, {
    description: 'Sets the cases a studio handled in a year.',
  })
  async recordStudioCases(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordStudioCasesInput) input: RecordStudioCasesInput,
  ): Promise<EldersStudioPayload> {
    const { record, userErrors } = await recordStudioCases(ctx, input, {
      studio: decodeInputKey(input.studioId, 'EldersStudio'),
    });
    return { studio: record, userErrors };
  }

  @FieldResolver(() => [MemberRole], { description: 'Its members’ roles, those held first.' })
  members(@Root() studio: EldersStudio, @Ctx() ctx: Context) {
    return ctx.loaders.rolesOfStudio.load(studio.key);
  }

  @FieldResolver(() => Int, { description: 'Cases handled in a year.' })
  cases(@Root() studio: EldersStudio, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    if (year < 1949 || year > 9999)
      throw badInput('year must be between 1949 and 9999', { argument: 'year' });
    return ctx.loaders.studioCases.load(`${studio.key}:${year}`);
  }
}
