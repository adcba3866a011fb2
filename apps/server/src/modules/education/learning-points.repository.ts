import type { Queryable } from '../../kernel/db/database';
import { sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach, Scope } from '../../kernel/access/reach';
import { LearningPointsMonth, LearningRank } from './learning-points.types';

/** The first day of a month, and of the month after a period. */
export interface PointsPeriod {
  year: number;
  /** 1–12; null for the whole year. */
  month: number | null;
}

function periodBounds({ year, month }: PointsPeriod): { from: Sql; until: Sql } {
  return month === null
    ? { from: sql`make_date(${year}, 1, 1)`, until: sql`make_date(${year} + 1, 1, 1)` }
    : {
        from: sql`make_date(${year}, ${month}, 1)`,
        until: sql`(make_date(${year}, ${month}, 1) + interval '1 month')::date`,
      };
}

/**
 * The county's ranking of a period: each member's points (summed over a year), their rank among
 * every member of the county (ties share a rank), the best provincial rank and the months.
 */
export function rankingOf(period: PointsPeriod): Sql {
  const { from, until } = periodBounds(period);
  return sql`
    SELECT lp.member_id AS "memberKey", sum(lp.points)::int AS points,
      rank() OVER (ORDER BY sum(lp.points) DESC)::int AS "countyRank",
      min(lp.province_rank)::int AS "provinceRank", count(*)::int AS months
    FROM learning_points lp
    WHERE lp.month >= ${from} AND lp.month < ${until}
    GROUP BY lp.member_id`;
}

/** A page of the ranking of the members in reach, first place first. */
export function listRanking(
  db: Queryable,
  scope: Scope,
  period: PointsPeriod,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const ranked = sql`(${rankingOf(period)}) r`;
  return paginate({
    db,
    select: sql`SELECT r.* FROM ${ranked}`,
    countFrom: sql`FROM ${ranked}`,
    conditions: [
      sql`r."memberKey" IN (SELECT m.id FROM member m WHERE ${scope.reach.member('m')})`,
    ],
    sort: { expr: 'r."countyRank"', property: 'countyRank', type: 'integer' },
    tiebreaker: { expr: 'r."memberKey"', property: 'memberKey', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: (row) => Object.assign(new LearningRank(), row),
    countWithPage: options.countWithPage,
  });
}

/**
 * Each member's months of a year with their county rank that month, oldest first (members out
 * of reach have none).
 */
export async function pointsOfMembers(
  db: Queryable,
  reach: Reach,
  year: number,
  memberKeys: readonly number[],
): Promise<LearningPointsMonth[]> {
  const rows = await db.run(sql`
    WITH ranked AS (
      SELECT lp.member_id, lp.month, lp.points, lp.province_rank,
        rank() OVER (PARTITION BY lp.month ORDER BY lp.points DESC)::int AS county_rank
      FROM learning_points lp
      WHERE lp.month >= make_date(${year}, 1, 1) AND lp.month < make_date(${year} + 1, 1, 1)
    )
    SELECT r.member_id AS "memberKey", to_char(r.month, 'YYYY-MM') AS month, r.points,
      r.province_rank AS "provinceRank", r.county_rank AS "countyRank"
    FROM ranked r JOIN member m ON m.id = r.member_id
    WHERE r.member_id = ANY(${memberKeys}::int[]) AND ${reach.member('m')}
    ORDER BY r.member_id, r.month`);
  return rows.map((row) => Object.assign(new LearningPointsMonth(), row));
}
