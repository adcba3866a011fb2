import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { activityInReach, chinaDayStart } from '../activity/activity.repository';
import { signupActivityInReach } from './signup.repository';
import type { SignupStats } from './signup.types';

/**
 * A year of 网络报名 for activities from its records, up to `asOf` (the year's end, or today):
 * the activities in reach opened for sign-up in the year, the sign-ups of the
 * members in reach (for those activities and the county's) made in the year, and how many of those holding a place at the activities
 * held were recorded present.
 */
export async function signupFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: string,
): Promise<SignupStats> {
  const from = chinaDayStart(`${year}-01-01`);
  const until = chinaDayStart(sql`(${asOf}::date + 1)`);
  const [row] = await db.run(sql`
    WITH s AS (
      SELECT s.* FROM activity_signup s
      JOIN activity a ON a.id = s.activity_id JOIN member m ON m.id = s.member_id
      WHERE ${signupActivityInReach('a', reach)} AND ${reach.member('m')}),
    held AS (
      SELECT s.member_id, s.activity_id FROM s JOIN activity a ON a.id = s.activity_id
      WHERE s.status = 'SIGNED_UP' AND a.starts_at >= ${from} AND a.starts_at < ${until}
        AND EXISTS (SELECT 1 FROM activity_participant p WHERE p.activity_id = a.id))
    SELECT
      (SELECT count(*) FROM signup_window w JOIN activity a ON a.id = w.activity_id
        WHERE w.opens_at >= ${from} AND w.opens_at < ${until} AND ${activityInReach('a', reach)})::int AS activities,
      count(*) FILTER (WHERE s.signed_up_at >= ${from} AND s.signed_up_at < ${until})::int AS "signUps",
      count(*) FILTER (WHERE s.signed_up_at >= ${from} AND s.signed_up_at < ${until}
        AND s.signed_up_by_token_id IS NOT NULL)::int AS "throughIntegrations",
      count(*) FILTER (WHERE s.signed_up_at >= ${from} AND s.signed_up_at < ${until}
        AND (s.status = 'WAITING' OR s.promoted_at IS NOT NULL))::int AS "waitListed",
      count(*) FILTER (WHERE s.signed_up_at >= ${from} AND s.signed_up_at < ${until}
        AND s.promoted_at IS NOT NULL)::int AS promoted,
      count(*) FILTER (WHERE s.signed_up_at >= ${from} AND s.signed_up_at < ${until}
        AND s.status = 'CANCELLED')::int AS cancelled,
      (SELECT count(*) FROM held)::int AS held,
      (SELECT count(*) FROM held JOIN activity_participant p
        ON p.activity_id = held.activity_id AND p.member_id = held.member_id
        WHERE p.attendance = 'PRESENT')::int AS present
    FROM s`);
  const held = Number(row.held);
  return {
    activities: Number(row.activities),
    signUps: Number(row.signUps),
    throughIntegrations: Number(row.throughIntegrations),
    waitListed: Number(row.waitListed),
    promoted: Number(row.promoted),
    cancelled: Number(row.cancelled),
    turnout: held ? Number(row.present) / held : null,
  };
}
