import type { CalendarDate } from '@wanxia/schema';
import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { subtreeBranchIds } from '../../kernel/access/subtree';
import { toGlobalId } from '../../kernel/global-id';
import { ActivityKind } from '../activity/activity-kinds';
import { partyLifeFigures } from '../activity/party-life-figures';
import { partyOrganisationFigures } from '../party-org/party-org-figures';
import { RepresentativeKind, type RepresentativeLevel } from '../party-org/party-org-kinds';
import { WorkKind } from '../education/education-kinds';
import { workInReach } from '../education/work.repository';
import { AwardLevel } from '../activity/award-level';
import { volunteeringFigures } from '../volunteer/volunteering-figures';
import { roleFigures } from '../volunteer/role-figures';
import { associationFigures } from '../association/association-figures';
import { onRosterOn } from '../member/roster-dates';
import type {
  PartyOrganisationYear,
  RoleAndActivitiesYear,
  YearTablesYear,
  PartyOrganisationTable,
  RoleAndActivitiesTable,
  RosterListFilter,
  YearTableRow,
} from './year-report.types';
import { EMPTY_ROSTER_LIST_FILTER } from './year-report.types';

/** 三会一课: the meetings a branch must hold, in the order the table prints them. */
export const SANHUI_YIKE = [
  ActivityKind.BRANCH_MEMBERS_MEETING,
  ActivityKind.BRANCH_COMMITTEE_MEETING,
  ActivityKind.PARTY_GROUP_MEETING,
  ActivityKind.PARTY_LECTURE,
] as const;
const SANHUI_NAMES: Record<(typeof SANHUI_YIKE)[number], string> = {
  BRANCH_MEMBERS_MEETING: '支部党员大会',
  BRANCH_COMMITTEE_MEETING: '支部委员会',
  PARTY_GROUP_MEETING: '党小组会',
  PARTY_LECTURE: '党课',
};

/** The part of the tree a report is of: the caller's reach, or a branch's subtree within it. */
export interface TablesScope {
  reach: Reach;
  branch: { key: number; path: string } | null;
}

/** The reach the figure functions take: the caller's, narrowed to the branch's subtree. */
function narrowed(scope: TablesScope): Reach {
  return scope.branch ? scope.reach.within(scope.branch.path) : scope.reach;
}

/** A function that runs `work` once, when first called. */
function once<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= work());
}

/**
 * The sources of both tables for one year and scope, each read once when first needed: the
 * module figure functions countyStats uses (each a fixed number of set-based statements), and
 * the branches and party members at the end of the year.
 */
function yearSources(db: Queryable, scope: TablesScope, year: number, asOf: CalendarDate) {
  const reach = narrowed(scope);
  const subtree = scope.branch ? subtreeBranchIds(scope.branch.path) : null;
  const partyLife = once(() => partyLifeFigures(db, reach, year, asOf));
  return {
    organisation: once(async () => {
      const [row] = await db.run(sql`
        SELECT
          (SELECT count(*)::int FROM member m
            WHERE ${scope.reach.member('m')} AND m.party_member
              AND ${onRosterOn(sql`${asOf}::date`, subtree)}) AS "partyMembers",
          count(*) FILTER (WHERE b.kind = 'GENERAL_BRANCH')::int AS "generalBranches",
          count(*) FILTER (WHERE b.kind = 'BRANCH')::int AS branches,
          count(*) FILTER (WHERE b.demonstration_level = 'PROVINCIAL' AND b.demonstration_year <= ${year})::int AS provincial,
          count(*) FILTER (WHERE b.demonstration_level = 'CITY' AND b.demonstration_year <= ${year})::int AS city,
          count(*) FILTER (WHERE b.demonstration_level = 'COUNTY' AND b.demonstration_year <= ${year})::int AS county,
          count(*) FILTER (WHERE b.has_members_home)::int AS homes
        FROM branch b
        WHERE (b.founded_on IS NULL OR b.founded_on <= ${asOf}::date)
          AND (b.archived_at IS NULL OR b.archived_at > (${asOf}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND ${reach.branch('b')}`);
      return row;
    }),
    partyLife,
    partyOrg: once(() => partyOrganisationFigures(db, reach, year, asOf)),
    // The year's works, as educationFigures counts them.
    works: once(() =>
      db
        .run(
          sql`
        SELECT count(*) FILTER (WHERE w.kind = ${WorkKind.ESSAY})::int AS essays,
          count(*) FILTER (WHERE w.kind = ${WorkKind.ESSAY}
            AND w.award_level = ANY(${[AwardLevel.PROVINCIAL, AwardLevel.CITY]}))::int AS "essaysAwarded",
          count(*) FILTER (WHERE w.kind = ${WorkKind.RESEARCH_REPORT})::int AS reports,
          count(*) FILTER (WHERE w.kind = ${WorkKind.RESEARCH_REPORT} AND w.adopted)::int AS adopted,
          count(*) FILTER (WHERE w.award_level IS NOT NULL)::int AS awarded
        FROM work w WHERE w.year = ${year} AND ${workInReach('w', reach)}`,
        )
        .then(([row]) => row),
    ),
    // Members serving as representatives at some time in the year, as partyOrganisationFigures
    // counts them.
    representatives: once(() =>
      db.run(sql`
        SELECT rr.kind, rr.level, count(DISTINCT rr.member_id)::int AS n FROM representative_role rr
        WHERE rr.term_from <= ${asOf}::date AND (rr.term_to IS NULL OR rr.term_to >= ${`${year}-01-01`}::date)
          AND rr.member_id IN (SELECT m.id FROM member m WHERE ${reach.member('m')})
        GROUP BY rr.kind, rr.level`),
    ),
    volunteering: once(() => volunteeringFigures(db, reach, year, asOf)),
    roles: once(() => roleFigures(db, reach, year, asOf)),
    associations: once(() => associationFigures(db, reach, year, asOf)),
  };
}
type Sources = ReturnType<typeof yearSources>;

async function partyOrganisationYear(s: Sources): Promise<PartyOrganisationYear> {
  const [o, life, org] = await Promise.all([s.organisation(), s.partyLife(), s.partyOrg()]);
  return {
    generalBranches: Number(o.generalBranches),
    branches: Number(o.branches),
    partyMembers: Number(o.partyMembers),
    provincial: Number(o.provincial),
    city: Number(o.city),
    county: Number(o.county),
    homes: Number(o.homes),
    meetings: SANHUI_YIKE.map((kind) => ({
      kind,
      count: life.byKind.find((k) => k.kind === kind)?.count ?? 0,
    })),
    branchesBehind: life.branchesBehind,
    attendanceRate: life.attendanceRate,
    electionsHeld: org.electionsHeld,
    electionsDue: org.electionsDue,
    electionsOverdue: org.electionsOverdue,
  };
}

async function roleAndActivitiesYear(s: Sources): Promise<RoleAndActivitiesYear> {
  const [life, w, v, r, a, reps] = await Promise.all([
    s.partyLife(),
    s.works(),
    s.volunteering(),
    s.roles(),
    s.associations(),
    s.representatives(),
  ]);
  return {
    educationSessions: life.educationSessions,
    educationAttendees: life.educationAttendees,
    essays: Number(w.essays),
    essaysAwardedProvincialOrCity: Number(w.essaysAwarded),
    researchReports: Number(w.reports),
    researchReportsAdopted: Number(w.adopted),
    worksAwarded: Number(w.awarded),
    teams: v.teams,
    volunteers: v.volunteers,
    volunteerActivities: v.activities,
    beneficiaries: v.beneficiaries,
    scienceLectures: v.scienceLectures,
    scienceLectureReach: v.scienceLectureReach,
    volunteerPerformances: v.performances,
    couplets: v.couplets,
    donationsFen: v.donationsFen,
    communityBranchSecretaries: r.communityBranchSecretaries,
    communityBranchCommittee: r.communityBranchCommittee,
    otherRoles: r.studioMembers + r.nextGenerationCommittee + r.parentSchoolTeachers + r.lecturers,
    associations: a.associations,
    associationMembers: a.members,
    associationActivities: a.activities,
    associationPerformances: a.performances,
    associationAwards: a.awards,
    representatives: reps.map((x) => ({
      kind: x.kind as RepresentativeKind,
      level: x.level as RepresentativeLevel,
      count: Number(x.n),
    })),
  };
}

/** A year's representatives of one kind, at one level or every level. */
export function representatives(
  y: RoleAndActivitiesYear,
  kind: RepresentativeKind,
  level: RepresentativeLevel | null = null,
): number {
  return y.representatives
    .filter((x) => x.kind === kind && (level === null || x.level === level))
    .reduce((n, x) => n + x.count, 0);
}

/** The frozen years' tables as the snapshots of the reach's one county keep them, by year. */
async function frozenTables(
  db: Queryable,
  reach: Reach,
  years: number[],
): Promise<Map<number, YearTablesYear>> {
  const rows = await db.run(sql`
    SELECT rs.year, rs.stats -> 'yearTables' AS tables FROM report_snapshot rs
    WHERE rs.year = ANY(${years}) AND rs.bureau_id = ${reach.soleCounty()}
      AND rs.stats -> 'yearTables' IS NOT NULL`);
  return new Map(rows.map((r) => [Number(r.year), r.tables as YearTablesYear]));
}

/** Both tables of a year for a whole county (`reach`), as worked out when it is frozen. */
export async function yearTablesForSnapshot(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: CalendarDate,
): Promise<YearTablesYear> {
  const sources = yearSources(db, { reach, branch: null }, year, asOf);
  const [partyOrganisation, roleAndActivities] = await Promise.all([
    partyOrganisationYear(sources),
    roleAndActivitiesYear(sources),
  ]);
  return { partyOrganisation, roleAndActivities };
}

interface YearPeriod {
  year: number;
  end: CalendarDate;
}

/**
 * Both tables of both years, each part worked out when first asked for. A frozen year is read
 * from its snapshot when the report is a whole county's (a snapshot holds one county, not a
 * subtree nor a city). A snapshot frozen before these tables existed has no `yearTables`: that year is
 * worked out from the records instead, as it would be without a snapshot — there is no
 * submitted version of these tables to keep, and a blank table would hide figures the records
 * hold.
 */
export function yearTables(db: Queryable, scope: TablesScope, now: YearPeriod, before: YearPeriod) {
  const frozen = once(() =>
    scope.reach.wholeBureau && !scope.branch
      ? frozenTables(db, scope.reach, [now.year, before.year])
      : Promise.resolve(new Map<number, YearTablesYear>()),
  );
  const of = (p: YearPeriod) => {
    const sources = yearSources(db, scope, p.year, p.end);
    return {
      partyOrganisation: once(
        async () =>
          (await frozen()).get(p.year)?.partyOrganisation ?? partyOrganisationYear(sources),
      ),
      roleAndActivities: once(
        async () =>
          (await frozen()).get(p.year)?.roleAndActivities ?? roleAndActivitiesYear(sources),
      ),
    };
  };
  const [cur, prev] = [of(now), of(before)];
  const branchId = scope.branch ? toGlobalId('Branch', scope.branch.key) : null;
  return {
    partyOrganisation: once(async () => {
      const years = await Promise.all([cur.partyOrganisation(), prev.partyOrganisation()]);
      return partyOrganisationTable(...years, links(now, before, branchId));
    }),
    roleAndActivities: once(async () => {
      const years = await Promise.all([cur.roleAndActivities(), prev.roleAndActivities()]);
      return roleAndActivitiesTable(...years, links(now, before, branchId));
    }),
    /** The year's own figures, as plain numbers: for the work summary. */
    year: once(async (): Promise<YearTablesYear> => {
      const [partyOrganisation, roleAndActivities] = await Promise.all([
        cur.partyOrganisation(),
        cur.roleAndActivities(),
      ]);
      return { partyOrganisation, roleAndActivities };
    }),
  };
}

/** The console's lists behind the figures, for a year and the branch asked for. */
interface Links {
  /** The activities of a kind in the year (活动记录), in the subtree asked for. */
  activities: (kind: ActivityKind) => [string, string];
  /** A list that does not go by year: the same path for both years. */
  fixed: (path: string) => [string, string];
  /** The roster filter of the party members at the end of each year. */
  partyMembers: [RosterListFilter, RosterListFilter];
}

function links(now: YearPeriod, before: YearPeriod, branchId: string | null): Links {
  const activities = (kind: ActivityKind, year: number) => {
    const params = new URLSearchParams({ kind, year: String(year) });
    if (branchId) params.set('branch', branchId);
    return `/party-life?${params.toString()}`;
  };
  const members = (p: YearPeriod): RosterListFilter => ({
    ...EMPTY_ROSTER_LIST_FILTER,
    branchSubtree: branchId,
    asOf: p.end,
    partyMember: true,
  });
  return {
    activities: (kind) => [activities(kind, now.year), activities(kind, before.year)],
    fixed: (path) => [path, path],
    partyMembers: [members(now), members(before)],
  };
}

type RowSpec = {
  key: string;
  label: string;
  unit: string;
  sub?: boolean;
  href?: [string, string];
  filter?: [RosterListFilter, RosterListFilter];
} & (
  | { pick: (y: never) => number; kind?: 'count' | 'money' }
  | { pick: (y: never) => number | null; kind: 'rate' }
);

function rowsOf<Y>(now: Y, before: Y, specs: RowSpec[]): YearTableRow[] {
  return specs.map((spec) => {
    const pick = spec.pick as (y: Y) => number | null;
    const [value, previous] = [pick(now), pick(before)];
    const row: YearTableRow = {
      key: spec.key,
      label: spec.label,
      unit: spec.unit,
      sub: spec.sub ?? false,
      count: null,
      money: null,
      rate: null,
      href: spec.href?.[0] ?? null,
      previousHref: spec.href?.[1] ?? null,
    };
    if (spec.kind === 'rate') {
      row.rate = {
        value,
        previous,
        change: value === null || previous === null ? null : value - previous,
      };
    } else if (spec.kind === 'money') {
      row.money = { valueFen: value!, previousFen: previous!, changeFen: value! - previous! };
    } else {
      row.count = {
        value: value!,
        previous: previous!,
        change: value! - previous!,
        filter: spec.filter?.[0] ?? null,
        previousFilter: spec.filter?.[1] ?? null,
      };
    }
    return row;
  });
}

/** 党组织建设情况, the year beside the year before. */
export function partyOrganisationTable(
  now: PartyOrganisationYear,
  before: PartyOrganisationYear,
  l: Links,
): PartyOrganisationTable {
  type Y = PartyOrganisationYear;
  const meetings = (y: Y) => y.meetings.reduce((n, m) => n + m.count, 0);
  const specs: RowSpec[] = [
    {
      key: 'generalBranches',
      label: '离退休干部党总支',
      unit: '个',
      pick: (y: Y) => y.generalBranches,
      href: l.fixed('/branches'),
    },
    {
      key: 'branches',
      label: '离退休干部党支部',
      unit: '个',
      pick: (y: Y) => y.branches,
      href: l.fixed('/branches'),
    },
    {
      key: 'partyMembers',
      label: '在册离退休干部党员',
      unit: '人',
      pick: (y: Y) => y.partyMembers,
      filter: l.partyMembers,
    },
    {
      key: 'demonstration',
      label: '示范党支部',
      unit: '个',
      pick: (y: Y) => y.provincial + y.city + y.county,
      href: l.fixed('/branches?level=ANY'),
    },
    ...(
      [
        ['provincial', 'PROVINCIAL', '省级示范'],
        ['city', 'CITY', '市级示范'],
        ['county', 'COUNTY', '县级示范'],
      ] as const
    ).map(([key, level, label]) => ({
      key,
      label: `其中：${label}`,
      unit: '个',
      sub: true,
      pick: (y: Y) => y[key],
      href: l.fixed(`/branches?level=${level}`),
    })),
    {
      key: 'homes',
      label: '老党员之家',
      unit: '个',
      pick: (y: Y) => y.homes,
      href: l.fixed('/branches?home=1'),
    },
    { key: 'meetings', label: '“三会一课”', unit: '次', pick: meetings },
    ...SANHUI_YIKE.map((kind) => ({
      key: `meetings.${kind}`,
      label: `其中：${SANHUI_NAMES[kind]}`,
      unit: '次',
      sub: true,
      pick: (y: Y) => y.meetings.find((m) => m.kind === kind)?.count ?? 0,
      href: l.activities(kind),
    })),
    {
      key: 'compliantBranches',
      label: '按要求开展组织生活的党支部',
      unit: '个',
      pick: (y: Y) => Math.max(0, y.branches - y.branchesBehind),
      href: l.fixed('/party-life/compliance'),
    },
    {
      key: 'branchesBehind',
      label: '未按要求开展的党支部',
      unit: '个',
      pick: (y: Y) => y.branchesBehind,
      href: l.fixed('/party-life/compliance'),
    },
    {
      key: 'attendanceRate',
      label: '组织生活到会率',
      unit: '%',
      kind: 'rate',
      pick: (y: Y) => y.attendanceRate,
    },
    {
      key: 'electionsDue',
      label: '应换届党组织',
      unit: '个',
      pick: (y: Y) => y.electionsDue,
      href: l.fixed('/party-org'),
    },
    {
      key: 'electionsHeld',
      label: '按期换届选举',
      unit: '次',
      pick: (y: Y) => y.electionsHeld,
      href: l.fixed('/party-org'),
    },
    {
      key: 'electionsOverdue',
      label: '逾期未换届',
      unit: '个',
      pick: (y: Y) => y.electionsOverdue,
      href: l.fixed('/party-org'),
    },
  ];
  return { rows: rowsOf(now, before, specs) };
}

/** 作用发挥与活动开展, the year beside the year before. */
export function roleAndActivitiesTable(
  now: RoleAndActivitiesYear,
  before: RoleAndActivitiesYear,
  l: Links,
): RoleAndActivitiesTable {
  type Y = RoleAndActivitiesYear;
  const count = (key: keyof Y & string, label: string, unit: string, href?: [string, string]) => ({
    key,
    label,
    unit,
    pick: (y: Y) => y[key] as number,
    href,
  });
  const sub = (spec: ReturnType<typeof count>) => ({ ...spec, sub: true });
  const volunteers = l.fixed('/volunteers');
  const works = l.fixed('/education/works');
  const associations = l.fixed('/associations');
  const honours = l.fixed('/honours');
  const specs: RowSpec[] = [
    count('educationSessions', '党性教育活动', '场次', l.activities(ActivityKind.PARTY_EDUCATION)),
    count('educationAttendees', '党性教育受众', '人次', l.activities(ActivityKind.PARTY_EDUCATION)),
    count('essays', '征文', '篇', works),
    sub(count('essaysAwardedProvincialOrCity', '其中：获省市奖励', '篇', works)),
    count('researchReports', '调研报告', '份', works),
    sub(count('researchReportsAdopted', '其中：被采纳', '份', works)),
    count('worksAwarded', '作品获奖', '件', works),
    count('teams', '志愿服务队伍', '支', volunteers),
    count('volunteers', '志愿者', '人', volunteers),
    count('volunteerActivities', '志愿服务活动', '场次', volunteers),
    count('beneficiaries', '志愿服务受益群众', '人次', volunteers),
    sub(count('scienceLectures', '其中：科技讲座', '场', volunteers)),
    sub(count('scienceLectureReach', '科技讲座受惠群众', '人次', volunteers)),
    sub(count('volunteerPerformances', '其中：文艺演出', '场', volunteers)),
    count('couplets', '义写春联', '幅', volunteers),
    {
      key: 'donationsFen',
      label: '自发捐款',
      unit: '元',
      kind: 'money',
      pick: (y: Y) => y.donationsFen,
      href: volunteers,
    },
    count('communityBranchSecretaries', '担任小区（社区）党支部书记', '人'),
    count('communityBranchCommittee', '担任小区（社区）党支部委员', '人'),
    count('otherRoles', '其他社会任职', '人'),
    count('associations', '老年社会团体', '个', associations),
    count('associationMembers', '社团成员', '人', associations),
    count('associationActivities', '社团文体活动', '场次', associations),
    sub(count('associationPerformances', '其中：文艺演出', '场', associations)),
    count('associationAwards', '文体比赛获奖', '项', associations),
    ...(
      [
        [RepresentativeKind.PARTY_CONGRESS, '党代表'],
        [RepresentativeKind.PEOPLES_CONGRESS, '人大代表'],
        [RepresentativeKind.CPPCC, '政协委员'],
      ] as const
    ).map(([kind, label]) => ({
      key: `representatives.${kind}`,
      label: `担任${label}`,
      unit: '人',
      pick: (y: Y) => representatives(y, kind),
      href: honours,
    })),
  ];
  return { rows: rowsOf(now, before, specs) };
}
