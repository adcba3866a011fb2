import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { PHONE_PATTERN } from '@wanxia/schema';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar, MoneyScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { ServiceCategory, TeamLevel } from './volunteer-enums';
import { COUNTY_INPUT } from '../bureau/bureau.types';

registerEnumType(TeamLevel, {
  name: 'VolunteerTeamLevel',
  description: 'Where a volunteer team works: the county, a township or a village.',
});
registerEnumType(ServiceCategory, {
  name: 'ServiceCategory',
  description: 'What a volunteer service is about (服务类别).',
});

@ObjectType({
  implements: Node,
  description: 'A volunteer team of 银耀安化 (志愿服务队), at the county, a township or a village.',
})
export class VolunteerTeam extends Node {
  key!: number;

  @Field()
  name!: string;

  @Field(() => TeamLevel)
  level!: TeamLevel;

  @Field(() => String, { nullable: true, description: 'The township, for TOWNSHIP and VILLAGE.' })
  township!: string | null;

  @Field(() => String, { nullable: true, description: 'The village, for VILLAGE.' })
  village!: string | null;

  @Field(() => String, { nullable: true, description: 'Who leads it (队长).' })
  leader!: string | null;

  @Field(() => DateScalar, { nullable: true })
  foundedOn!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

export const VolunteerTeamConnection = ConnectionType(VolunteerTeam);

@ObjectType({
  implements: Node,
  description:
    'A volunteer: a member of the roster, or a person not on it (an old party member of a village) with a few details of their own. Its ID number and phone are masked.',
})
export class Volunteer extends Node {
  key!: number;
  memberId!: number | null;

  @Field({ description: 'The member’s name, or the person’s own.' })
  name!: string;

  @Field({ description: 'A member of the roster (the details are then the member’s).' })
  onRoster!: boolean;

  @Field(() => String, { nullable: true, description: 'A person not on the roster: optional.' })
  idCardNumber!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Where a person not on the roster lives.' })
  village!: string | null;

  @Field(() => Int)
  version!: number;
}

export const VolunteerConnection = ConnectionType(Volunteer);

@ObjectType({
  implements: Node,
  description: 'A volunteer’s membership of a team, from joining to leaving.',
})
export class VolunteerMembership extends Node {
  key!: number;
  teamId!: number;
  volunteerId!: number;

  @Field(() => DateScalar)
  joinedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Null while a member.' })
  leftOn!: string | null;
}

@ObjectType({ description: 'What a volunteer gave in a year.' })
export class VolunteerYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  hours!: number;

  @Field(() => Float, { description: 'Hours × the points per hour of the settings.' })
  points!: number;

  @Field(() => Int, { description: 'Activities they served at.' })
  activities!: number;
}

@ObjectType({ description: 'A volunteer’s place in a year’s ranking by hours.' })
export class VolunteerStanding extends VolunteerYear {
  volunteerId!: number;

  @Field(() => Int, { description: 'Equal hours share a rank (1, 2, 2, 4).' })
  rank!: number;
}

export const VolunteerStandingConnection = ConnectionType(VolunteerStanding);

@ObjectType({
  description: 'What a team did in a year: its activities and the hours given at them.',
})
export class VolunteerTeamYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  activities!: number;

  @Field(() => Float)
  hours!: number;

  @Field(() => Float)
  points!: number;
}

@ObjectType({ description: 'The hours one volunteer gave at an activity.' })
export class VolunteerHours {
  volunteerId!: number;
  activityId!: number;

  @Field(() => Float)
  hours!: number;
}

@ObjectType({ description: 'A donation made at an activity, with its donor.' })
export class VolunteerDonation {
  activityId!: number;

  @Field()
  donor!: string;

  @Field(() => MoneyScalar)
  amountFen!: number;
}

@ObjectType({
  description:
    'The volunteer side of an activity a team organised: its category, who served for how long, and what came of it.',
})
export class VolunteerService {
  activityId!: number;

  @Field(() => ServiceCategory)
  category!: ServiceCategory;

  @Field(() => Int, { description: 'Spring couplets written (义写春联).' })
  couplets!: number;
}

@ObjectType({ description: 'How many points an hour of volunteer service earns (志愿积分).' })
export class VolunteerSettings {
  @Field(() => Int)
  pointsPerHour!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType({
  description:
    'A year’s volunteer service (志愿服务) from the records in reach: teams, volunteers, the activities teams organised and what came of them.',
})
export class VolunteeringStats {
  @Field(() => Int, { description: 'Teams founded by the day the figures are as of.' })
  teams!: number;

  @Field(() => Int, { description: 'Volunteers in a team at some time in the year.' })
  volunteers!: number;

  @Field(() => Int, { description: 'Of them, members of the roster.' })
  rosterVolunteers!: number;

  @Field(() => Int, { description: 'Activities the teams organised.' })
  activities!: number;

  @Field(() => Int, { description: 'Of them, science lectures (科技讲座).' })
  scienceLectures!: number;

  @Field(() => Int, { description: 'People the science lectures reached (their beneficiaries).' })
  scienceLectureReach!: number;

  @Field(() => Int, { description: 'Of them, performances (文艺演出).' })
  performances!: number;

  @Field(() => Int, { description: 'People the activities served (their beneficiaries).' })
  beneficiaries!: number;

  @Field(() => Int, { description: 'Spring couplets written.' })
  couplets!: number;

  @Field(() => MoneyScalar, { description: 'Donations made at the activities, in fen.' })
  donationsFen!: number;

  @Field(() => Float, { description: 'Hours the volunteers gave.' })
  hours!: number;
}

@InputType()
export class VolunteerTeamFilter {
  @Field(() => TeamLevel, { nullable: true })
  level?: TeamLevel | null;

  @Field(() => String, { nullable: true, description: 'Words of the name, township or village.' })
  search?: string | null;
}

@InputType()
export class VolunteerFilter {
  @Field(() => ID, { nullable: true, description: 'Members of this team now.' })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'On the roster, or not on it.' })
  onRoster?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words of the name.' })
  search?: string | null;
}

const NameRule = () => Matches(/\S/, { message: '请填写名称 (a name is required)', ...REQUIRED });

@InputType()
export class CreateVolunteerTeamInput {
  @Field(() => ID, COUNTY_INPUT)
  bureauId?: string | null;

  @Field()
  @NameRule()
  @MaxText(100)
  name!: string;

  @Field(() => TeamLevel)
  level!: TeamLevel;

  @Field(() => String, { nullable: true, description: 'Required for TOWNSHIP and VILLAGE.' })
  @IsOptional()
  @MaxText(50)
  township?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for VILLAGE.' })
  @IsOptional()
  @MaxText(50)
  village?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(50)
  leader?: string | null;

  @Field(() => [ServiceCategory], { defaultValue: [] })
  categories!: ServiceCategory[];

  @Field(() => DateScalar, { nullable: true })
  foundedOn?: string | null;
}

@InputType()
export class UpdateVolunteerTeamInput {
  @Field(() => ID)
  teamId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameRule()
  @MaxText(100)
  name?: string | null;

  @Field(() => TeamLevel, { nullable: true })
  level?: TeamLevel | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  @IsOptional()
  @MaxText(50)
  township?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  @IsOptional()
  @MaxText(50)
  village?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  @IsOptional()
  @MaxText(50)
  leader?: string | null;

  @Field(() => [ServiceCategory], { nullable: true, description: 'The whole list.' })
  categories?: ServiceCategory[] | null;

  @Field(() => DateScalar, { nullable: true })
  foundedOn?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType({
  description:
    'A member of the roster (memberId), or a person not on it (name, and optionally the ID number, phone and village).',
})
export class CreateVolunteerInput {
  @Field(() => ID, COUNTY_INPUT)
  bureauId?: string | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(50)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Checked when given (GB 11643).' })
  @IsOptional()
  @MaxText(30)
  idCardNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, {
    message: '电话号码格式不正确 (phone must be a mobile or landline number)',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(100)
  village?: string | null;
}

@InputType()
export class JoinVolunteerTeamInput {
  @Field(() => ID)
  teamId!: string;

  @Field(() => ID)
  volunteerId!: string;

  @Field(() => DateScalar)
  joinedOn!: string;
}

@InputType()
export class LeaveVolunteerTeamInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => DateScalar)
  leftOn!: string;
}

@InputType()
export class VolunteerHoursInput {
  @Field(() => ID)
  volunteerId!: string;

  @Field(() => Float, { description: 'More than 0, at most 24, in tenths of an hour.' })
  hours!: number;
}

@InputType()
export class VolunteerDonationInput {
  @Field()
  @Matches(/\S/, { message: '请填写捐款人 (the donor is required)', ...REQUIRED })
  @MaxText(100)
  donor!: string;

  @Field(() => MoneyScalar)
  amountFen!: number;
}

@InputType()
export class RecordVolunteerServiceInput {
  @Field(() => ID, { description: 'An activity a volunteer team organised.' })
  activityId!: string;

  @Field(() => ServiceCategory)
  category!: ServiceCategory;

  @Field(() => Int, { defaultValue: 0 })
  couplets!: number;

  @Field(() => [VolunteerHoursInput], {
    defaultValue: [],
    description: 'The whole list: it replaces the one kept.',
  })
  @ValidateNested({ each: true })
  volunteers!: VolunteerHoursInput[];

  @Field(() => [VolunteerDonationInput], {
    defaultValue: [],
    description: 'The whole list: it replaces the one kept.',
  })
  @ValidateNested({ each: true })
  donations!: VolunteerDonationInput[];

  @Field(() => Int, { nullable: true, description: 'The activity’s version.' })
  expectedVersion?: number | null;
}

@InputType()
export class UpdateVolunteerSettingsInput {
  @Field(() => Int)
  pointsPerHour!: number;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const VolunteerTeamPayload = PayloadFields<{ team: VolunteerTeam | null }>(
  'VolunteerTeamPayload',
  { team: { type: () => VolunteerTeam, description: 'Null when there are userErrors.' } },
);
export type VolunteerTeamPayload = InstanceType<typeof VolunteerTeamPayload>;

export const VolunteerPayload = PayloadFields<{ volunteer: Volunteer | null }>('VolunteerPayload', {
  volunteer: { type: () => Volunteer, description: 'Null when there are userErrors.' },
});
export type VolunteerPayload = InstanceType<typeof VolunteerPayload>;

export const VolunteerMembershipPayload = PayloadFields<{ membership: VolunteerMembership | null }>(
  'VolunteerMembershipPayload',
  {
    membership: {
      type: () => VolunteerMembership,
      description: 'Null when there are userErrors.',
    },
  },
);
export type VolunteerMembershipPayload = InstanceType<typeof VolunteerMembershipPayload>;

export const VolunteerSettingsPayload = PayloadFields<{ settings: VolunteerSettings | null }>(
  'VolunteerSettingsPayload',
  { settings: { type: () => VolunteerSettings, description: 'Null when there are userErrors.' } },
);
export type VolunteerSettingsPayload = InstanceType<typeof VolunteerSettingsPayload>;
