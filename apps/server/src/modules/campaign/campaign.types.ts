import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar, MoneyScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { MaxText, REQUIRED, TOO_LONG } from '../../kernel/validate-input';
import { UserError } from '../../kernel/user-error';
import { RetirementType } from '../member/member.types';
import { Holiday, VisitOccasion } from '../visit/occasions';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description:
    'DRAFT (planned, changeable) → APPROVED by a second person (its total held on the line; it pays) → CLOSED (the rest released).',
});

export enum CampaignEntryStatus {
  PENDING = 'PENDING',
  VISITED = 'VISITED',
}
registerEnumType(CampaignEntryStatus, { name: 'CampaignEntryStatus' });

@ObjectType({
  description:
    'One line of the standard (发放标准). The first rule a member matches decides what they receive.',
})
export class CampaignRule {
  @Field(() => RetirementType, { nullable: true, description: 'Null: any.' })
  retirementType!: RetirementType | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Age reached on the campaign’s holiday (or startsOn); null: any.',
  })
  minAge!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The member carries this tag (e.g. 困难, 丧偶); null: any.',
  })
  tag!: string | null;

  @Field()
  gift!: string;

  @Field(() => MoneyScalar)
  amountFen!: number;
}

@InputType()
export class CampaignRuleInput {
  @Field(() => RetirementType, { nullable: true })
  retirementType?: RetirementType | null;

  @Field(() => Int, { nullable: true })
  minAge?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(20)
  tag?: string | null;

  @Field()
  @Matches(/\S/, { message: '请填写慰问品 (name the gift)', ...REQUIRED })
  @MaxText(200)
  gift!: string;

  @Field(() => MoneyScalar)
  amountFen!: number;
}

@ObjectType({
  implements: Node,
  description:
    'A campaign (慰问活动): the plan of one occasion of one year, its standard, the line it pays from and its work groups.',
})
export class Campaign extends Node {
  key!: number;
  bureauId!: number;
  branchId!: number | null;
  budgetId!: number;
  createdByUserId!: number | null;
  createdByTokenId!: number | null;

  @Field()
  name!: string;

  @Field(() => VisitOccasion, { description: 'HOLIDAY for the holiday campaigns; others allowed.' })
  occasion!: VisitOccasion;

  @Field(() => Holiday, { nullable: true, description: 'Required when occasion is HOLIDAY.' })
  holiday!: Holiday | null;

  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => [CampaignRule])
  rules!: CampaignRule[];

  @Field(() => CampaignStatus)
  status!: CampaignStatus;

  @Field(() => Int, { description: 'Live while DRAFT, frozen at approval.' })
  plannedMemberCount!: number;

  @Field(() => MoneyScalar, {
    description:
      'Live while DRAFT (the matched rules summed over the current members in scope), frozen at approval.',
  })
  plannedTotalFen!: number;

  @Field(() => MoneyScalar, {
    description:
      'Held on the budget line: 0 until approved, then the plan plus rows paid above it; on close, what was paid.',
  })
  committedFen!: number;

  @Field(() => MoneyScalar)
  paidFen!: number;

  @Field({ description: 'Who planned it, as named at the time.' })
  createdBy!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  approvedBy!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closedBy!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType({
  implements: Node,
  description: 'A work group (慰问工作组): who goes, and the part of the list they cover.',
})
export class WorkGroup extends Node {
  key!: number;
  campaignId!: number;
  leaderUserId!: number | null;
  visitorUserIds!: number[];
  branchIds!: number[];

  @Field()
  name!: string;

  @Field(() => Int, { description: 'A member covered by two groups goes to the first.' })
  position!: number;

  @Field()
  leader!: string;

  @Field(() => [String], { description: 'Named people without an account.' })
  visitors!: string[];

  @Field(() => [String], {
    description: 'Coverage: members living in these townships (residenceKind TOWNSHIP).',
  })
  townships!: string[];

  @Field(() => [String], {
    description: 'Coverage: members living in these places elsewhere (e.g. 长沙市, 益阳市).',
  })
  places!: string[];

  @Field(() => Int)
  version!: number;
}

@ObjectType({
  implements: Node,
  description: 'A member on a campaign’s list: what they are to receive, and whether it is done.',
})
export class CampaignEntry extends Node {
  key!: number;
  campaignId!: number;
  workGroupId!: number | null;
  memberId!: number;
  taskId!: number | null;
  visitId!: number | null;
  disbursementId!: number | null;

  @Field(() => String, { nullable: true })
  gift!: string | null;

  @Field(() => MoneyScalar, { description: 'From the standard.' })
  amountFen!: number;

  @Field(() => CampaignEntryStatus)
  status!: CampaignEntryStatus;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class WorkGroupProgress {
  /** Null for the entries no group covers. */
  workGroupId!: number | null;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => Int)
  visitedCount!: number;

  @Field(() => Int)
  remainingCount!: number;

  @Field(() => MoneyScalar)
  paidFen!: number;
}

@ObjectType()
export class BranchCampaignProgress {
  branchId!: number;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => Int)
  visitedCount!: number;

  @Field(() => Int)
  remainingCount!: number;

  @Field(() => MoneyScalar)
  paidFen!: number;
}

@ObjectType({
  description: 'How far the campaign is, over the entries in the caller’s reach.',
})
export class CampaignProgress {
  @Field(() => Int)
  memberCount!: number;

  @Field(() => Int)
  visitedCount!: number;

  @Field(() => Int)
  remainingCount!: number;

  @Field(() => Int, { description: 'Entries no work group covers.' })
  uncoveredCount!: number;

  @Field(() => MoneyScalar)
  paidFen!: number;

  @Field(() => [WorkGroupProgress], {
    description: 'By group, in their order; a last one with a null workGroup for the uncovered.',
  })
  byGroup!: WorkGroupProgress[];

  @Field(() => [BranchCampaignProgress], { description: 'By the members’ branch.' })
  byBranch!: BranchCampaignProgress[];
}

export const CampaignConnection = ConnectionType(Campaign);
export const CampaignEntryConnection = ConnectionType(CampaignEntry);

@InputType()
export class CampaignFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => CampaignStatus, { nullable: true })
  status?: CampaignStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: APPROVED and today within startsOn..endsOn.',
  })
  active?: boolean | null;
}

@InputType()
export class CampaignEntryFilter {
  @Field(() => ID, { nullable: true })
  workGroupId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: not covered by any group.' })
  uncovered?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  visited?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Members of this branch and its subtree.' })
  branchId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The member’s Chinese name, full pinyin, pinyin initials or last ID digits.',
  })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: entries of groups naming the caller as leaderUser or a visitorUser.',
  })
  mine?: boolean | null;
}

/** The fields of a plan, shared by create and update. */
@InputType()
export class CreateCampaignInput {
  @Field()
  @Matches(/\S/, { message: '请填写活动名称 (a name is required)', ...REQUIRED })
  @MaxText(100)
  name!: string;

  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field(() => Holiday, { nullable: true })
  holiday?: Holiday | null;

  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The subtree it covers; none: the whole county.',
  })
  branchId?: string | null;

  @Field(() => ID)
  budgetId!: string;

  @Field(() => [CampaignRuleInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  rules!: CampaignRuleInput[];
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: '请填写活动名称 (a name is required)', ...REQUIRED })
  @MaxText(100)
  name?: string | null;

  @Field(() => VisitOccasion, { nullable: true })
  occasion?: VisitOccasion | null;

  @Field(() => Holiday, { nullable: true })
  holiday?: Holiday | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'An empty string: the whole county.' })
  branchId?: string | null;

  @Field(() => ID, { nullable: true })
  budgetId?: string | null;

  @Field(() => [CampaignRuleInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  rules?: CampaignRuleInput[] | null;
}

@InputType()
export class DeleteCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class ApproveCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class CloseCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class CreateWorkGroupInput {
  @Field(() => ID)
  campaignId!: string;

  @Field()
  @Matches(/\S/, { message: '请填写工作组名称 (a name is required)', ...REQUIRED })
  @MaxText(100)
  name!: string;

  @Field(() => Int, { defaultValue: 0 })
  position!: number;

  @Field()
  @Matches(/\S/, { message: '请填写组长 (name the leader)', ...REQUIRED })
  @MaxText(50)
  leader!: string;

  @Field(() => ID, { nullable: true })
  leaderUserId?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @MaxLength(50, {
    each: true,
    message: '每项不超过 50 个字 (at most 50 characters each)',
    ...TOO_LONG,
  })
  visitors!: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(30)
  visitorUserIds!: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(200)
  branchIds!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @MaxLength(50, {
    each: true,
    message: '每项不超过 50 个字 (at most 50 characters each)',
    ...TOO_LONG,
  })
  townships!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @MaxLength(50, {
    each: true,
    message: '每项不超过 50 个字 (at most 50 characters each)',
    ...TOO_LONG,
  })
  places!: string[];
}

@InputType()
export class UpdateWorkGroupInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: '请填写工作组名称 (a name is required)', ...REQUIRED })
  @MaxText(100)
  name?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: '请填写组长 (name the leader)', ...REQUIRED })
  @MaxText(50)
  leader?: string | null;

  @Field(() => ID, { nullable: true, description: 'An empty string: no account.' })
  leaderUserId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @MaxLength(50, {
    each: true,
    message: '每项不超过 50 个字 (at most 50 characters each)',
    ...TOO_LONG,
  })
  visitors?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  visitorUserIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  branchIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(50, {
    each: true,
    message: '每项不超过 50 个字 (at most 50 characters each)',
    ...TOO_LONG,
  })
  townships?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(50, {
    each: true,
    message: '每项不超过 50 个字 (at most 50 characters each)',
    ...TOO_LONG,
  })
  places?: string[] | null;
}

@InputType()
export class DeleteWorkGroupInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class AssignCampaignInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class CampaignVisitRowInput {
  @Field(() => ID)
  entryId!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Default: the entry’s standard.' })
  amountFen?: number | null;

  @Field(() => String, { nullable: true, description: 'Default: the entry’s standard.' })
  @IsOptional()
  @MaxText(200)
  gift?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the amount or gift differs from the standard (then required).',
  })
  @IsOptional()
  @MaxText(200)
  reason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(5000)
  summary?: string | null;
}

@InputType()
export class RecordCampaignVisitsInput {
  @Field(() => ID)
  campaignId!: string;

  @Field({
    description:
      'A UUID the client makes once per batch; a resend returns the first answer and writes nothing.',
  })
  @Matches(/^[A-Za-z0-9-]{8,100}$/, {
    message: '批次标识须为 8 至 100 位字母、数字或连字符 (8 to 100 letters, digits or hyphens)',
  })
  idempotencyKey!: string;

  @Field(() => DateScalar)
  visitedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who visited; default: the group’s leader and visitors.',
  })
  @IsOptional()
  @MaxText(200)
  visitors?: string | null;

  @Field(() => [CampaignVisitRowInput], { description: '1 to 500 rows.' })
  @ValidateNested({ each: true })
  rows!: CampaignVisitRowInput[];
}

export const CreateCampaignPayload = PayloadFields<{ campaign: Campaign | null }>(
  'CreateCampaignPayload',
  { campaign: { type: () => Campaign } },
);
export type CreateCampaignPayload = InstanceType<typeof CreateCampaignPayload>;
export const UpdateCampaignPayload = PayloadFields<{ campaign: Campaign | null }>(
  'UpdateCampaignPayload',
  { campaign: { type: () => Campaign } },
);
export type UpdateCampaignPayload = InstanceType<typeof UpdateCampaignPayload>;
export const ApproveCampaignPayload = PayloadFields<{ campaign: Campaign | null }>(
  'ApproveCampaignPayload',
  { campaign: { type: () => Campaign } },
);
export type ApproveCampaignPayload = InstanceType<typeof ApproveCampaignPayload>;
export const CloseCampaignPayload = PayloadFields<{ campaign: Campaign | null }>(
  'CloseCampaignPayload',
  { campaign: { type: () => Campaign } },
);
export type CloseCampaignPayload = InstanceType<typeof CloseCampaignPayload>;
export const DeleteCampaignPayload = PayloadFields<{ deletedId: string | null }>(
  'DeleteCampaignPayload',
  { deletedId: { type: () => ID } },
);
export type DeleteCampaignPayload = InstanceType<typeof DeleteCampaignPayload>;
export const CreateWorkGroupPayload = PayloadFields<{ workGroup: WorkGroup | null }>(
  'CreateWorkGroupPayload',
  { workGroup: { type: () => WorkGroup } },
);
export type CreateWorkGroupPayload = InstanceType<typeof CreateWorkGroupPayload>;
export const UpdateWorkGroupPayload = PayloadFields<{ workGroup: WorkGroup | null }>(
  'UpdateWorkGroupPayload',
  { workGroup: { type: () => WorkGroup } },
);
export type UpdateWorkGroupPayload = InstanceType<typeof UpdateWorkGroupPayload>;
export const DeleteWorkGroupPayload = PayloadFields<{ deletedId: string | null }>(
  'DeleteWorkGroupPayload',
  { deletedId: { type: () => ID } },
);
export type DeleteWorkGroupPayload = InstanceType<typeof DeleteWorkGroupPayload>;

export const AssignCampaignPayload = PayloadFields<{
  campaign: Campaign | null;
  assignedCount: number | null;
  uncoveredCount: number | null;
}>('AssignCampaignPayload', {
  campaign: { type: () => Campaign },
  assignedCount: { type: () => Int, description: 'Entries on the list after assignment.' },
  uncoveredCount: { type: () => Int, description: 'Of those, the ones no group covers.' },
});
export type AssignCampaignPayload = InstanceType<typeof AssignCampaignPayload>;

@ObjectType()
export class RecordCampaignVisitsPayload {
  @Field(() => Campaign, { nullable: true, description: 'Null when there are userErrors.' })
  campaign!: Campaign | null;

  @Field(() => [CampaignEntry], { description: 'The rows recorded.' })
  entries!: CampaignEntry[];

  @Field(() => Int)
  visitCount!: number;

  @Field(() => MoneyScalar)
  paidFen!: number;

  @Field({
    description: 'true when this idempotencyKey had already been recorded: nothing was written.',
  })
  replayed!: boolean;

  @Field(() => [UserError], {
    description: 'Field paths like ["rows", "3", "entryId"]; one bad row: nothing written.',
  })
  userErrors!: UserError[];
}
