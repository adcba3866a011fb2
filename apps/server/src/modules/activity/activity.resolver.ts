import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
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
import { requireKey, toGlobalId } from '../../kernel/global-id';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { Branch } from '../branch/branch.types';
import { Member } from '../member/member.types';
import { listActivities } from './activity.repository';
import { activityCriteria } from './activity.filters';
import {
  createActivity,
  deleteActivity,
  deleteAttachment,
  recordAttendance,
  updateActivity,
} from './activity.service';
import { attachmentStorage } from './attachment-storage';
import { branchCompliance, listCompliance, type CompliancePeriod } from './compliance';
import {
  branchInReach,
  partyLifeRequirements,
  updatePartyLifeSetting,
} from './party-life-settings';
import { Attendance, OrganiserKind } from './activity-kinds';
import {
  Activity,
  ActivityAttachment,
  ActivityConnection,
  ActivityFilter,
  ActivityOrganiser,
  ActivityParticipant,
  ActivityPayload,
  AttendanceCounts,
  BranchCompliance,
  BranchComplianceConnection,
  CreateActivityInput,
  DeleteActivityInput,
  DeleteActivityPayload,
  DeleteAttachmentInput,
  DeleteAttachmentPayload,
  PartyLifeRequirement,
  RecordAttendanceInput,
  UpdateActivityInput,
  UpdatePartyLifeSettingInput,
  UpdatePartyLifeSettingPayload,
} from './activity.types';

const FIRST_YEAR = 1949;

/** A compliance period from the arguments; a bad year or quarter is BAD_USER_INPUT. */
function compliancePeriod(ctx: Context, year: number, quarter: number | null | undefined) {
  if (year < FIRST_YEAR || year > 9999)
    throw badInput(`year must be between ${FIRST_YEAR} and 9999`, { argument: 'year' });
  if (quarter != null && (quarter < 1 || quarter > 4))
    throw badInput('quarter must be 1 to 4', { argument: 'quarter' });
  return {
    year,
    quarter: quarter ?? null,
    today: ctx.today,
  } satisfies CompliancePeriod;
}

const participantKeys = (participants: { memberId: string }[] | null | undefined) =>
  (participants ?? []).map((p) => decodeInputKey(p.memberId, 'Member'));

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => ActivityConnection, { description: 'Activities in reach, latest first.' })
  activities(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter?: ActivityFilter,
  ) {
    return listActivities(ctx.db, ctx, activityCriteria(filter), page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => ActivityPayload, {
    description:
      'Records an activity with its participants and their attendance, and the files uploaded for it.',
  })
  async createActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateActivityInput) input: CreateActivityInput,
  ): Promise<ActivityPayload> {
    const { record, userErrors } = await createActivity(ctx, input, {
      organiser: {
        branchId: decodeInputKey(input.organiser.branchId, 'Branch'),
        teamId: decodeInputKey(input.organiser.teamId, 'VolunteerTeam'),
        associationId: decodeInputKey(input.organiser.associationId, 'Association'),
      },
      participants: participantKeys(input.participants),
      uploads: (input.attachmentUploadIds ?? []).map((id) =>
        decodeInputKey(id, 'AttachmentUpload'),
      ),
    });
    return { activity: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => ActivityPayload, { description: 'Changes an activity (not its organiser).' })
  async updateActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput,
  ): Promise<ActivityPayload> {
    const { record, userErrors } = await updateActivity(ctx, input, {
      activity: decodeInputKey(input.activityId, 'Activity'),
    });
    return { activity: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => ActivityPayload, {
    description: 'Sets the whole participant list of an activity, replacing the one kept.',
  })
  async recordAttendance(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
  ): Promise<ActivityPayload> {
    const { record, userErrors } = await recordAttendance(ctx, input, {
      activity: decodeInputKey(input.activityId, 'Activity'),
      participants: participantKeys(input.participants),
    });
    return { activity: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => DeleteActivityPayload, {
    description: 'Deletes an activity with its participants and files.',
  })
  async deleteActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteActivityInput) input: DeleteActivityInput,
  ): Promise<DeleteActivityPayload> {
    const { record, userErrors } = await deleteActivity(ctx, attachmentStorage(), input, {
      activity: decodeInputKey(input.activityId, 'Activity'),
    });
    return {
      deletedActivityId: record === null ? null : toGlobalId('Activity', record),
      userErrors,
    };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => DeleteAttachmentPayload, { description: 'Deletes a file of an activity.' })
  async deleteAttachment(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteAttachmentInput) input: DeleteAttachmentInput,
  ): Promise<DeleteAttachmentPayload> {
    const { record, userErrors } = await deleteAttachment(ctx, attachmentStorage(), {
      attachment: decodeInputKey(input.attachmentId, 'ActivityAttachment'),
    });
    return {
      deletedAttachmentId: record === null ? null : input.attachmentId,
      activity: record,
      userErrors,
    };
  }

  @FieldResolver(() => ActivityOrganiser)
  organiser(@Root() activity: Activity): ActivityOrganiser {
    return Object.assign(new ActivityOrganiser(), {
      kind: activity.organiserKind as OrganiserKind,
      branchId: activity.organiserBranchId,
      teamId: activity.organiserTeamId,
      associationId: activity.organiserAssociationId,
    });
  }

  @FieldResolver(() => [ActivityParticipant], { description: 'In the order of their names.' })
  participants(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.participantsOfActivity.load(activity.key);
  }

  @FieldResolver(() => AttendanceCounts)
  async attendance(@Root() activity: Activity, @Ctx() ctx: Context): Promise<AttendanceCounts> {
    const participants = await ctx.loaders.participantsOfActivity.load(activity.key);
    const count = (a: Attendance) => participants.filter((p) => p.attendance === a).length;
    return {
      participants: participants.length,
      present: count(Attendance.PRESENT),
      absent: count(Attendance.ABSENT),
      excused: count(Attendance.EXCUSED),
    };
  }

  @FieldResolver(() => [ActivityAttachment], { description: 'Oldest first.' })
  attachments(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsOfActivity.load(activity.key);
  }
}

@Resolver(() => ActivityOrganiser)
export class ActivityOrganiserResolver {
  @FieldResolver(() => Branch, { nullable: true, description: 'The branch, for kind BRANCH.' })
  branch(@Root() organiser: ActivityOrganiser, @Ctx() ctx: Context) {
    return organiser.branchId == null ? null : ctx.loaders.branch.load(organiser.branchId);
  }
}

@Resolver(() => ActivityParticipant)
export class ActivityParticipantResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'Null when outside your reach.' })
  member(@Root() participant: ActivityParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(participant.memberId);
  }
}

@Resolver(() => ActivityAttachment)
export class ActivityAttachmentResolver {
  @FieldResolver(() => String, { description: 'Where to download it (GET, as /api is).' })
  url(@Root() attachment: ActivityAttachment): string {
    return `/api/attachments/${attachment.id}`;
  }

  @FieldResolver(() => String, { nullable: true, description: 'An image’s thumbnail (WebP).' })
  thumbnailUrl(@Root() attachment: ActivityAttachment): string | null {
    return attachment.thumbnailKey ? `/api/attachments/${attachment.id}/thumbnail` : null;
  }

  @FieldResolver(() => Activity, { nullable: true })
  activity(@Root() attachment: ActivityAttachment, @Ctx() ctx: Context) {
    return ctx.loaders.activity.load(attachment.activityId);
  }
}

@Resolver(() => BranchCompliance)
export class PartyLifeComplianceResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => BranchCompliance, {
    nullable: true,
    description:
      'How a branch kept 三会一课 and 组织生活 in a year (or one quarter); null when the branch is out of reach.',
  })
  branchCompliance(
    @Ctx() ctx: Context,
    @Arg('branchId', () => ID) branchId: string,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int, { nullable: true }) quarter?: number | null,
  ) {
    const key = requireKey(branchId, 'Branch', 'branchId');
    return branchCompliance(ctx.db, ctx.reach, key, compliancePeriod(ctx, year, quarter));
  }

  @Authorized(Permission.MEMBERS_READ)
  @Query(() => BranchComplianceConnection, {
    description:
      'The branches in reach with how they kept 三会一课 and 组织生活, by place in the tree; `behindOnly` for those with a kind overdue.',
  })
  partyLifeCompliance(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int, { nullable: true }) quarter?: number | null,
    @Arg('behindOnly', () => Boolean, { defaultValue: false }) behindOnly?: boolean,
  ) {
    return listCompliance(ctx.db, ctx.reach, compliancePeriod(ctx, year, quarter), {
      behindOnly: behindOnly ?? false,
      page,
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @FieldResolver(() => Branch)
  branch(@Root() compliance: BranchCompliance, @Ctx() ctx: Context) {
    return ctx.loaders.branch.load(compliance.branchId);
  }
}

@Resolver(() => PartyLifeRequirement)
export class PartyLifeSettingResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => [PartyLifeRequirement], {
    nullable: true,
    description:
      'How often each kind of 三会一课 and 组织生活 is required: the county’s, or a branch’s (null when out of reach).',
  })
  async partyLifeSettings(
    @Ctx() ctx: Context,
    @Arg('branchId', () => ID, { nullable: true }) branchId?: string | null,
  ) {
    const key = branchId == null ? null : requireKey(branchId, 'Branch', 'branchId');
    if (key !== null && !(await branchInReach(ctx.db, ctx.reach, key))) return null;
    return partyLifeRequirements(ctx.db, key);
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => UpdatePartyLifeSettingPayload, {
    description:
      'Sets how often a kind is required: the county’s (admins), or a branch’s own (null: the county’s again).',
  })
  async updatePartyLifeSetting(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdatePartyLifeSettingInput) input: UpdatePartyLifeSettingInput,
  ): Promise<UpdatePartyLifeSettingPayload> {
    const { record, userErrors } = await updatePartyLifeSetting(ctx, input, {
      branch: decodeInputKey(input.branchId, 'Branch'),
    });
    return { requirements: record, userErrors };
  }
}
