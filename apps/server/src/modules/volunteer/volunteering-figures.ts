import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { activityInReach, chinaDayStart } from '../activity/activity.repository';
import { ActivityKind, OrganiserKind } from '../activity/activity-kinds';
import { volunteerInReach } from './volunteer.repository';
import type { VolunteeringStats } from './volunteer.types';

/**
 * A year's volunteer service from the records in reach, up to `asOf` (the year's end, or
 * today): the teams founded by then, the volunteers in a team at some time in the year, and
 * the activities the teams organised with what came of them.
 */
export async function volunteeringFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: string,
): Promise<VolunteeringStats> {
  const [teams] = await db.run(sql`
    SELECT count(*)::int AS n FROM volunteer_team t
    WHERE (t.founded_on IS NULL OR t.founded_on <= ${asOf}::date) AND ${reach.countyRecords('t')}`);
  const [volunteers] = await db.run(sql`
    SELECT count(*)::int AS n, count(v.member_id)::int AS "onRoster" FROM volunteer v
    WHERE ${volunteerInReach('v', reach)} AND ${reach.countyRecords('v')} AND EXISTS (
      SELECT 1 FROM volunteer_membership vm WHERE vm.volunteer_id = v.id
        AND vm.joined_on <= ${asOf}::date
        AND (vm.left_on IS NULL OR vm.left_on >= ${`${year}-01-01`}::date))`);
  const [activities] = await db.run(sql`
    SELECT count(*)::int AS n,
      count(*) FILTER (WHERE a.kind = ${ActivityKind.SCIENCE_LECTURE})::int AS lectures,
      coalesce(sum(a.beneficiaries) FILTER (WHERE a.kind = ${ActivityKind.SCIENCE_LECTURE}), 0)::int AS "lectureReach",
      count(*) FILTER (WHERE a.kind = ${ActivityKind.PERFORMANCE})::int AS performances,
      coalesce(sum(a.beneficiaries), 0)::int AS beneficiaries,
      coalesce(sum(s.couplets), 0)::int AS couplets,
      coalesce(sum((SELECT sum(d.amount_fen) FROM volunteer_donation d WHERE d.activity_id = a.id)), 0)::text AS "donationsFen",
      coalesce(sum((SELECT sum(h.hours) FROM volunteer_hours h WHERE h.activity_id = a.id)), 0)::text AS hours
    FROM activity a LEFT JOIN volunteer_service s ON s.activity_id = a.id
    WHERE a.organiser_kind = ${OrganiserKind.TEAM}
      AND a.starts_at >= ${chinaDayStart(`${year}-01-01`)}
      AND a.starts_at < ${chinaDayStart(sql`(${asOf}::date + 1)`)}
      AND ${activityInReach('a', reach)}`);
  return {
    teams: Number(teams.n),
    volunteers: Number(volunteers.n),
    rosterVolunteers: Number(volunteers.onRoster),
    activities: Number(activities.n),
    scienceLectures: Number(activities.lectures),
    scienceLectureReach: Number(activities.lectureReach),
    performances: Number(activities.performances),
    beneficiaries: Number(activities.beneficiaries),
    couplets: Number(activities.couplets),
    donationsFen: Number(activities.donationsFen),
    hours: Number(activities.hours),
  };
}
