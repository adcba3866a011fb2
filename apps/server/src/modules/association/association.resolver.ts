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
import {
  Activity,
  ActivityConnection,
  ActivityOrganiser,
  ActivityPayload,
} from '../activity/activity.types';
import { activitiesOfAssociation, listAssociations } from './association.repository';
import {
  createAssociation,
  joinAssociation,
  leaveAssociation,
  recordAwards,
} from './association.service';
import {
  ActivityAward,
  Association,
  AssociationConnection,
  AssociationMembership,
  AssociationMembershipPayload,
  AssociationPayload,
  AssociationYear,
  CreateAssociationInput,
  JoinAssociationInput,
  LeaveAssociationInput,
  RecordAwardsInput,
} from './association.types';

function checkYear(year: number) {
  if (year < 1949 || year > 9999)
    throw badInput('year must be between 1949 and 9999', { argument: 'year' });
}

@Resolver(() => Association)
export class AssociationResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => AssociationConnection, {
    description: 'Associations of retirees (老年社会团体), by name; the county’s records.',
  })
  associations(@Ctx() ctx: Context, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return listAssociations(ctx.db, ctx.reach, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => AssociationPayload, { description: 'Records an association.' })
  async createAssociation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAssociationInput) input: CreateAssociationInput,
  ): Promise<AssociationPayload> {
    const { record, userErrors } = await createAssociation(ctx, input);
    return { association: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => AssociationMembershipPayload, {
    description: 'A member joins an association with a role (its leaders: 会长, 副会长, 秘书长).',
  })
  async joinAssociation(
    @Ctx() ctx: Context,
    @Arg('input', () => JoinAssociationInput) input: JoinAssociationInput,
  ): Promise<AssociationMembershipPayload> {
    const { record, userErrors } = await joinAssociation(ctx, input, {
      association: decodeInputKey(input.associationId, 'Association'),
      member: decodeInputKey(input.memberId, 'Member'),
    });
    return { membership: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => AssociationMembershipPayload, { description: 'A member leaves an association.' })
  async leaveAssociation(
    @Ctx() ctx: Context,
    @Arg('input', () => LeaveAssociationInput) input: LeaveAssociationInput,
  ): Promise<AssociationMembershipPayload> {
    const { record, userErrors } = await leaveAssociation(ctx, input, {
      membership: decodeInputKey(input.membershipId, 'AssociationMembership'),
    });
    return { membership: record, userErrors };
  }

  @FieldResolver(() => [AssociationMembership], {
    description: 'Its members: current ones first, leaders first (`current` for those only).',
  })
  async memberships(
    @Root() association: Association,
    @Ctx() ctx: Context,
    @Arg('current', () => Boolean, { defaultValue: false }) current: boolean,
  ) {
    const all = await ctx.loaders.membershipsOfAssociation.load(association.key);
    return current ? all.filter((m) => m.leftOn === null) : all;
  }

  @FieldResolver(() => Int, { description: 'Members now.' })
  async memberCount(@Root() association: Association, @Ctx() ctx: Context) {
    const all = await ctx.loaders.membershipsOfAssociation.load(association.key);
    return all.filter((m) => m.leftOn === null).length;
  }

  @FieldResolver(() => AssociationYear, { description: 'Its activities and awards in a year.' })
  year(
    @Root() association: Association,
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
  ) {
    checkYear(year);
    return ctx.loaders.associationYear.load(`${association.key}:${year}`);
  }

  @FieldResolver(() => ActivityConnection, {
    description: 'Its activities, latest first (`year` for those of a year, China time).',
  })
  activities(
    @Root() association: Association,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ) {
    if (year != null) checkYear(year);
    return activitiesOfAssociation(ctx.db, ctx.reach, association.key, year ?? null, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }
}

@Resolver(() => AssociationMembership)
export class AssociationMembershipResolver {
  @FieldResolver(() => Association, { nullable: true })
  association(@Root() membership: AssociationMembership, @Ctx() ctx: Context) {
    return ctx.loaders.association.load(membership.associationId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() membership: AssociationMembership, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(membership.memberId);
  }
}

@Resolver(() => Activity)
export class ActivityAwardsResolver {
  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => ActivityPayload, {
    description: 'Sets the awards won at an association’s activity, replacing the list kept.',
  })
  async recordAwards(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordAwardsInput) input: RecordAwardsInput,
  ): Promise<ActivityPayload> {
    const { record, userErrors } = await recordAwards(ctx, input, {
      activity: decodeInputKey(input.activityId, 'Activity'),
    });
    return { activity: record, userErrors };
  }

  @FieldResolver(() => [ActivityAward], { description: 'Awards won at it, in the order recorded.' })
  awards(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.awardsOfActivity.load(activity.key);
  }
}

@Resolver(() => ActivityOrganiser)
export class ActivityOrganiserAssociationResolver {
  @FieldResolver(() => Association, {
    nullable: true,
    description: 'The association, for kind ASSOCIATION.',
  })
  association(@Root() organiser: ActivityOrganiser, @Ctx() ctx: Context) {
    return organiser.associationId == null
      ? null
      : ctx.loaders.association.load(organiser.associationId);
  }
}

@Resolver(() => Member)
export class MemberAssociationsResolver {
  @FieldResolver(() => [AssociationMembership], {
    description: 'The associations the member is or was in (the county’s view only).',
  })
  associations(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.associationsOfMember.load(member.key);
  }
}
