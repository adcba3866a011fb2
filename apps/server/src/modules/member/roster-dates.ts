import { raw, sql, type Sql } from '../../kernel/db/sql';

/** How a member came onto or left the roster (of a part of the tree) in a period. */
export enum RosterMovement {
  /** Enrolled on the roster: a new retirement (新增离退休). */
  ENROLLED = 'ENROLLED',
  /** Transferred in from a branch outside the part of the tree (转入). */
  TRANSFERRED_IN = 'TRANSFERRED_IN',
  /** Died (去世). */
  DIED = 'DIED',
  /** Transferred out of the county, or to a branch outside the part of the tree (转出). */
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
}

// Each level of the nested conditions has an alias of its own, so none shadows another.
const ON_ROSTER = raw('ro_bm');
const MOVED = raw('mv_bm');
const EXIT_DAY = raw('mv_day');

/**
 * The branch of a membership row under `a` lies in `subtree` (a subquery of ids), or anywhere
 * without one. As an array the ids are read once per statement, not once per member.
 */
function inBranches(a: Sql, subtree: Sql | null): Sql {
  return subtree ? sql`AND ${a}.branch_id = ANY(ARRAY${subtree})` : sql``;
}

/**
 * Member `m` was on the roster (of the branches `subtree`, or the county) on `day`: a branch
 * membership held that day (started on or before it, ended after it) and neither dead nor
 * transferred out by then. A transfer between branches ends one membership and starts the next
 * on the same day, so on that day the member is in the new branch.
 */
export function onRosterOn(day: Sql, subtree: Sql | null): Sql {
  const a = ON_ROSTER;
  return sql`(EXISTS (SELECT 1 FROM branch_membership ${a} WHERE ${a}.member_id = m.id
      AND ${heldOn(a, day, subtree)})
    AND ${stillOnBy(day)})`;
}

/** The membership row under `a` was held on `day`, in `subtree` when there is one. */
function heldOn(a: Sql, day: Sql, subtree: Sql | null): Sql {
  return sql`${a}.started_on <= ${day} AND (${a}.ended_on IS NULL OR ${a}.ended_on > ${day}) ${inBranches(a, subtree)}`;
}

/** Member `m` had neither died nor been transferred out by `day`. */
function stillOnBy(day: Sql): Sql {
  return sql`(m.death_date IS NULL OR m.death_date > ${day})
    AND (m.transferred_out_on IS NULL OR m.transferred_out_on > ${day})`;
}

/**
 * onRosterOn for one fixed `day` over a whole roster: a join of member `m` to the members
 * holding a membership that day (one pass over the memberships, not a look-up per member), and
 * the condition, true when `m` was on the roster. `alias` names the joined set.
 */
export function rosterOnDay(
  alias: string,
  day: Sql,
  subtree: Sql | null,
): { join: Sql; onRoster: Sql } {
  const held = raw(alias);
  const a = raw(`${alias}_bm`);
  return {
    join: sql`LEFT JOIN (SELECT DISTINCT ${a}.member_id FROM branch_membership ${a}
      WHERE ${heldOn(a, day, subtree)}) ${held} ON ${held}.member_id = m.id`,
    onRoster: sql`(${held}.member_id IS NOT NULL AND ${stillOnBy(day)})`,
  };
}

/**
 * Member `m` came onto or left the roster (of `subtree`, or the county) by `kind` on a day from
 * `from` to `to` (both included): on the roster that day and not the day before, or the other
 * way round. Joining is a membership starting (enrolled, or transferred from outside the
 * subtree); leaving is a death, a transfer out of the county, or a membership ending with no
 * other one in the subtree taking over.
 */
export function movedOnRoster(kind: RosterMovement, from: Sql, to: Sql, subtree: Sql | null): Sql {
  const a = MOVED;
  if (kind === RosterMovement.ENROLLED || kind === RosterMovement.TRANSFERRED_IN) {
    const reason = kind === RosterMovement.ENROLLED ? 'ENROLLED' : 'TRANSFERRED';
    const day = sql`${a}.started_on`;
    // The few who started such a membership in the period, found once (a hashed set), spare
    // every other member the look-ups below.
    return sql`(m.id IN (SELECT g.member_id FROM branch_membership g
        WHERE g.reason = ${reason} AND g.started_on BETWEEN ${from} AND ${to} ${inBranches(raw('g'), subtree)})
      AND EXISTS (SELECT 1 FROM branch_membership ${a} WHERE ${a}.member_id = m.id
      AND ${a}.reason = ${reason} AND ${a}.started_on BETWEEN ${from} AND ${to} ${inBranches(a, subtree)}
      AND ${onRosterOn(day, subtree)} AND NOT ${onRosterOn(sql`(${day} - 1)`, subtree)}))`;
  }
  if (kind === RosterMovement.DIED) {
    return sql`(m.death_date BETWEEN ${from} AND ${to}
      AND ${onRosterOn(sql`(m.death_date - 1)`, subtree)})`;
  }
  const d = EXIT_DAY;
  const ended = subtree
    ? sql`UNION ALL SELECT ${a}.ended_on FROM branch_membership ${a}
        WHERE ${a}.member_id = m.id AND ${a}.ended_on IS NOT NULL ${inBranches(a, subtree)}`
    : sql``;
  // Only a transfer out, or (within a subtree) a membership ended, in the period can be one.
  const candidate = subtree
    ? sql`(m.transferred_out_on BETWEEN ${from} AND ${to} OR m.id IN (SELECT g.member_id
        FROM branch_membership g WHERE g.ended_on BETWEEN ${from} AND ${to} ${inBranches(raw('g'), subtree)}))`
    : sql`m.transferred_out_on BETWEEN ${from} AND ${to}`;
  return sql`(${candidate} AND EXISTS (SELECT 1 FROM (SELECT m.transferred_out_on AS day ${ended}) ${d}
    WHERE ${d}.day BETWEEN ${from} AND ${to} AND m.death_date IS DISTINCT FROM ${d}.day
      AND ${onRosterOn(sql`(${d}.day - 1)`, subtree)} AND NOT ${onRosterOn(sql`${d}.day`, subtree)}))`;
}
