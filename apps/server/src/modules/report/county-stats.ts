import type { Queryable, Row, Transaction } from '../../kernel/db/database';
import { insertRow } from '../../kernel/db/entity-columns';
import { join, raw, sql, type Sql } from '../../kernel/db/sql';
import { refuseIf } from '../../kernel/mutation';
import { UserErrorCode, userError } from '../../kernel/user-error';
import { Projection } from '../../kernel/db/projection';
import { ReportSnapshotEntity } from './report-snapshot.entity';
import { callerLabel, type Caller } from '../../kernel/access/caller';
import { Reach } from '../../kernel/access/reach';
import { type CalendarDate, latestStartFor, MEDAL_PARTY_YEARS } from '@wanxia/schema';
import { fundingSummary } from '../funding/funding-summary';
import { partyLifeFigures } from '../activity/party-life-figures';
import { partyOrganisationFigures } from '../party-org/party-org-figures';
import { educationFigures } from '../education/education-figures';
import { volunteeringFigures } from '../volunteer/volunteering-figures';
import { roleFigures } from '../volunteer/role-figures';
import { associationFigures } from '../association/association-figures';
import { centreFigures } from '../centre/centre-figures';
import { signupFigures } from '../signup/signup-figures';
import { visitCoverage } from '../visit/coverage';
import { memberInReach } from '../visit/visit.repository';
import { VisitOccasion } from '../visit/occasions';
import type { Band, CountyStats } from './report.types';
import { yearTablesForSnapshot } from './year-tables';
import type { CountyBureau } from '../bureau/county';

const AGE_BANDS: [number, number | null][] = [
  [0, 59],
  [60, 69],
  [70, 79],
  [80, 89],
  [90, null],
];
const PARTY_YEAR_BANDS: [number, number | null][] = [
  [0, 29],
  [30, 39],
  [40, 49],
  [50, null],
];

/**
 * The band (0, 1, …) of the whole years from a date column to `on`, as yearsBetween counts them:
 * n years or more exactly when the date is on or before latestStartFor(n, on), so a few date
 * comparisons per row. No date (or one to come) is in the first band.
 */
function bandOf(definition: [number, number | null][], column: Sql, on: CalendarDate): Sql {
  const thresholds = definition
    .slice(1)
    .map(([from], i) => ({ band: i + 1, latest: latestStartFor(from, on) }));
  const cases = thresholds
    .reverse()
    .map((t) => sql`WHEN ${column} <= ${t.latest}::date THEN ${raw(String(t.band))}`);
  return sql`CASE ${join(cases, ' ')} ELSE 0 END`;
}

/** The counts of grouped rows by their band (the column `band`). */
function bands(definition: [number, number | null][], rows: Row[], band: string): Band[] {
  return definition.map(([from, to], i) => ({
    from,
    to,
    count: sumOf(rows.filter((r) => Number(r[band]) === i)),
  }));
}

function sumOf(rows: Row[]): number {
  return rows.reduce((sum, r) => sum + Number(r.n), 0);
}

/** The last day of the year, or today while the year runs. */
export function asOfDay(year: number, today: CalendarDate): CalendarDate {
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

/**
 * The county's figures for a year, within the caller's reach: the organisation at the end of the
 * year, the roster on that day, the visits and coverage of the year, and its money. A handful of
 * set-based statements, whatever the size of the roster.
 */
export async function countyStats(
  db: Queryable,
  reach: Reach,
  year: number,
  today: CalendarDate,
): Promise<CountyStats> {
  const asOf = asOfDay(year, today);
  // The sections are independent statements: sent at once, each on a connection of the pool
  // (in a transaction they queue on its one connection), so the figures take as long as the
  // slowest section rather than all of them in turn.
  const organisationRows = db.run(sql`
    SELECT count(*) FILTER (WHERE b.kind = 'GENERAL_BRANCH')::int AS "generalBranches",
      count(*) FILTER (WHERE b.kind = 'BRANCH')::int AS branches,
      count(*) FILTER (WHERE b.demonstration_level = 'PROVINCIAL' AND b.demonstration_year <= ${year})::int AS provincial,
      count(*) FILTER (WHERE b.demonstration_level = 'CITY' AND b.demonstration_year <= ${year})::int AS city,
      count(*) FILTER (WHERE b.demonstration_level = 'COUNTY' AND b.demonstration_year <= ${year})::int AS county,
      count(*) FILTER (WHERE b.has_members_home)::int AS homes
    FROM branch b
    WHERE (b.founded_on IS NULL OR b.founded_on <= ${asOf}::date)
      AND (b.archived_at IS NULL OR b.archived_at > (${asOf}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
      AND ${reach.branch('b')}`);

  // Who was on the roster that day (enrolled by then), in which state, and how old then: one
  // pass over the members, grouped (a few hundred rows at most) and added up below.
  const rosterRows = db.run(sql`
    SELECT state, retirement_type AS "retirementType", party_member AS "partyMember", medal,
      ${bandOf(AGE_BANDS, sql`birth_date`, asOf)} AS age,
      ${bandOf(PARTY_YEAR_BANDS, sql`party_standing_from`, asOf)} AS "partyYears",
      count(*)::int AS n
    FROM (
      SELECT m.retirement_type, m.party_member, m.birth_date, m.party_standing_from,
        coalesce((m.party_standing_from + ${`${MEDAL_PARTY_YEARS} years`}::interval)::date
          <= (SELECT make_date(${year}, medal_cutoff_month, medal_cutoff_day) FROM member_setting), false) AS medal,
        CASE
          WHEN m.death_date <= ${asOf}::date THEN 'DECEASED'
          WHEN m.transferred_out_on <= ${asOf}::date THEN 'TRANSFERRED_OUT'
          ELSE 'ACTIVE' END AS state
      FROM member m
      WHERE ${reach.member('m')}
        AND EXISTS (SELECT 1 FROM branch_membership bm WHERE bm.member_id = m.id AND bm.started_on <= ${asOf}::date)
    ) r
    GROUP BY 1, 2, 3, 4, 5, 6`);
  const visitRows = db.run(sql`
    SELECT v.occasion, extract(month FROM v.visited_on)::int AS month, count(*)::int AS n
    FROM visit v
    WHERE v.visited_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
      AND ${memberInReach('v', reach)}
    GROUP BY 1, 2`);
  const partyLifeFound = partyLifeFigures(db, reach, year, asOf);
  const [
    [organisation],
    roster,
    visits,
    partyLife,
    education,
    coverage,
    funding,
    partyOrganisation,
    volunteering,
    roles,
    associations,
    centre,
    signup,
  ] = await Promise.all([
    organisationRows,
    rosterRows,
    visitRows,
    partyLifeFound,
    partyLifeFound.then((found) => educationFigures(db, reach, year, asOf, found)),
    visitCoverage(db, reach, { year, branch: null, today }),
    fundingSummary(db, reach, year, null),
    partyOrganisationFigures(db, reach, year, asOf),
    volunteeringFigures(db, reach, year, asOf),
    roleFigures(db, reach, year, asOf),
    associationFigures(db, reach, year, asOf),
    centreFigures(db, reach, year, asOf),
    signupFigures(db, reach, year, asOf),
  ]);
  const active = roster.filter((r) => r.state === 'ACTIVE');
  const party = active.filter((r) => r.partyMember === true);

  return {
    year,
    asOf,
    frozenAt: null,
    frozenBy: null,
    organisation: {
      generalBranches: Number(organisation.generalBranches),
      branches: Number(organisation.branches),
      provincial: Number(organisation.provincial),
      city: Number(organisation.city),
      county: Number(organisation.county),
      homes: Number(organisation.homes),
    },
    members: {
      active: sumOf(active),
      deceased: sumOf(roster.filter((r) => r.state === 'DECEASED')),
      transferredOut: sumOf(roster.filter((r) => r.state === 'TRANSFERRED_OUT')),
      lixiu: sumOf(active.filter((r) => r.retirementType === 'LIXIU')),
      tuixiu: sumOf(active.filter((r) => r.retirementType === 'TUIXIU')),
      partyMembers: sumOf(party),
      byAge: bands(AGE_BANDS, active, 'age'),
      byPartyYears: bands(PARTY_YEAR_BANDS, party, 'partyYears'),
      medalEligible: sumOf(party.filter((r) => r.medal === true)),
    },
    visits: {
      total: sumOf(visits),
      byOccasion: Object.values(VisitOccasion).map((occasion) => ({
        occasion,
        count: sumOf(visits.filter((v) => v.occasion === occasion)),
      })),
      byMonth: Array.from({ length: 12 }, (_, i) => ({
        month: i + 1,
        count: sumOf(visits.filter((v) => Number(v.month) === i + 1)),
      })),
    },
    coverage,
    funding,
    partyOrganisation,
    partyLife,
    education,
    volunteering,
    roles,
    associations,
    centre,
    signup,
  };
}

const SNAPSHOT = Projection.of(
  ReportSnapshotEntity,
  { omit: ['bureauId', 'year', 'frozenByUserId', 'frozenByTokenId'] },
  {},
);

async function snapshotOf(db: Queryable, reach: Reach, year: number): Promise<CountyStats | null> {
  const [row] = await db.run(sql`
    SELECT ${SNAPSHOT.select('rs', SNAPSHOT.properties())} FROM report_snapshot rs
    WHERE rs.year = ${year} AND rs.bureau_id = ${reach.soleCounty()}`);
  if (!row) return null;
  const { yearTables: _tables, ...stats } = row.stats as CountyStats & { yearTables?: unknown };
  return {
    ...stats,
    partyLife: stats.partyLife ?? null,
    partyOrganisation: stats.partyOrganisation ?? null,
    education: stats.education ?? null,
    volunteering: stats.volunteering ?? null,
    roles: stats.roles ?? null,
    associations: stats.associations ?? null,
    centre: stats.centre ?? null,
    signup: stats.signup ?? null,
    frozenAt: row.frozenAt as Date,
    frozenBy: String(row.frozenBy),
  };
}

/**
 * A year's figures as a caller sees them: a frozen year's snapshot when the reach is one whole
 * county (a snapshot holds one county), the live figures within reach otherwise (a city's are
 * its counties' added up).
 */
export async function yearFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  today: CalendarDate,
): Promise<CountyStats> {
  const frozen = reach.wholeBureau ? await snapshotOf(db, reach, year) : null;
  return frozen ?? countyStats(db, reach, year, today);
}

/**
 * Freezes a county's figures of a year as submitted, inside the caller's transaction: a year
 * already frozen is refused (INVALID_STATE on year).
 */
export async function freezeYear(
  tx: Transaction,
  county: CountyBureau,
  year: number,
  by: { caller: Caller; now: Date; today: CalendarDate },
): Promise<CountyStats> {
  const [existing] = await tx.run(
    sql`SELECT 1 FROM report_snapshot WHERE bureau_id = ${county.key} AND year = ${year} FOR UPDATE`,
  );
  if (existing) {
    refuseIf([
      userError('year', UserErrorCode.INVALID_STATE, '该年度已冻结 (the year is already frozen)'),
    ]);
  }
  const reach = Reach.ALL.withinBureau(county.path);
  const stats = await countyStats(tx, reach, year, by.today);
  // The yearly report's 党组织建设 and 作用发挥 tables are kept beside the figures (not part of
  // CountyStats): yearReport reads a frozen year's from here.
  const yearTables = await yearTablesForSnapshot(tx, reach, year, stats.asOf);
  const { caller } = by;
  await tx.run(
    insertRow(ReportSnapshotEntity, {
      bureauId: county.key,
      year,
      stats: { ...stats, yearTables },
      frozenAt: by.now,
      frozenBy: callerLabel(caller),
      frozenByUserId: caller.kind === 'USER' ? caller.userKey : null,
      frozenByTokenId: caller.kind === 'TOKEN' ? caller.tokenKey : null,
    }),
  );
  return stats;
}
