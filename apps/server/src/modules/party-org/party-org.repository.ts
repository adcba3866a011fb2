import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { raw, sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach, Scope } from '../../kernel/access/reach';
import { subtreeBranchIds } from '../../kernel/access/subtree';
import { MEMBER_COLUMNS, toMember } from '../member/member.repository';
import { medalEligibility } from '../member/medal-rules';
import type { Medal } from '../member/member.types';
import { parts } from '@wanxia/schema';
import { CommitteeTermEntity } from './committee-term.entity';
import { CommitteeSeatEntity } from './committee-seat.entity';
import { BranchAssessmentEntity } from './branch-assessment.entity';
import { RepresentativeRoleEntity } from './representative-role.entity';
import { MedalAwardEntity } from './medal-award.entity';
import {
  type AssessmentRating,
  type CommitteeTermStatus,
  ELECTION_DUE_MONTHS,
  type RepresentativeKind,
  type RepresentativeLevel,
} from './party-org-kinds';
import {
  BranchAssessment,
  BranchYearAssessment,
  CommitteeSeat,
  CommitteeTerm,
  MedalAward,
  RepresentativeRole,
} from './party-org.types';

const TERM = Projection.of(CommitteeTermEntity, {}, {});
const SEAT = Projection.of(CommitteeSeatEntity, { omit: ['name'] }, {});
const ASSESSMENT = Projection.of(BranchAssessmentEntity, {}, {});
const ROLE = Projection.of(RepresentativeRoleEntity, {}, {});
const AWARD = Projection.of(MedalAwardEntity, {}, {});
export const ASSESSMENT_COLUMNS = ASSESSMENT.select('ba', ASSESSMENT.properties());
export const ROLE_COLUMNS = ROLE.select('rr', ROLE.properties());
export const AWARD_COLUMNS = AWARD.select('ma', AWARD.properties());

/** The day a term is up: elected_on + term_years (29 February on 28 February in common years). */
const termEndText = (alias: string) =>
  `(${alias}.elected_on + make_interval(years => ${alias}.term_years::int))::date`;
export const termEnd = (alias: string) => raw(termEndText(alias));

/** A later election of the same branch replaced the term under `alias`. */
const superseded = (alias: string) =>
  raw(
    `EXISTS (SELECT 1 FROM committee_term n WHERE n.branch_id = ${alias}.branch_id AND n.elected_on > ${alias}.elected_on)`,
  );

/** Where the term under `alias` stands on `today`, as SQL (CommitteeTermStatus). */
export function termStatus(alias: string, today: string): Sql {
  const ends = termEnd(alias);
  return sql`CASE WHEN ${superseded(alias)} THEN 'SUPERSEDED'
    WHEN ${ends} < ${today}::date THEN 'OVERDUE'
    WHEN ${ends} <= (${today}::date + ${`${ELECTION_DUE_MONTHS} months`}::interval)::date THEN 'DUE'
    ELSE 'IN_OFFICE' END`;
}

/** A term's columns with its end and status on `today`. */
export const termColumns = (alias: string, today: string) =>
  sql`${TERM.select(alias, TERM.properties())}, ${termEnd(alias)} AS "endsOn", ${termStatus(alias, today)} AS status`;

export const toTerm = (row: Row) => toNode(CommitteeTerm, 'CommitteeTerm', row);
export const toAssessment = (row: Row) => toNode(BranchAssessment, 'BranchAssessment', row);
export const toRole = (row: Row) => toNode(RepresentativeRole, 'RepresentativeRole', row);
export const toAward = (row: Row) => toNode(MedalAward, 'MedalAward', row);

/** Branch records (terms, assessments) in reach: their branch is in the caller's subtree. */
const branchInReach = (column: string, reach: Reach) => reach.branchKey(column);

/** Member records (roles, medals) in reach: their member is. */
const memberInReach = (column: string, reach: Reach) =>
  reach.isAll
    ? sql`TRUE`
    : sql`${raw(column)} IN (SELECT m.id FROM member m WHERE ${reach.member('m')})`;

export async function termsByKeys(
  db: Queryable,
  reach: Reach,
  today: string,
  keys: readonly number[],
) {
  const rows = await db.run(sql`
    SELECT ${termColumns('t', today)} FROM committee_term t
    WHERE t.id = ANY(${keys}) AND ${branchInReach('t.branch_id', reach)}`);
  return rows.map(toTerm);
}

/** Each branch's elections, latest first (the branches are in reach already). */
export async function termsOfBranches(db: Queryable, today: string, branchKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${termColumns('t', today)} FROM committee_term t
    WHERE t.branch_id = ANY(${branchKeys}) ORDER BY t.branch_id, t.elected_on DESC`);
  return rows.map(toTerm);
}

/** Each term's seats, in the order of the positions, then as entered (terms in reach already). */
export async function seatsOfTerms(db: Queryable, termKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${SEAT.select('s', SEAT.properties())}, coalesce(m.name, s.name) AS name
    FROM committee_seat s LEFT JOIN member m ON m.id = s.member_id
    WHERE s.term_id = ANY(${termKeys})
    ORDER BY s.term_id, array_position(ARRAY['SECRETARY', 'DEPUTY_SECRETARY', 'ORGANISATION', 'PROPAGANDA', 'DISCIPLINE']::text[], s.position::text), s.id`);
  return rows.map((row) => Object.assign(new CommitteeSeat(), row));
}

export interface TermCriteria {
  branchKey?: number | null;
  status?: CommitteeTermStatus[] | null;
}

/** The committees in office in reach (each branch's latest election), soonest ending first. */
export function listCurrentTerms(
  db: Queryable,
  scope: Scope,
  criteria: TermCriteria,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const conditions = [
    branchInReach('t.branch_id', scope.reach),
    sql`NOT ${superseded('t')}`,
    sql`t.branch_id IN (SELECT b.id FROM branch b WHERE b.archived_at IS NULL)`,
  ];
  if (criteria.branchKey != null)
    conditions.push(sql`t.branch_id IN ${subtreeBranchIds(criteria.branchKey)}`);
  if (criteria.status?.length)
    conditions.push(sql`${termStatus('t', scope.today)} = ANY(${criteria.status}::text[])`);
  return paginate({
    db,
    select: sql`SELECT ${termColumns('t', scope.today)}, ${termEnd('t')}::text AS "sortKey" FROM committee_term t`,
    countFrom: sql`FROM committee_term t`,
    conditions,
    sort: { expr: termEndText('t'), property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 't.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toTerm,
    countWithPage: options.countWithPage,
  });
}

export async function assessmentsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ASSESSMENT_COLUMNS} FROM branch_assessment ba
    WHERE ba.id = ANY(${keys}) AND ${branchInReach('ba.branch_id', reach)}`);
  return rows.map(toAssessment);
}

export interface AssessmentCriteria {
  branchKey?: number | null;
  rating?: AssessmentRating[] | null;
  assessed?: boolean | null;
}

/**
 * The branches (党支部) in reach in a year, by place in the tree, each with its assessment of
 * the year (or none) and the branch-building money paid to it that year.
 */
export function listBranchYears(
  db: Queryable,
  scope: Scope,
  year: number,
  criteria: AssessmentCriteria,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const from = sql`FROM branch b LEFT JOIN branch_assessment ba ON ba.branch_id = b.id AND ba.year = ${year}`;
  const conditions = [scope.reach.branch('b'), sql`b.kind = 'BRANCH'`, sql`b.archived_at IS NULL`];
  if (criteria.branchKey != null)
    conditions.push(sql`b.id IN ${subtreeBranchIds(criteria.branchKey)}`);
  if (criteria.rating?.length) conditions.push(sql`ba.rating = ANY(${criteria.rating}::text[])`);
  if (criteria.assessed != null)
    conditions.push(criteria.assessed ? sql`ba.id IS NOT NULL` : sql`ba.id IS NULL`);
  return paginate({
    db,
    select: sql`SELECT b.id AS "branchId", ba.id AS "assessmentKey", b.path AS "sortKey",
      ${year}::int AS year,
      (SELECT coalesce(sum(d.amount_fen), 0) FROM disbursement d JOIN budget bl ON bl.id = d.budget_id
        WHERE d.branch_id = b.id AND d.payee_kind = 'BRANCH' AND d.status = 'PAID'
          AND bl.category = 'BRANCH_BUILDING'
          AND d.disbursed_on BETWEEN make_date(${year}, 1, 1) AND make_date(${year}, 12, 31))::int8 AS "branchBuildingPaidFen"
      ${from}`,
    countFrom: from,
    conditions,
    sort: { expr: 'b.path', property: 'sortKey', type: 'text' },
    tiebreaker: { expr: 'b.id', property: 'branchId', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: (row) => Object.assign(new BranchYearAssessment(), row),
    countWithPage: options.countWithPage,
  });
}

export async function rolesByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ROLE_COLUMNS} FROM representative_role rr
    WHERE rr.id = ANY(${keys}) AND ${memberInReach('rr.member_id', reach)}`);
  return rows.map(toRole);
}

/** Each member's representative roles, latest term first (the members are in reach already). */
export async function rolesOfMembers(db: Queryable, memberKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ROLE_COLUMNS} FROM representative_role rr
    WHERE rr.member_id = ANY(${memberKeys}) ORDER BY rr.member_id, rr.term_from DESC, rr.id`);
  return rows.map(toRole);
}

export interface RoleCriteria {
  kind?: RepresentativeKind[] | null;
  level?: RepresentativeLevel[] | null;
  servingOn?: string | null;
}

/** Representative roles of members in reach, latest term first. */
export function listRoles(
  db: Queryable,
  scope: Scope,
  criteria: RoleCriteria,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const conditions = [memberInReach('rr.member_id', scope.reach)];
  if (criteria.kind?.length) conditions.push(sql`rr.kind = ANY(${criteria.kind}::text[])`);
  if (criteria.level?.length) conditions.push(sql`rr.level = ANY(${criteria.level}::text[])`);
  if (criteria.servingOn)
    conditions.push(sql`rr.term_from <= ${criteria.servingOn}::date
      AND (rr.term_to IS NULL OR rr.term_to >= ${criteria.servingOn}::date)`);
  return paginate({
    db,
    select: sql`SELECT ${ROLE_COLUMNS}, rr.term_from::text AS "sortKey" FROM representative_role rr`,
    countFrom: sql`FROM representative_role rr`,
    conditions,
    sort: { expr: 'rr.term_from', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'rr.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toRole,
    countWithPage: options.countWithPage,
  });
}

export async function awardsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${AWARD_COLUMNS} FROM medal_award ma
    WHERE ma.id = ANY(${keys}) AND ${memberInReach('ma.member_id', reach)}`);
  return rows.map(toAward);
}

/** Each member's medals, in the order issued (the members are in reach already). */
export async function awardsOfMembers(db: Queryable, memberKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${AWARD_COLUMNS} FROM medal_award ma
    WHERE ma.member_id = ANY(${memberKeys}) ORDER BY ma.member_id, ma.issued_on, ma.id`);
  return rows.map(toAward);
}

export interface AwardCriteria {
  medal?: Medal | null;
  year?: number | null;
}

/** Medals issued to members in reach, latest first. */
export function listAwards(
  db: Queryable,
  scope: Scope,
  criteria: AwardCriteria,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const conditions = [memberInReach('ma.member_id', scope.reach)];
  if (criteria.medal) conditions.push(sql`ma.medal = ${criteria.medal}`);
  if (criteria.year != null)
    conditions.push(
      sql`ma.issued_on BETWEEN make_date(${criteria.year}, 1, 1) AND make_date(${criteria.year}, 12, 31)`,
    );
  return paginate({
    db,
    select: sql`SELECT ${AWARD_COLUMNS}, ma.issued_on::text AS "sortKey" FROM medal_award ma`,
    countFrom: sql`FROM medal_award ma`,
    conditions,
    sort: { expr: 'ma.issued_on', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'ma.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toAward,
    countWithPage: options.countWithPage,
  });
}

/** Not yet issued `medal`, as SQL on the member under `alias`. */
export const medalNotIssued = (medal: Medal, alias: string) =>
  sql`NOT EXISTS (SELECT 1 FROM medal_award x WHERE x.member_id = ${raw(alias)}.id AND x.medal = ${medal})`;

/** Current members in reach eligible for `medal` this year and not yet issued it, by name. */
export function listMedalCandidates(
  db: Queryable,
  scope: Scope,
  medal: Medal,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${MEMBER_COLUMNS}, m.name_pinyin AS "sortKey" FROM member m`,
    countFrom: sql`FROM member m`,
    conditions: [
      scope.reach.member('m'),
      medalEligibility(medal, 'm', parts(scope.today).year),
      medalNotIssued(medal, 'm'),
    ],
    sort: { expr: 'm.name_pinyin', property: 'sortKey', type: 'text' },
    tiebreaker: { expr: 'm.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toMember,
    countWithPage: options.countWithPage,
  });
}
