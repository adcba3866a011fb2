import {
  Field,
  Float,
  ID,
  InputType,
  Int,
  InterfaceType,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar, MoneyScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { COUNTY_INPUT } from '../bureau/bureau.types';
import { SETTINGS_BUREAU } from '../bureau/county';

export enum BudgetCategory {
  /** 活动中心运行经费 */
  CENTRE_OPERATIONS = 'CENTRE_OPERATIONS',
  /** 帮扶慰问经费 */
  ASSISTANCE = 'ASSISTANCE',
  /** 支部创建经费 */
  BRANCH_BUILDING = 'BRANCH_BUILDING',
  /** 设施建设 */
  FACILITIES = 'FACILITIES',
  /** 文体活动 */
  ACTIVITIES = 'ACTIVITIES',
  OTHER = 'OTHER',
}
registerEnumType(BudgetCategory, { name: 'BudgetCategory' });

export enum DisbursementStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  VOID = 'VOID',
}
registerEnumType(DisbursementStatus, {
  name: 'DisbursementStatus',
  description:
    'DRAFT → APPROVED → PAID, or VOID with a reason. Approved and paid count against the line.',
});

export enum PayeeKind {
  MEMBER = 'MEMBER',
  BRANCH = 'BRANCH',
  OTHER = 'OTHER',
}
registerEnumType(PayeeKind, { name: 'PayeeKind' });

@ObjectType({ implements: Node, description: 'A budget line (经费预算) for a year, in fen.' })
export class Budget extends Node {
  key!: number;
  branchId!: number | null;

  @Field(() => Int)
  year!: number;

  @Field(() => BudgetCategory)
  category!: BudgetCategory;

  @Field()
  name!: string;

  @Field(() => MoneyScalar)
  amountFen!: number;

  @Field(() => MoneyScalar, {
    description: 'Approved and paid disbursements (voided ones give back).',
  })
  committedFen!: number;

  @Field(() => MoneyScalar)
  paidFen!: number;

  @Field(() => MoneyScalar, { description: 'Amount − committed: what can still be approved.' })
  remainingFen!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: 'A payment from a budget line (经费支出).' })
export class Disbursement extends Node {
  key!: number;
  budgetId!: number;
  memberId!: number | null;
  branchId!: number | null;
  visitId!: number | null;
  createdByUserId!: number | null;
  createdByTokenId!: number | null;

  @Field(() => MoneyScalar)
  amountFen!: number;

  @Field()
  purpose!: string;

  @Field(() => PayeeKind)
  payeeKind!: PayeeKind;

  @Field({ description: 'The member’s or branch’s name at the time, or the outside payee.' })
  payeeName!: string;

  @Field(() => DateScalar, { description: 'The day of the payment (planned while not paid).' })
  date!: string;

  @Field(() => DisbursementStatus)
  status!: DisbursementStatus;

  @Field(() => String, { nullable: true })
  voidReason!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field({ description: 'Who created it, as named at the time.' })
  createdBy!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  approvedBy!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  paidAt!: Date | null;

  @Field(() => String, { nullable: true })
  paidBy!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  voidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  voidedBy!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class BudgetTotals {
  @Field(() => Int)
  count!: number;

  @Field(() => MoneyScalar)
  amountFen!: number;

  @Field(() => MoneyScalar)
  committedFen!: number;

  @Field(() => MoneyScalar)
  paidFen!: number;

  @Field(() => MoneyScalar)
  remainingFen!: number;
}

@ObjectType()
export class DisbursementTotals {
  @Field(() => Int)
  count!: number;

  @Field(() => MoneyScalar, { description: 'All matching disbursements, voided ones included.' })
  amountFen!: number;

  @Field(() => MoneyScalar, { description: 'Approved and paid ones.' })
  committedFen!: number;

  @Field(() => MoneyScalar)
  paidFen!: number;
}

export const BudgetConnection = ConnectionType(Budget);
export const DisbursementConnection = ConnectionType(Disbursement);

@InputType()
export class BudgetFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => [BudgetCategory], { nullable: true })
  category?: BudgetCategory[] | null;

  @Field(() => ID, { nullable: true, description: 'Lines owned by this branch.' })
  branchId?: string | null;

  @Field({
    nullable: true,
    description: 'true: county lines only (no branch); false: branch lines only.',
  })
  county?: boolean;
}

@InputType()
export class DisbursementFilter {
  @Field(() => Int, { nullable: true, description: 'The year of the line it is paid from.' })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  budgetId?: string | null;

  @Field(() => [BudgetCategory], { nullable: true })
  category?: BudgetCategory[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Paid to this branch or a member of it, or from its lines.',
  })
  branchId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Paid from the lines of this bureau and the bureaus below it (a city: its counties); one out of reach finds none.',
  })
  bureauId?: string | null;

  @Field(() => [DisbursementStatus], { nullable: true })
  status?: DisbursementStatus[] | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dateTo?: string | null;
}

@InputType()
export class CreateBudgetInput {
  @Field(() => ID, COUNTY_INPUT)
  bureauId?: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => BudgetCategory)
  category!: BudgetCategory;

  @Field()
  @Matches(/\S/, { message: '请填写名称 (a name is required)', ...REQUIRED })
  @MaxText(100)
  name!: string;

  @Field(() => MoneyScalar)
  amountFen!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The branch that owns the line; none for a county line.',
  })
  branchId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(2000)
  note?: string | null;
}

@InputType()
export class UpdateBudgetInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: '请填写名称 (a name is required)', ...REQUIRED })
  @MaxText(100)
  name?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Never below what is committed.' })
  amountFen?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(2000)
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const BudgetPayload = PayloadFields<{ budget: Budget | null }>('BudgetPayload', {
  budget: { type: () => Budget },
});
export type BudgetPayload = InstanceType<typeof BudgetPayload>;

@InputType()
export class CreateDisbursementInput {
  @Field(() => ID)
  budgetId!: string;

  @Field(() => MoneyScalar)
  amountFen!: number;

  @Field()
  @Matches(/\S/, { message: '请填写用途 (a purpose is required)', ...REQUIRED })
  @MaxText(200)
  purpose!: string;

  @Field(() => PayeeKind)
  payeeKind!: PayeeKind;

  @Field(() => ID, { nullable: true, description: 'The payee when payeeKind is MEMBER.' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The payee when payeeKind is BRANCH.' })
  branchId?: string | null;

  @Field(() => String, { nullable: true, description: 'The payee when payeeKind is OTHER.' })
  @IsOptional()
  @MaxText(100)
  payeeName?: string | null;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => ID, { nullable: true, description: 'The visit it belongs to, if any.' })
  visitId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(2000)
  note?: string | null;
}

@InputType()
export class DisbursementActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class VoidDisbursementInput extends DisbursementActionInput {
  @Field()
  @Matches(/\S/, { message: '请填写作废原因 (a reason is required)', ...REQUIRED })
  @MaxText(500)
  reason!: string;
}

export const DisbursementPayload = PayloadFields<{ disbursement: Disbursement | null }>(
  'DisbursementPayload',
  { disbursement: { type: () => Disbursement } },
);
export type DisbursementPayload = InstanceType<typeof DisbursementPayload>;

@InputType({
  description: 'A sum paid on a visit (慰问金), from a budget line, saved with the visit.',
})
export class VisitPaymentInput {
  @Field(() => ID)
  budgetId!: string;

  @Field(() => MoneyScalar)
  amountFen!: number;

  @Field(() => String, { nullable: true, description: 'Defaults to 慰问金 and the occasion.' })
  @IsOptional()
  @MaxText(200)
  purpose?: string | null;
}

@ObjectType({ description: 'How the bureau handles its money; admins change it.' })
export class FundingSettings {
  @Field({ description: 'The creator of a disbursement may approve it (small bureaus).' })
  allowSelfApproval!: boolean;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The most a member may receive from assistance lines in a year; none when null.',
  })
  condolenceYearlyCapFen!: number | null;

  @Field({ description: 'Secretaries see the county’s lines, not only their branch’s.' })
  secretariesSeeCountyLines!: boolean;

  @Field(() => Int)
  version!: number;

  @Field({
    description: 'True: the county’s own rules; false: the province’s (every county’s default).',
  })
  ownSetting!: boolean;
}

@InputType()
export class UpdateFundingSettingsInput {
  @Field(() => ID, SETTINGS_BUREAU)
  bureauId?: string | null;
  @Field({ nullable: true })
  allowSelfApproval?: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: 'null clears the cap.' })
  condolenceYearlyCapFen?: number | null;

  @Field({ nullable: true })
  secretariesSeeCountyLines?: boolean;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const FundingSettingsPayload = PayloadFields<{ fundingSettings: FundingSettings | null }>(
  'FundingSettingsPayload',
  { fundingSettings: { type: () => FundingSettings } },
);
export type FundingSettingsPayload = InstanceType<typeof FundingSettingsPayload>;

@InterfaceType({
  description:
    "How a set of budget lines was executed: what they hold, what is approved and paid of it, and what is left. The year's total and each category carry them.",
})
export abstract class BudgetExecution {
  @Field(() => Int, { description: 'The budget lines counted.' })
  lines!: number;

  @Field(() => MoneyScalar, { description: "The lines' amounts together." })
  amountFen!: number;

  @Field(() => MoneyScalar, {
    description: 'Approved and paid disbursements (voided ones give back).',
  })
  committedFen!: number;

  @Field(() => MoneyScalar, { description: 'Paid disbursements.' })
  paidFen!: number;

  @Field(() => MoneyScalar, { description: 'Amount − committed: what can still be approved.' })
  remainingFen!: number;

  @Field(() => Float, { nullable: true, description: 'Paid ÷ amount; null for an empty budget.' })
  executionRate!: number | null;
}

@ObjectType({ implements: BudgetExecution })
export class FundingFigures extends BudgetExecution {}

@ObjectType({ implements: BudgetExecution })
export class CategoryFunding extends BudgetExecution {
  @Field(() => BudgetCategory)
  category!: BudgetCategory;
}

@ObjectType()
export class MonthFunding {
  @Field(() => Int)
  month!: number;

  @Field(() => MoneyScalar, { description: 'Paid in the month (by the day of the payment).' })
  paidFen!: number;

  @Field(() => MoneyScalar, { description: 'Approved in the month and not yet paid.' })
  approvedFen!: number;
}

@ObjectType({ description: 'The money of a year, by category and by month.' })
export class FundingSummary {
  @Field(() => Int)
  year!: number;

  @Field(() => FundingFigures, { description: 'All categories together.' })
  total!: FundingFigures;

  @Field(() => [CategoryFunding])
  byCategory!: CategoryFunding[];

  @Field(() => [MonthFunding], { description: 'Twelve months.' })
  byMonth!: MonthFunding[];
}
