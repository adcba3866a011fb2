import { PHONE_PATTERN } from '@wanxia/schema';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { Node } from '../../kernel/node';
import { DateScalar, MonthDayScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { ConnectionType, OrderDirection } from '../../kernel/connection';
import { composeRules, MaxText, REQUIRED, TOO_LONG } from '../../kernel/validate-input';
import { ResidenceArea, ResidenceKind } from './residence';
import { RosterMovement } from './roster-dates';
import type { Branch } from '../branch/branch.types';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender' });

export enum RetirementType {
  /** 离休: joined the revolution before October 1949; extra care applies. */
  LIXIU = 'LIXIU',
  /** 退休 */
  TUIXIU = 'TUIXIU',
}
registerEnumType(RetirementType, { name: 'RetirementType' });

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  DECEASED = 'DECEASED',
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

export enum HealthStatus {
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
  BEDRIDDEN = 'BEDRIDDEN',
}
registerEnumType(HealthStatus, { name: 'HealthStatus' });

export enum LivingSituation {
  ALONE = 'ALONE',
  WITH_SPOUSE = 'WITH_SPOUSE',
  WITH_FAMILY = 'WITH_FAMILY',
  CARE_HOME = 'CARE_HOME',
}
registerEnumType(LivingSituation, { name: 'LivingSituation' });

registerEnumType(ResidenceKind, { name: 'ResidenceKind' });
registerEnumType(ResidenceArea, {
  name: 'ResidenceArea',
  description: 'Where a member lives, as the yearly report groups it.',
  valuesConfig: {
    COUNTY: { description: '本县乡镇 (a township of the county)' },
    CHANGSHA: { description: '长沙市' },
    YIYANG: { description: '益阳市' },
    OTHER: { description: '其他异地安置 (elsewhere)' },
  },
});
registerEnumType(RosterMovement, {
  name: 'RosterMovement',
  description: 'How a member came onto or left the roster of a part of the tree.',
  valuesConfig: {
    ENROLLED: { description: '新增 (enrolled: a new retirement)' },
    TRANSFERRED_IN: { description: '转入 (from a branch outside the part of the tree)' },
    DIED: { description: '去世' },
    TRANSFERRED_OUT: {
      description: '转出 (out of the county, or to a branch outside the part of the tree)',
    },
  },
});

export enum Medal {
  /** 光荣在党50年: 50 years of party membership, reached this year or earlier. */
  PARTY_50_YEARS = 'PARTY_50_YEARS',
  /** 庆祝中华人民共和国成立70周年: retired before 2019-10-01 and alive on it. */
  PRC_70TH_ANNIVERSARY = 'PRC_70TH_ANNIVERSARY',
}
registerEnumType(Medal, { name: 'Medal' });

@ObjectType({ description: 'A birthday to come: the date and the age reached on it.' })
export class Birthday {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int)
  age!: number;
}

@ObjectType({ description: 'Personal data in full; reading it is recorded in the audit trail.' })
export class PersonalData {
  key!: number;

  @Field()
  idCardNumber!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  healthNotes!: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactPhone!: string | null;
}

@ObjectType({ implements: Node, description: 'A retired cadre on the roster (台账).' })
export class Member extends Node {
  key!: number;
  branchId!: number;
  namePinyin!: string;
  /** The branch, when the list query joined it in. */
  preloadedBranch?: Branch;

  @Field()
  name!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field({ description: '民族, e.g. 汉族' })
  ethnicity!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field({
    description: 'Resident ID number, masked to its region (430923************); see personalData.',
  })
  idCardNumber!: string;

  @Field(() => String, { nullable: true, description: 'Masked (138****5678); see personalData.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked; see personalData.' })
  address!: string | null;

  @Field(() => ResidenceKind)
  residenceKind!: ResidenceKind;

  @Field({ description: 'The township of the county, or the city elsewhere.' })
  residencePlace!: string;

  @Field(() => String, { nullable: true })
  formerUnit!: string | null;

  @Field(() => String, { nullable: true })
  formerPosition!: string | null;

  @Field(() => String, { nullable: true, description: '职级, e.g. 正科级' })
  rank!: string | null;

  @Field(() => RetirementType)
  retirementType!: RetirementType;

  @Field(() => DateScalar, { nullable: true })
  retirementDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  workStartDate!: string | null;

  @Field()
  partyMember!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Joining the party (入党), the 政治生日; 党龄 counts from fullMembershipDate.',
  })
  partyJoinDate!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Full membership (转正: the day probation ended), which 党龄 counts from; null when unknown (old records), see partyStandingEstimated.',
  })
  fullMembershipDate!: string | null;

  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field(() => DateScalar, { nullable: true })
  deathDate!: string | null;

  @Field(() => String, { nullable: true, description: 'What the member died of (死因).' })
  deathCause!: string | null;

  @Field(() => DateScalar, { nullable: true })
  transferredOutOn!: string | null;

  @Field(() => String, { nullable: true })
  transferDestination!: string | null;

  @Field(() => HealthStatus, { nullable: true })
  healthStatus!: HealthStatus | null;

  @Field(() => String, { nullable: true, description: 'Masked; see personalData.' })
  healthNotes!: string | null;

  @Field(() => LivingSituation, { nullable: true })
  livingSituation!: LivingSituation | null;

  @Field(() => String, { nullable: true })
  spouseName!: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactName!: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactRelation!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked; see personalData.' })
  emergencyContactPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'The per-person care plan (一人一策).' })
  carePlan!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The county leader keeping in touch (一对一联系).',
  })
  contactLeader!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

export const MemberConnection = ConnectionType(Member);

export enum MembershipReason {
  ENROLLED = 'ENROLLED',
  TRANSFERRED = 'TRANSFERRED',
}
registerEnumType(MembershipReason, { name: 'MembershipReason' });

@ObjectType({ description: 'A period in which a member belonged to a branch.' })
export class BranchMembership {
  branchId!: number;

  @Field(() => DateScalar)
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Null while current.' })
  endedOn!: string | null;

  @Field(() => MembershipReason)
  reason!: MembershipReason;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@InputType({ description: 'Members who came onto or left the roster in a period.' })
export class RosterMovementFilter {
  @Field(() => RosterMovement)
  kind!: RosterMovement;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (included).' })
  to!: string;
}

@InputType()
export class MemberFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Members of this branch and every branch below it.',
  })
  branchSubtree?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Members of the branches of this bureau and the bureaus below it (a city: its counties); one out of reach finds none.',
  })
  bureauId?: string | null;

  @Field(() => [MemberStatus], { nullable: true })
  status?: MemberStatus[] | null;

  @Field(() => RetirementType, { nullable: true })
  retirementType?: RetirementType | null;

  @Field({ nullable: true })
  partyMember?: boolean;

  @Field(() => Int, { nullable: true, description: 'Age today (China time) at least.' })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Age today (China time) at most.' })
  ageMax?: number | null;

  @Field(() => MonthDayScalar, {
    nullable: true,
    description:
      'Birthday on or after this day of the year; with birthdayTo earlier, the range wraps the year end.',
  })
  birthdayFrom?: string | null;

  @Field(() => MonthDayScalar, { nullable: true })
  birthdayTo?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '党龄 (from full membership, see Member.partyStandingFrom) of at least this.',
  })
  partyYearsAtLeast?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '党龄 (from full membership) of at most this: with partyYearsAtLeast, a band of the yearly figures (30–39).',
  })
  partyYearsAtMost?: number | null;

  @Field(() => Medal, {
    nullable: true,
    description:
      "Current members eligible for this medal: PARTY_50_YEARS this year (党龄 50 by memberSettings' medalCutoff), PRC_70TH_ANNIVERSARY retired before 2019-10-01.",
  })
  eligibleForMedal?: Medal | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Turns 60, 70, 80… in this year (with birthdayFrom/To: this month’s 整十生日).',
  })
  decadeBirthdayIn?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Joined the party in this month (1–12) of some year: the month’s 政治生日.',
  })
  partyJoinMonth?: number | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Chinese name, full pinyin, pinyin initials, or the last digits of the ID number.',
  })
  search?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'On the roster on this day (of branchSubtree on that day, by the branch memberships), whatever has happened since; ages and party years then count on this day.',
  })
  asOf?: string | null;

  @Field(() => RosterMovementFilter, {
    nullable: true,
    description:
      'Came onto or left the roster (of branchSubtree, by the branch memberships) in a period.',
  })
  movement?: RosterMovementFilter | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'The level (职级), as recorded.' })
  rank?: string | null;

  @Field(() => ResidenceArea, { nullable: true })
  residenceArea?: ResidenceArea | null;

  @Field(() => HealthStatus, { nullable: true })
  healthStatus?: HealthStatus | null;
}

export enum MemberOrderField {
  NAME = 'NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  /** Day of the year of the birthday (MM-DD), for birthday lists. */
  BIRTHDAY = 'BIRTHDAY',
  /** Day of the year the member joined the party, for political-birthday lists. */
  PARTY_JOIN_DAY = 'PARTY_JOIN_DAY',
  PARTY_JOIN_DATE = 'PARTY_JOIN_DATE',
  /** The day 党龄 counts from (full membership), longest standing first, for the medal list. */
  PARTY_STANDING_FROM = 'PARTY_STANDING_FROM',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(MemberOrderField, { name: 'MemberOrderField' });

@InputType()
export class MemberOrder {
  @Field(() => MemberOrderField)
  field!: MemberOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

const NameRules = () =>
  composeRules(
    Matches(/\S/, { message: '姓名不能为空 (name is required)', ...REQUIRED }),
    MaxLength(50, { message: '姓名不能超过 50 个字 (name is at most 50 characters)', ...TOO_LONG }),
  );
const PhoneRule = () =>
  Matches(PHONE_PATTERN, {
    message: '电话号码格式不正确 (phone must be a mobile or landline number)',
  });

/** Optional fields of a member, the same for create and update. */
@InputType()
export abstract class MemberDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(20)
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PhoneRule()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(100)
  formerUnit?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(100)
  formerPosition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(50)
  rank?: string | null;

  @Field(() => DateScalar, { nullable: true })
  retirementDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  workStartDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  partyJoinDate?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Full membership (转正), on or after joining; leave empty when unknown: 党龄 then counts from joining + 1 year, flagged as estimated.',
  })
  fullMembershipDate?: string | null;

  @Field(() => HealthStatus, { nullable: true })
  healthStatus?: HealthStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(2000)
  healthNotes?: string | null;

  @Field(() => LivingSituation, { nullable: true })
  livingSituation?: LivingSituation | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(50)
  spouseName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(50)
  emergencyContactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(20)
  emergencyContactRelation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PhoneRule()
  emergencyContactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(5000)
  carePlan?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(50)
  contactLeader?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: '标签最多 20 个 (at most 20 tags)' })
  @MaxLength(20, {
    each: true,
    message: '每个标签不超过 20 个字 (tags are at most 20 characters)',
    ...TOO_LONG,
  })
  tags?: string[] | null;
}

@InputType()
export class CreateMemberInput extends MemberDetailsInput {
  @Field()
  @NameRules()
  name!: string;

  @Field({
    description:
      'Resident ID number (GB 11643): 18 characters, a trailing lowercase x is read as X and spaces are dropped; the first two digits must be a province code; 15-digit numbers of the first generation are refused (convert them to 18). The birth date and gender are read from it when not given.',
  })
  idCardNumber!: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => ID)
  branchId!: string;

  @Field(() => RetirementType)
  retirementType!: RetirementType;

  @Field(() => ResidenceKind)
  residenceKind!: ResidenceKind;

  @Field()
  @Matches(/\S/, { message: '居住地不能为空 (residence is required)', ...REQUIRED })
  @MaxText(50)
  residencePlace!: string;

  @Field({ defaultValue: true })
  partyMember!: boolean;
}

@InputType()
export class UpdateMemberInput extends MemberDetailsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Refuse with STALE if the member has changed since.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  expectedVersion?: number | null;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateMemberInput) => input.name !== undefined)
  @NameRules()
  name?: string;

  @Field({
    nullable: true,
    description:
      'Resident ID number, checked as in CreateMemberInput (a trailing lowercase x is read as X).',
  })
  idCardNumber?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: string;

  @Field(() => RetirementType, { nullable: true })
  retirementType?: RetirementType;

  @Field(() => ResidenceKind, { nullable: true })
  residenceKind?: ResidenceKind;

  @Field({ nullable: true })
  @ValidateIf((input: UpdateMemberInput) => input.residencePlace !== undefined)
  @Matches(/\S/, { message: '居住地不能为空 (residence is required)', ...REQUIRED })
  @MaxText(50)
  residencePlace?: string;

  @Field({ nullable: true })
  partyMember?: boolean;
}

@InputType()
export class RecordDeathInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => DateScalar)
  deathDate!: string;

  @Field(() => String, { nullable: true, description: 'What the member died of (死因).' })
  @IsOptional()
  @MaxText(200)
  cause?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The family member the bereavement visit calls on; kept as the emergency contact.',
  })
  @IsOptional()
  @MaxText(50)
  familyContactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(20)
  familyContactRelation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PhoneRule()
  familyContactPhone?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class UndoMemberStatusInput {
  @Field(() => ID, { description: 'A member recorded as deceased or transferred out.' })
  memberId!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class TransferMemberInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ID, { description: 'The branch (党支部) the member moves to.' })
  branchId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today (China time).' })
  date?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class RecordTransferOutInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today (China time).' })
  date?: string | null;

  @Field()
  @Matches(/\S/, { message: '去向不能为空 (destination is required)', ...REQUIRED })
  @MaxText(100)
  destination!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'Settings of the roster’s rules.' })
export class MemberSettings {
  @Field(() => MonthDayScalar, {
    description:
      '光荣在党50年: a member is eligible in the calendar year in which the 党龄 reaches 50 by this day (MM-DD; 12-31 by default, some provinces use 07-01).',
  })
  medalCutoff!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class UpdateMemberSettingsInput {
  @Field(() => MonthDayScalar, { nullable: true, description: 'A day every year has: not 02-29.' })
  medalCutoff?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const MemberSettingsPayload = PayloadFields<{ memberSettings: MemberSettings | null }>(
  'MemberSettingsPayload',
  { memberSettings: { type: () => MemberSettings } },
);
export type MemberSettingsPayload = InstanceType<typeof MemberSettingsPayload>;
