import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../kernel/access/permissions';
import { GraphQLDateTime } from 'graphql-scalars';
import { DateScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { FundingSummary } from '../funding/funding.types';
import { PartyLifeStats } from '../activity/activity.types';
import { PartyOrganisationStats } from '../party-org/party-org.types';
import { EducationStats } from '../education/education.types';
import { VolunteeringStats } from '../volunteer/volunteer.types';
import { RoleStats } from '../volunteer/community-roles.types';
import { AssociationStats } from '../association/association.types';
import { CentreStats } from '../centre/centre.types';
import { SignupStats } from '../signup/signup.types';
import { VisitOccasion } from '../visit/occasions';
import { VisitCoverage } from '../visit/visit.types';

@ObjectType({ description: 'The party organisation at the end of the year (or today).' })
export class OrganisationStats {
  @Field(() => Int, { description: '党总支' })
  generalBranches!: number;

  @Field(() => Int, { description: '党支部' })
  branches!: number;

  @Field(() => Int, { description: 'Demonstration branches of the provincial level (省级示范).' })
  provincial!: number;

  @Field(() => Int)
  city!: number;

  @Field(() => Int)
  county!: number;

  @Field(() => Int, { description: 'Homes for old party members (老党员之家).' })
  homes!: number;
}

@ObjectType({ description: 'How many members fall in a band [from, to] (to null: and above).' })
export class Band {
  @Field(() => Int)
  from!: number;

  @Field(() => Int, { nullable: true })
  to!: number | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The roster on the day the figures are as of.' })
export class MemberStats {
  @Field(() => Int, { description: 'On the roster that day: current members.' })
  active!: number;

  @Field(() => Int, { description: 'Died by that day.' })
  deceased!: number;

  @Field(() => Int, { description: 'Transferred out by that day.' })
  transferredOut!: number;

  @Field(() => Int, { description: 'Current members who retired as 离休.' })
  lixiu!: number;

  @Field(() => Int)
  tuixiu!: number;

  @Field(() => Int, { description: 'Current members who are party members.' })
  partyMembers!: number;

  @Field(() => [Band], { description: 'Current members by age that day.' })
  byAge!: Band[];

  @Field(() => [Band], { description: 'Current party members by whole years in the party.' })
  byPartyYears!: Band[];

  @Field(() => Int, { description: 'Eligible for the 光荣在党50年 medal in the year.' })
  medalEligible!: number;
}

@ObjectType()
export class OccasionCount {
  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MonthCount {
  @Field(() => Int)
  month!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Visits made in the year.' })
export class VisitStats {
  @Field(() => Int)
  total!: number;

  @Field(() => [OccasionCount], { description: 'Every occasion, in order.' })
  byOccasion!: OccasionCount[];

  @Field(() => [MonthCount], { description: 'Twelve months.' })
  byMonth!: MonthCount[];
}

@ObjectType({ description: 'The county’s figures for a year: what the yearly report is made of.' })
export class CountyStats {
  @Field(() => Int)
  year!: number;

  @Field(() => DateScalar, { description: 'The last day of the year, or today for this year.' })
  asOf!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the year was frozen; its figures then no longer follow later edits.',
  })
  frozenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who froze it.' })
  frozenBy!: string | null;

  @Field(() => OrganisationStats)
  organisation!: OrganisationStats;

  @Field(() => MemberStats)
  members!: MemberStats;

  @Authorized(Permission.VISITS_READ)
  @Field(() => VisitStats)
  visits!: VisitStats;

  @Authorized(Permission.VISITS_READ)
  @Field(() => VisitCoverage)
  coverage!: VisitCoverage;

  @Authorized(Permission.FUNDING_READ)
  @Field(() => FundingSummary)
  funding!: FundingSummary;

  @Field(() => PartyLifeStats, {
    nullable: true,
    description: 'Null in a year frozen before party life was recorded.',
  })
  partyLife!: PartyLifeStats | null;

  @Field(() => PartyOrganisationStats, {
    nullable: true,
    description: 'Null in a year frozen before organisation building was recorded.',
  })
  partyOrganisation!: PartyOrganisationStats | null;
  @Field(() => EducationStats, {
    nullable: true,
    description: 'Null in a year frozen before learning and education were recorded.',
  })
  education!: EducationStats | null;
  @Field(() => VolunteeringStats, {
    nullable: true,
    description: 'Null in a year frozen before volunteer service was recorded.',
  })
  volunteering!: VolunteeringStats | null;

  @Field(() => RoleStats, {
    nullable: true,
    description: 'Null in a year frozen before community roles were recorded.',
  })
  roles!: RoleStats | null;

  @Field(() => AssociationStats, {
    nullable: true,
    description: 'Null in a year frozen before associations were recorded.',
  })
  associations!: AssociationStats | null;
  @Field(() => CentreStats, {
    nullable: true,
    description:
      'The activity centre and its courses; null in a year frozen before they were recorded.',
  })
  centre!: CentreStats | null;

  @Field(() => SignupStats, {
    nullable: true,
    description: '网络报名 for activities; null in a year frozen before sign-up was recorded.',
  })
  signup!: SignupStats | null;
}

export const FreezeCountyStatsPayload = PayloadFields<{ countyStats: CountyStats | null }>(
  'FreezeCountyStatsPayload',
  { countyStats: { type: () => CountyStats } },
);
export type FreezeCountyStatsPayload = InstanceType<typeof FreezeCountyStatsPayload>;
