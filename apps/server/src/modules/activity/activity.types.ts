import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { UserError } from '../../kernel/user-error';
import { ActivityKind, Attendance, MeetingFrequency, OrganiserKind } from './activity-kinds';
import { COUNTY_INPUT } from '../bureau/bureau.types';

/** The most uploaded files a new activity takes at once. */
export const MAX_UPLOADS_PER_ACTIVITY = 20;

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description:
    'What an activity is: the seven kinds of 三会一课 and 组织生活 of a branch, a party-education session or topic lecture, the ceremonies and political events (荣誉退休, 政治生日, 政治活动, 座谈会, 视察) whose participants are the members honoured or invited, a volunteer service, a science lecture, a performance, an exhibition, a competition, or other.',
});
registerEnumType(OrganiserKind, { name: 'OrganiserKind' });
registerEnumType(Attendance, { name: 'Attendance' });
registerEnumType(MeetingFrequency, { name: 'MeetingFrequency' });

@ObjectType({
  description:
    'Who organised an activity: the bureau, a branch, a volunteer team or an association.',
})
export class ActivityOrganiser {
  branchId!: number | null;
  teamId!: number | null;
  associationId!: number | null;

  @Field(() => OrganiserKind)
  kind!: OrganiserKind;
}

@ObjectType({ description: 'A member of the roster at an activity, with their attendance.' })
export class ActivityParticipant {
  memberId!: number;
  activityId!: number;

  @Field(() => Attendance)
  attendance!: Attendance;

  @Field(() => String, { nullable: true, description: 'Why an absent member was absent.' })
  absenceReason!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    'A file of an activity: an image or a PDF. Download it from `url` (and an image’s thumbnail from `thumbnailUrl`), authenticated as /api is.',
})
export class ActivityAttachment extends Node {
  key!: number;
  activityId!: number;
  storageKey!: string;
  thumbnailKey!: string | null;

  @Field()
  fileName!: string;

  @Field({ description: 'image/jpeg, image/png, image/webp or application/pdf, by content.' })
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field()
  createdBy!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    'An activity (活动): a meeting of 三会一课, a party-education session and the like, with its participants and files.',
})
export class Activity extends Node {
  key!: number;
  organiserKind!: OrganiserKind;
  organiserBranchId!: number | null;
  organiserTeamId!: number | null;
  organiserAssociationId!: number | null;
  /** The centre's room it is booked in (`Activity.room`, resolved by the centre module). */
  roomId!: number | null;

  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field()
  title!: string;

  @Field(() => GraphQLDateTime)
  startsAt!: Date;

  @Field(() => GraphQLDateTime)
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it was held (free text).' })
  place!: string | null;

  @Field(() => Int, { description: 'People who came and are not on the roster.' })
  externalAttendance!: number;

  @Field(() => Int, { description: 'People it served, where it served people.' })
  beneficiaries!: number;

  @Field(() => String, { nullable: true, description: 'What was done and decided (minutes).' })
  summary!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

@ObjectType({ description: 'Participants of an activity by attendance.' })
export class AttendanceCounts {
  @Field(() => Int)
  participants!: number;

  @Field(() => Int)
  present!: number;

  @Field(() => Int)
  absent!: number;

  @Field(() => Int)
  excused!: number;
}

export const ActivityConnection = ConnectionType(Activity);

@InputType()
export class ActivityFilter {
  @Field(() => [ActivityKind], { nullable: true })
  kind?: ActivityKind[] | null;

  @Field(() => OrganiserKind, { nullable: true, description: 'Organised by this kind.' })
  organiserKind?: OrganiserKind | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Organised by this branch or a branch below it.',
  })
  branchId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "With this member among its participants (the member page's 活动).",
  })
  participantId?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Starting on this day or later (China time).',
  })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on this day or earlier.' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the title.' })
  search?: string | null;
}

@InputType()
export class ActivityOrganiserInput {
  @Field(() => OrganiserKind)
  kind!: OrganiserKind;

  @Field(() => ID, { nullable: true, description: 'The branch, for kind BRANCH.' })
  branchId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The volunteer team, for kind TEAM.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The association, for kind ASSOCIATION.' })
  associationId?: string | null;
}

@InputType()
export class ParticipantInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Attendance)
  attendance!: Attendance;

  @Field(() => String, { nullable: true, description: 'Required when ABSENT.' })
  @IsOptional()
  @MaxText(200)
  absenceReason?: string | null;
}

@InputType()
export class CreateActivityInput {
  @Field(() => ID, COUNTY_INPUT)
  bureauId?: string | null;

  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field()
  @Matches(/\S/, { message: '请填写标题 (a title is required)', ...REQUIRED })
  @MaxText(200)
  title!: string;

  @Field(() => GraphQLDateTime)
  startsAt!: Date;

  @Field(() => GraphQLDateTime)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  place?: string | null;

  @Field(() => ActivityOrganiserInput)
  @ValidateNested()
  organiser!: ActivityOrganiserInput;

  @Field(() => Int, { defaultValue: 0 })
  externalAttendance!: number;

  @Field(() => Int, { defaultValue: 0 })
  beneficiaries!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(20000)
  summary?: string | null;

  @Field(() => [ParticipantInput], {
    nullable: true,
    description: 'Members of the roster and their attendance.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  participants?: ParticipantInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Files uploaded beforehand (POST /api/attachments) that the activity takes in the same transaction; only their uploader may name them.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_UPLOADS_PER_ACTIVITY, {
    message: `一次最多附带 ${MAX_UPLOADS_PER_ACTIVITY} 个文件 (at most ${MAX_UPLOADS_PER_ACTIVITY} files at once)`,
  })
  attachmentUploadIds?: string[] | null;
}

@InputType()
export class UpdateActivityInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: '请填写标题 (a title is required)', ...REQUIRED })
  @MaxText(200)
  title?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  startsAt?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  @IsOptional()
  @MaxText(200)
  place?: string | null;

  @Field(() => Int, { nullable: true })
  externalAttendance?: number | null;

  @Field(() => Int, { nullable: true })
  beneficiaries?: number | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  @IsOptional()
  @MaxText(20000)
  summary?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class DeleteActivityInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => [ParticipantInput], { description: 'The whole list: it replaces the one kept.' })
  @ValidateNested({ each: true })
  participants!: ParticipantInput[];

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class DeleteAttachmentInput {
  @Field(() => ID)
  attachmentId!: string;
}

export const ActivityPayload = PayloadFields<{ activity: Activity | null }>('ActivityPayload', {
  activity: { type: () => Activity, description: 'Null when there are userErrors.' },
});
export type ActivityPayload = InstanceType<typeof ActivityPayload>;

export const DeleteActivityPayload = PayloadFields<{ deletedActivityId: string | null }>(
  'DeleteActivityPayload',
  { deletedActivityId: { type: () => ID } },
);
export type DeleteActivityPayload = InstanceType<typeof DeleteActivityPayload>;

export const DeleteAttachmentPayload = PayloadFields<{
  deletedAttachmentId: string | null;
  activity: Activity | null;
}>('DeleteAttachmentPayload', {
  deletedAttachmentId: { type: () => ID },
  activity: { type: () => Activity },
});
export type DeleteAttachmentPayload = InstanceType<typeof DeleteAttachmentPayload>;

@ObjectType({ description: 'How often a kind of 三会一课 or 组织生活 is required.' })
export class PartyLifeRequirement {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => MeetingFrequency)
  frequency!: MeetingFrequency;

  @Field({ description: 'The branch set its own; otherwise the county’s.' })
  ownSetting!: boolean;
}

@InputType()
export class UpdatePartyLifeSettingInput {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => MeetingFrequency, {
    nullable: true,
    description: 'Null for a branch: follow the county’s again.',
  })
  frequency?: MeetingFrequency | null;

  @Field(() => ID, { nullable: true, description: 'A branch’s own; the county’s without.' })
  branchId?: string | null;
}

@ObjectType()
export class UpdatePartyLifeSettingPayload {
  @Field(() => [PartyLifeRequirement], {
    nullable: true,
    description: 'The frequencies now in force (for the branch, when one was named).',
  })
  requirements!: PartyLifeRequirement[] | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'How one kind was kept in the period.' })
export class KindCompliance {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => MeetingFrequency)
  frequency!: MeetingFrequency;

  @Field(() => Int, {
    description: 'Periods of the frequency in the period asked for (each needs one meeting).',
  })
  required!: number;

  @Field(() => Int, { description: 'Meetings of the kind held in the period.' })
  held!: number;

  @Field(() => Int, { description: 'Required periods with a meeting held.' })
  met!: number;

  @Field(() => Int, { description: 'Required periods that have ended without a meeting.' })
  overdue!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The last day of the period running today, when it has no meeting yet.',
  })
  dueBy!: string | null;
}

@ObjectType({
  description:
    'How a branch kept 三会一课 and 组织生活 in a year or a quarter: per kind, the kinds overdue and the attendance.',
})
export class BranchCompliance {
  branchId!: number;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  quarter!: number | null;

  @Field(() => [KindCompliance])
  kinds!: KindCompliance[];

  @Field(() => [ActivityKind], { description: 'Kinds with a required period ended unmet.' })
  overdueKinds!: ActivityKind[];

  @Field({ description: 'Some kind is overdue.' })
  behind!: boolean;

  @Field(() => Int, { description: 'Participants recorded at its meetings in the period.' })
  participants!: number;

  @Field(() => Int, { description: 'Of them, present.' })
  present!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Present ÷ participants recorded; null when none was.',
  })
  attendanceRate!: number | null;
}

export const BranchComplianceConnection = ConnectionType(BranchCompliance);

@ObjectType()
export class ActivityKindCount {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A year’s party life (组织生活), from the activity records in reach.' })
export class PartyLifeStats {
  @Field(() => Int, {
    description: 'Party-education sessions held (党性教育活动, e.g. the bureau’s 红色讲堂).',
  })
  educationSessions!: number;

  @Field(() => Int, {
    description: 'People at them: members recorded present and others counted.',
  })
  educationAttendees!: number;

  @Field(() => Int, { description: 'Meetings of 三会一课 and 组织生活 the branches held.' })
  branchMeetings!: number;

  @Field(() => [ActivityKindCount], { description: 'Those meetings by kind, in order.' })
  byKind!: ActivityKindCount[];

  @Field(() => Float, {
    nullable: true,
    description: 'Present ÷ participants recorded at those meetings; null when none was.',
  })
  attendanceRate!: number | null;

  @Field(() => Int, {
    description:
      'Branches with a required meeting of the year overdue (by the year’s end or today).',
  })
  branchesBehind!: number;
}
