import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { activityInReach, chinaDayStart } from '../activity/activity.repository';
import { ActivityKind, OrganiserKind } from '../activity/activity-kinds';
import type { AssociationStats } from './association.types';

/**
 * A year's associations from the records in reach, up to `asOf`: those founded by then, the
 * members in one at some time in the year, and the activities they organised with the awards.
 */
export async function associationFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: string,
): Promise<AssociationStats> {
  const [associations] = await db.run(sql`
    SELECT count(*)::int AS n,
      (SELECT count(DISTINCT am.member_id)::int FROM association_member am
        WHERE am.joined_on <= ${asOf}::date AND (am.left_on IS NULL OR am.left_on >= ${`${year}-01-01`}::date)
          AND ${reach.countyRecordOf('am.association_id', 'association')}) AS members
    FROM association s
    WHERE (s.founded_on IS NULL OR s.founded_on <= ${asOf}::date) AND ${reach.countyRecords('s')}`);
  const [activities] = await db.run(sql`
    SELECT count(*)::int AS n,
      count(*) FILTER (WHERE a.kind = ${ActivityKind.PERFORMANCE})::int AS performances,
      count(*) FILTER (WHERE a.kind = ${ActivityKind.EXHIBITION})::int AS exhibitions,
      count(*) FILTER (WHERE a.kind = ${ActivityKind.COMPETITION})::int AS competitions,
      coalesce(sum((SELECT count(*) FROM activity_award w WHERE w.activity_id = a.id)), 0)::int AS awards
    FROM activity a
    WHERE a.organiser_kind = ${OrganiserKind.ASSOCIATION}
      AND a.starts_at >= ${chinaDayStart(`${year}-01-01`)}
      AND a.starts_at < ${chinaDayStart(sql`(${asOf}::date + 1)`)}
      AND ${activityInReach('a', reach)}`);
  return {
    associations: Number(associations.n),
    members: Number(associations.members),
    activities: Number(activities.n),
    performances: Number(activities.performances),
    exhibitions: Number(activities.exhibitions),
    competitions: Number(activities.competitions),
    awards: Number(activities.awards),
  };
}
