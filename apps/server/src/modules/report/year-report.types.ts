import { Authorized, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Permission } from '../../kernel/access/permissions';
import { DateScalar, MoneyScalar } from '../../kernel/scalars';
import { BudgetCategory } from '../funding/funding.types';
import { VisitOccasion } from '../visit/occasions';
import { Gender, HealthStatus, RetirementType } from '../member/member.types';
import { ResidenceArea } from '../member/residence';
import { RosterMovement } from '../member/roster-dates';
import type { ActivityKind } from '../activity/activity-kinds';
import type { RepresentativeKind, RepresentativeLevel } from '../party-org/party-org-kinds';

@ObjectType({ description: 'A movement filter as `members(filter: { movement })` takes it.' })
export class RosterMovementValue {
  @Field(() => RosterMovement)
  kind!: RosterMovement;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

@ObjectType({
  description:
    'The `members(filter:)` that lists the people behind a figure: pass these fields as the filter (unset ones left out).',
})
export class RosterListFilter {
  @Field(() => ID, { nullable: true })
  branchSubtree!: string | null;

  @Field(() => DateScalar, { nullable: true })
  asOf!: string | null;

  @Field(() => RosterMovementValue, { nullable: true })
  movement!: RosterMovementValue | null;

  @Field(() => RetirementType, { nullable: true })
  retirementType!: RetirementType | null;

  @Field(() => String, { nullable: true })
  rank!: string | null;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => Boolean, { nullable: true })
  partyMember!: boolean | null;

  @Field(() => Int, { nullable: true })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true })
  ageMax!: number | null;

  @Field(() => ResidenceArea, { nullable: true })
  residenceArea!: ResidenceArea | null;

  @Field(() => HealthStatus, { nullable: true })
  healthStatus!: HealthStatus | null;
}

/** A roster list with no condition: spread it and set what a figure's list narrows. */
export const EMPTY_ROSTER_LIST_FILTER: RosterListFilter = {
  branchSubtree: null,
  asOf: null,
  movement: null,
  retirementType: null,
  rank: null,
  gender: null,
  partyMember: null,
  ageMin: null,
  ageMax: null,
  residenceArea: null,
  healthStatus: null,
};

@ObjectType({ description: 'A count for the year and the year before, with the change.' })
export class YearFigure {
  @Field(() => Int, { description: 'The year’s figure.' })
  value!: number;

  @Field(() => Int, { description: 'The year before.' })
  previous!: number;

  @Field(() => Int, { description: 'value − previous.' })
  change!: number;

  @Field(() => RosterListFilter, {
    nullable: true,
    description: 'The members filter that lists the year’s people (null where none can).',
  })
  filter!: RosterListFilter | null;

  @Field(() => RosterListFilter, { nullable: true, description: 'The same for the year before.' })
  previousFilter!: RosterListFilter | null;
}

@ObjectType({ description: 'An amount for the year and the year before, with the change.' })
export class MoneyYearFigure {
  @Field(() => MoneyScalar)
  valueFen!: number;

  @Field(() => MoneyScalar)
  previousFen!: number;

  @Field(() => MoneyScalar)
  changeFen!: number;
}

@ObjectType({ description: 'A rate (0–1) for the year and the year before, with the change.' })
export class RateYearFigure {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  previous!: number | null;

  @Field(() => Float, { nullable: true, description: 'value − previous, when both are known.' })
  change!: number | null;
}

@ObjectType({
  description:
    'A row of 离退休干部两年数字变化情况: one retirement type (null: both) and level (null: every level).',
})
export class RosterChangeRow {
  @Field(() => RetirementType, { nullable: true })
  retirementType!: RetirementType | null;

  @Field(() => String, {
    nullable: true,
    description: 'The level (职级); null on a subtotal row and for members without one.',
  })
  rank!: string | null;

  @Field(() => Boolean, { description: 'A subtotal or the total over every level.' })
  allRanks!: boolean;

  @Field(() => String, { description: 'The row’s name as the table prints it (zh-CN).' })
  label!: string;

  @Field(() => YearFigure, { description: 'On the roster the day before the year began (年初).' })
  start!: YearFigure;

  @Field(() => YearFigure, { description: 'Enrolled in the year: new retirements (新增).' })
  enrolled!: YearFigure;

  @Field(() => YearFigure, { description: 'Transferred in from outside the scope (转入).' })
  transferredIn!: YearFigure;

  @Field(() => YearFigure, { description: 'Came onto the roster in the year (增加): either way.' })
  joined!: YearFigure;

  @Field(() => YearFigure, { description: 'Died in the year (去世).' })
  died!: YearFigure;

  @Field(() => YearFigure, { description: 'Transferred out in the year (转出).' })
  transferredOut!: YearFigure;

  @Field(() => YearFigure, { description: 'Left the roster in the year (减少): either way.' })
  left!: YearFigure;

  @Field(() => YearFigure, { description: 'On the roster at the end of the year (年末).' })
  end!: YearFigure;

  @Field(() => Boolean, { description: 'start + joined − left = end holds for the year.' })
  balanced!: boolean;

  @Field(() => Boolean, { description: 'The same for the year before.' })
  previousBalanced!: boolean;
}

@ObjectType({ description: '离退休干部两年数字变化情况' })
export class RosterChangeTable {
  @Field(() => [RosterChangeRow], {
    description:
      'Per retirement type (离休, 退休) a subtotal row, then one per level; last the total row.',
  })
  rows!: RosterChangeRow[];

  @Field(() => Boolean, { description: 'Every row balances in both years.' })
  balanced!: boolean;
}

export enum ProfileDimension {
  TOTAL = 'TOTAL',
  AGE = 'AGE',
  GENDER = 'GENDER',
  PARTY = 'PARTY',
  RANK = 'RANK',
  RESIDENCE = 'RESIDENCE',
  HEALTH = 'HEALTH',
}
registerEnumType(ProfileDimension, {
  name: 'ProfileDimension',
  description:
    'The groups of 离退休干部基本情况: 合计, 年龄, 性别, 政治面貌, 职级, 居住地, 健康状况.',
});

@ObjectType({ description: 'A row of 离退休干部基本情况: one group of one dimension.' })
export class RosterProfileRow {
  @Field(() => ProfileDimension)
  dimension!: ProfileDimension;

  @Field(() => String, { description: 'The group’s name as the table prints it (zh-CN).' })
  label!: string;

  @Field(() => YearFigure, { description: 'On the roster at the end of the year, in the group.' })
  total!: YearFigure;

  @Field(() => YearFigure)
  lixiu!: YearFigure;

  @Field(() => YearFigure)
  tuixiu!: YearFigure;
}

@ObjectType({ description: '离退休干部基本情况 at the end of the year and of the year before.' })
export class RosterProfileTable {
  @Field(() => [RosterProfileRow])
  rows!: RosterProfileRow[];
}

@ObjectType()
export class OccasionYearFigure {
  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field(() => YearFigure, { description: 'Visits made in the year on this occasion.' })
  visits!: YearFigure;
}

@ObjectType()
export class CategoryYearFigure {
  @Field(() => BudgetCategory)
  category!: BudgetCategory;

  @Field(() => MoneyYearFigure, { description: 'The budget lines’ amounts.' })
  amountFen!: MoneyYearFigure;

  @Field(() => MoneyYearFigure, { description: 'Paid.' })
  paidFen!: MoneyYearFigure;

  @Field(() => RateYearFigure, { description: 'Paid ÷ amount.' })
  executionRate!: RateYearFigure;
}

@ObjectType({ description: '服务保障情况: visits, must-visit coverage, condolence money, budget.' })
export class ServiceTable {
  @Authorized(Permission.VISITS_READ)
  @Field(() => YearFigure, { description: 'Visits made in the year, every occasion.' })
  visits!: YearFigure;

  @Authorized(Permission.VISITS_READ)
  @Field(() => [OccasionYearFigure], { description: 'Every occasion, in order.' })
  visitsByOccasion!: OccasionYearFigure[];

  @Authorized(Permission.VISITS_READ)
  @Field(() => YearFigure, { description: 'Must-visit tasks that came due in the year.' })
  tasksDue!: YearFigure;

  @Authorized(Permission.VISITS_READ)
  @Field(() => YearFigure, { description: 'Of those, done on time.' })
  tasksDoneOnTime!: YearFigure;

  @Authorized(Permission.VISITS_READ)
  @Field(() => RateYearFigure, { description: 'Must-visit coverage: done on time ÷ come due.' })
  coverage!: RateYearFigure;

  @Authorized(Permission.FUNDING_READ)
  @Field(() => YearFigure, { description: 'Members paid condolence money with a visit.' })
  condolenceMembers!: YearFigure;

  @Authorized(Permission.FUNDING_READ)
  @Field(() => MoneyYearFigure, { description: 'Condolence money paid with visits.' })
  condolenceFen!: MoneyYearFigure;

  @Authorized(Permission.FUNDING_READ)
  @Field(() => [CategoryYearFigure], {
    description: 'Budget execution by category (the county’s lines, or the branch’s own).',
  })
  budgetByCategory!: CategoryYearFigure[];
}

@ObjectType({
  description:
    'A row of 党组织建设情况 or 作用发挥与活动开展: one figure for the year and the year before, with the change. Exactly one of count, money and rate is set.',
})
export class YearTableRow {
  @Field(() => String, {
    description:
      'The figure’s stable name (e.g. `generalBranches`), for labels in other languages.',
  })
  key!: string;

  @Field(() => String, { description: 'The row’s name as the table prints it (zh-CN).' })
  label!: string;

  @Field(() => String, { description: 'The unit as the table prints it (zh-CN: 个, 人, 场次…).' })
  unit!: string;

  @Field(() => Boolean, { description: 'A part of the row above (其中), printed indented.' })
  sub!: boolean;

  @Field(() => YearFigure, {
    nullable: true,
    description: 'A count; its filter lists the members behind it where the list is the roster.',
  })
  count!: YearFigure | null;

  @Field(() => MoneyYearFigure, { nullable: true, description: 'An amount.' })
  money!: MoneyYearFigure | null;

  @Field(() => RateYearFigure, { nullable: true, description: 'A rate (0–1).' })
  rate!: RateYearFigure | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The console’s path of the list behind the year’s figure (e.g. `/party-life?kind=PARTY_EDUCATION&year=2022`); null where no list holds it or the roster filter does.',
  })
  href!: string | null;

  @Field(() => String, { nullable: true, description: 'The same for the year before.' })
  previousHref!: string | null;
}

@ObjectType({
  description:
    '党组织建设情况: general branches, branches, party members, demonstration branches by level, homes for old party members, 三会一课 and its compliance, committee elections held and due.',
})
export class PartyOrganisationTable {
  @Field(() => [YearTableRow])
  rows!: YearTableRow[];
}

@ObjectType({
  description:
    '作用发挥与活动开展: education sessions, works, volunteer service, community roles, associations and performances, lectures, couplets, donations, awards and representatives.',
})
export class RoleAndActivitiesTable {
  @Field(() => [YearTableRow])
  rows!: YearTableRow[];
}

@ObjectType({
  description:
    'The statutory tables of a year for the county or a part of the tree, each beside the year before.',
})
export class YearReport {
  /** The branch the report is of (null: the caller's whole reach), and its subtree's path. */
  scope!: { key: number; path: string } | null;

  @Field(() => Int)
  year!: number;

  @Field(() => ID, { nullable: true, description: 'The branch asked for; null for the county.' })
  branchId!: string | null;

  @Field(() => String, { description: 'The county, or the branch’s name.' })
  scopeName!: string;

  @Field(() => DateScalar, { description: 'The last day of the year, or today for this year.' })
  asOf!: string;

  @Field(() => DateScalar, { description: 'The last day of the year before.' })
  previousAsOf!: string;

  /** The tables, each worked out when first asked for (YearReportResolver). */
  tables!: YearReportTables;
}

/** The tables of a report, each a fixed number of statements, run when first asked for. */
export interface YearReportTables {
  rosterChange: () => Promise<RosterChangeTable>;
  rosterProfile: () => Promise<RosterProfileTable>;
  service: () => Promise<ServiceTable>;
  partyOrganisation: () => Promise<PartyOrganisationTable>;
  roleAndActivities: () => Promise<RoleAndActivitiesTable>;
  /** The year's own figures of both, as plain numbers (no GraphQL field). */
  yearFigures: () => Promise<YearTablesYear>;
}

/** A report with every table worked out: what the workbook and the work summary are made of. */
export type YearReportFigures = Omit<YearReport, 'tables'> & {
  rosterChange: RosterChangeTable;
  rosterProfile: RosterProfileTable;
  service: ServiceTable;
  partyOrganisation: PartyOrganisationTable;
  roleAndActivities: RoleAndActivitiesTable;
  yearFigures: YearTablesYear;
};

/**
 * One year of 党组织建设情况 as plain numbers: what a frozen year's snapshot keeps (JSON), and
 * what the table and the work summary are made of.
 */
export interface PartyOrganisationYear {
  generalBranches: number;
  branches: number;
  /** Party members on the roster at the end of the year. */
  partyMembers: number;
  provincial: number;
  city: number;
  county: number;
  homes: number;
  /** Meetings of 三会一课 the branches held, by kind (SANHUI_YIKE order). */
  meetings: { kind: ActivityKind; count: number }[];
  /** Branches behind on a required meeting by the end of the year (or today). */
  branchesBehind: number;
  attendanceRate: number | null;
  electionsHeld: number;
  electionsDue: number;
  electionsOverdue: number;
}

/** One year of 作用发挥与活动开展 as plain numbers (see PartyOrganisationYear). */
export interface RoleAndActivitiesYear {
  educationSessions: number;
  educationAttendees: number;
  essays: number;
  essaysAwardedProvincialOrCity: number;
  researchReports: number;
  researchReportsAdopted: number;
  worksAwarded: number;
  teams: number;
  volunteers: number;
  volunteerActivities: number;
  beneficiaries: number;
  scienceLectures: number;
  scienceLectureReach: number;
  volunteerPerformances: number;
  couplets: number;
  donationsFen: number;
  communityBranchSecretaries: number;
  communityBranchCommittee: number;
  otherRoles: number;
  associations: number;
  associationMembers: number;
  associationActivities: number;
  associationPerformances: number;
  associationAwards: number;
  /** Members serving as representatives in the year, by kind and level. */
  representatives: { kind: RepresentativeKind; level: RepresentativeLevel; count: number }[];
}

/** Both tables of one year, as a frozen year's snapshot keeps them (`stats.yearTables`). */
export interface YearTablesYear {
  partyOrganisation: PartyOrganisationYear;
  roleAndActivities: RoleAndActivitiesYear;
}
