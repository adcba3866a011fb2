import type { Queryable } from '../../kernel/db/database';
import { raw, sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { Medal } from '../member/member.types';
import { termEnd } from './party-org.repository';
import { AssessmentRating, RepresentativeKind, RepresentativeLevel } from './party-org-kinds';
import type { PartyOrganisationStats } from './party-org.types';

/**
 * A year's organisation building and honours from the records in reach, up to `asOf` (the
 * year's end, or today): elections held, due and overdue, assessments by rating, members
 * serving as representatives, medals issued.
 */
export async function partyOrganisationFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: string,
): Promise<PartyOrganisationStats> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const branches = reach.branchKey('t.branch_id');
  const members = reach.isAll
    ? (column: string) => sql`${raw(column)} IS NOT NULL`
    : (column: string) =>
        sql`${raw(column)} IN (SELECT m.id FROM member m WHERE ${reach.member('m')})`;
  // The term in force on a day: the branch's latest election on or before it.
  const inForce = (day: string) => sql`t.elected_on <= ${day}::date AND NOT EXISTS (
    SELECT 1 FROM committee_term n WHERE n.branch_id = t.branch_id AND n.elected_on > t.elected_on
      AND n.elected_on <= ${day}::date)`;
  const [elections] = await db.run(sql`
    SELECT
      count(*) FILTER (WHERE t.elected_on BETWEEN ${first}::date AND ${asOf}::date)::int AS held,
      count(*) FILTER (WHERE t.elected_on < ${first}::date AND ${inForce(first)}
        AND ${termEnd('t')} BETWEEN ${first}::date AND ${last}::date)::int AS due,
      count(*) FILTER (WHERE ${inForce(asOf)} AND ${termEnd('t')} < ${asOf}::date)::int AS overdue
    FROM committee_term t
    WHERE ${branches} AND t.branch_id IN (SELECT b.id FROM branch b WHERE b.archived_at IS NULL)`);
  const ratings = await db.run(sql`
    SELECT t.rating, count(*)::int AS n FROM branch_assessment t
    WHERE t.year = ${year} AND ${branches} GROUP BY t.rating`);
  const roles = await db.run(sql`
    SELECT rr.kind, rr.level, count(DISTINCT rr.member_id)::int AS n FROM representative_role rr
    WHERE rr.term_from <= ${asOf}::date AND (rr.term_to IS NULL OR rr.term_to >= ${first}::date)
      AND ${members('rr.member_id')}
    GROUP BY GROUPING SETS ((rr.kind), (rr.kind, rr.level))`);
  const medals = await db.run(sql`
    SELECT ma.medal, count(*)::int AS n FROM medal_award ma
    WHERE ma.issued_on BETWEEN ${first}::date AND ${asOf}::date AND ${members('ma.member_id')}
    GROUP BY ma.medal`);

  const byKind = Object.values(RepresentativeKind).map((kind) => ({
    kind,
    level: null,
    count: Number(roles.find((r) => r.kind === kind && r.level === null)?.n ?? 0),
  }));
  const byLevel = Object.values(RepresentativeKind).flatMap((kind) =>
    Object.values(RepresentativeLevel).flatMap((level) => {
      const n = Number(roles.find((r) => r.kind === kind && r.level === level)?.n ?? 0);
      return n ? [{ kind, level, count: n }] : [];
    }),
  );
  return {
    electionsHeld: Number(elections.held),
    electionsDue: Number(elections.due),
    electionsOverdue: Number(elections.overdue),
    assessments: Object.values(AssessmentRating).map((rating) => ({
      rating,
      count: Number(ratings.find((r) => r.rating === rating)?.n ?? 0),
    })),
    representatives: [...byKind, ...byLevel],
    medalsIssued: Object.values(Medal).map((medal) => ({
      medal,
      count: Number(medals.find((m) => m.medal === medal)?.n ?? 0),
    })),
  };
}
