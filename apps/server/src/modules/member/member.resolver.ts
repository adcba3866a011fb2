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
import { nodeSelection } from '../../kernel/selection';
import { ApiError, ErrorCode } from '../../kernel/errors';
import { mayReadPersonalData } from '../../kernel/access/caller';
import { maskAddress, maskIdCard, maskOptionalPhone, maskText } from '../../kernel/access/mask';
import { Permission } from '../../kernel/access/permissions';
import type { Context } from '../../kernel/context';
import { PageArgs } from '../../kernel/connection';
import { DateScalar } from '../../kernel/scalars';
import { PayloadType, toPayload } from '../../kernel/payload';
import { decodeInputKey } from '../../kernel/input-keys';
import { Branch } from '../branch/branch.types';
import { listMembers, memberObjects } from './member.repository';
import { memberCriteria } from './member.filters';
import {
  ageOf,
  eligibleMedalsOf,
  nextBirthdayOf,
  nextDecadeBirthdayOf,
  partyStandingEstimatedOf,
  partyStandingFromOf,
  partyYearsOf,
} from '@wanxia/schema';
import { medalCutoffOf, memberSettings, updateMemberSettings } from './member-settings';
import {
  createMember,
  recordDeath,
  recordTransferOut,
  transferMember,
  updateMember,
} from './member.service';
import { COUNTY_TOWNSHIPS } from './residence';
import { undoMemberStatus } from './status-undo';
import {
  Birthday,
  BranchMembership,
  CreateMemberInput,
  Medal,
  Member,
  MemberConnection,
  MemberFilter,
  MemberOrder,
  MemberSettings,
  MemberSettingsPayload,
  PersonalData,
  RecordDeathInput,
  RecordTransferOutInput,
  TransferMemberInput,
  UndoMemberStatusInput,
  UpdateMemberInput,
  UpdateMemberSettingsInput,
} from './member.types';

const CreateMemberPayload = PayloadType('CreateMemberPayload', Member, 'member');
const UpdateMemberPayload = PayloadType('UpdateMemberPayload', Member, 'member');
const RecordDeathPayload = PayloadType('RecordDeathPayload', Member, 'member');
const TransferMemberPayload = PayloadType('TransferMemberPayload', Member, 'member');
const RecordTransferOutPayload = PayloadType('RecordTransferOutPayload', Member, 'member');
const UndoMemberStatusPayload = PayloadType('UndoMemberStatusPayload', Member, 'member');

@Resolver(() => Member)
export class MemberResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => MemberConnection, { description: 'The roster (台账).' })
  members(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter,
    @Arg('orderBy', () => MemberOrder, { nullable: true }) orderBy?: MemberOrder,
  ) {
    const shape = memberObjects(nodeSelection(info), ctx.reach);
    return listMembers(ctx.db, ctx, memberCriteria(filter), orderBy, page, shape);
  }

  @Authorized('SIGNED_IN')
  @Query(() => [String], {
    description: 'The townships of the county, for residenceKind TOWNSHIP.',
  })
  townships(): readonly string[] {
    return COUNTY_TOWNSHIPS;
  }

  @Authorized(Permission.MEMBERS_READ)
  @Query(() => MemberSettings)
  memberSettings(@Ctx() ctx: Context) {
    return memberSettings(ctx.db);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => MemberSettingsPayload, {
    description: "Changes the roster's settings (the 50-year medal's cut-off day).",
  })
  async updateMemberSettings(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateMemberSettingsInput) input: UpdateMemberSettingsInput,
  ): Promise<MemberSettingsPayload> {
    const { record, userErrors } = await updateMemberSettings(ctx, input);
    return { memberSettings: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => CreateMemberPayload)
  async createMember(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateMemberInput) input: CreateMemberInput,
  ) {
    return toPayload(
      'member',
      await createMember(ctx, input, { branch: decodeInputKey(input.branchId, 'Branch') }),
    );
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => UpdateMemberPayload)
  async updateMember(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput,
  ) {
    return toPayload(
      'member',
      await updateMember(ctx, input, { member: decodeInputKey(input.id, 'Member') }),
    );
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RecordDeathPayload)
  async recordDeath(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordDeathInput) input: RecordDeathInput,
  ) {
    return toPayload(
      'member',
      await recordDeath(ctx, input, { member: decodeInputKey(input.memberId, 'Member') }),
    );
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => TransferMemberPayload, {
    description: 'Moves a member to another branch, keeping the history.',
  })
  async transferMember(
    @Ctx() ctx: Context,
    @Arg('input', () => TransferMemberInput) input: TransferMemberInput,
  ) {
    return toPayload(
      'member',
      await transferMember(ctx, input, {
        member: decodeInputKey(input.memberId, 'Member'),
        branch: decodeInputKey(input.branchId, 'Branch'),
      }),
    );
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RecordTransferOutPayload, {
    description: 'The member leaves the county roster (转出).',
  })
  async recordTransferOut(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordTransferOutInput) input: RecordTransferOutInput,
  ) {
    return toPayload(
      'member',
      await recordTransferOut(ctx, input, {
        member: decodeInputKey(input.memberId, 'Member'),
      }),
    );
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => UndoMemberStatusPayload, {
    description:
      'Puts a member wrongly recorded as deceased or transferred out back on the roster, within 30 days of the recording.',
  })
  async undoMemberStatus(
    @Ctx() ctx: Context,
    @Arg('input', () => UndoMemberStatusInput) input: UndoMemberStatusInput,
  ) {
    return toPayload(
      'member',
      await undoMemberStatus(ctx, input, { member: decodeInputKey(input.memberId, 'Member') }),
    );
  }

  @FieldResolver(() => String)
  idCardNumber(@Root() member: Member): string {
    return maskIdCard(member.idCardNumber);
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() member: Member): string | null {
    return maskOptionalPhone(member.phone);
  }

  @FieldResolver(() => String, { nullable: true })
  address(@Root() member: Member): string | null {
    return member.address && maskAddress(member.address);
  }

  @FieldResolver(() => String, { nullable: true })
  healthNotes(@Root() member: Member): string | null {
    return member.healthNotes && maskText(member.healthNotes);
  }

  @FieldResolver(() => String, { nullable: true })
  emergencyContactPhone(@Root() member: Member): string | null {
    return maskOptionalPhone(member.emergencyContactPhone);
  }

  @FieldResolver(() => PersonalData, {
    nullable: true,
    description:
      'The personal data in full, for admins, the member’s own branch secretary and tokens with pii:read. ' +
      'Each read is recorded in the audit trail.',
  })
  personalData(@Root() member: Member, @Ctx() ctx: Context) {
    if (!mayReadPersonalData(ctx.caller)) {
      throw new ApiError(ErrorCode.FORBIDDEN, '无权查看个人信息 (requires pii:read)');
    }
    return ctx.loaders.personalData.load(member.key);
  }

  @FieldResolver(() => Branch)
  branch(@Root() member: Member, @Ctx() ctx: Context) {
    return member.preloadedBranch ?? ctx.loaders.branch.load(member.branchId);
  }

  @FieldResolver(() => Int, {
    description: 'Age today in China time; for the deceased, age at death.',
  })
  age(@Root() member: Member, @Ctx() ctx: Context): number {
    return ageOf(member, ctx.today);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '党龄: whole years from partyStandingFrom (full membership) to today, or to death; null for non-members.',
  })
  partyYears(@Root() member: Member, @Ctx() ctx: Context): number | null {
    return partyYearsOf(member, ctx.today);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'The day 党龄 counts from: fullMembershipDate, or partyJoinDate + 1 year while that is unknown.',
  })
  partyStandingFrom(@Root() member: Member): string | null {
    return partyStandingFromOf(member);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'True when 党龄 counts from an estimate (no fullMembershipDate: joining + 1 year); null for non-members.',
  })
  partyStandingEstimated(@Root() member: Member): boolean | null {
    return partyStandingEstimatedOf(member);
  }

  @FieldResolver(() => Birthday, {
    nullable: true,
    description: 'Null unless the member is current.',
  })
  nextBirthday(@Root() member: Member, @Ctx() ctx: Context): Birthday | null {
    return nextBirthdayOf(member, ctx.today);
  }

  @FieldResolver(() => Birthday, {
    nullable: true,
    description: 'The next of 60, 70, 80… Null unless current.',
  })
  nextDecadeBirthday(@Root() member: Member, @Ctx() ctx: Context): Birthday | null {
    return nextDecadeBirthdayOf(member, ctx.today);
  }

  @FieldResolver(() => [Medal], {
    description:
      "Medals the member is eligible for this year: 光荣在党50年 when the 党龄 reaches 50 by memberSettings' medalCutoff.",
  })
  async eligibleMedals(@Root() member: Member, @Ctx() ctx: Context): Promise<`${Medal}`[]> {
    const settings = await ctx.loaders.memberSettings.load(0);
    return eligibleMedalsOf(member, ctx.today, medalCutoffOf(settings.medalCutoff));
  }

  @FieldResolver(() => [BranchMembership], {
    description: 'Branches the member has belonged to, oldest first.',
  })
  branchHistory(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.memberships.load(member.key);
  }
}

@Resolver(() => BranchMembership)
export class BranchMembershipResolver {
  @FieldResolver(() => Branch, {
    nullable: true,
    description: 'Null when outside the caller’s reach.',
  })
  branch(@Root() membership: BranchMembership, @Ctx() ctx: Context) {
    return ctx.loaders.branch.load(membership.branchId);
  }
}
