import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import { activityInReach, chinaDayStart } from './activity.repository';
import { PARTY_LIFE_KINDS, type ActivityKind } from './activity-kinds';
import { complianceRows } from './compliance';
import type { PartyLifeStats } from './activity.types';

/**
 * A year's party-life figures from the records in reach, up to `asOf` (the year's end, or
 * today): education sessions and who attended, the branches' meetings by kind and their
 * attendance, and the branches behind on a required meeting.
 */
export async function partyLifeFigures(
  db: Queryable,
  reach: Reach,
  year: number,
  asOf: string,
): Promise<PartyLifeStats> {
  const inYear = sql`a.starts_at >= ${chinaDayStart(`${year}-01-01`)}
    AND a.starts_at < ${chinaDayStart(sql`(${asOf}::date + 1)`)} AND ${activityInReach('a', reach)}`;
  const [education] = await db.run(sql`
    SELECT count(*)::int AS sessions,
      coalesce(sum(a.external_attendance + (SELECT count(*) FROM activity_participant p
        WHERE p.activity_id = a.id AND p.attendance = 'PRESENT')), 0)::int AS attendees
    FROM activity a WHERE a.kind = 'PARTY_EDUCATION' AND ${inYear}`);
  const kinds = await db.run(sql`
    SELECT a.kind, count(*)::int AS n,
      sum((SELECT count(*) FROM activity_participant p WHERE p.activity_id = a.id))::int AS participants,
      sum((SELECT count(*) FROM activity_participant p WHERE p.activity_id = a.id AND p.attendance = 'PRESENT'))::int AS present
    FROM activity a
    WHERE a.organiser_kind = 'BRANCH' AND a.kind = ANY(${PARTY_LIFE_KINDS}) AND ${inYear}
    GROUP BY a.kind`);
  const [behind] = await db.run(sql`
    SELECT count(*) FILTER (WHERE c.behind)::int AS n
    FROM (${complianceRows(reach, { year, quarter: null, today: asOf }, sql`TRUE`)}) c`);
  const total = (field: string) => kinds.reduce((sum, k) => sum + Number(k[field]), 0);
  const participants = total('participants');
  return {
    educationSessions: Number(education.sessions),
    educationAttendees: Number(education.attendees),
    branchMeetings: total('n'),
    byKind: PARTY_LIFE_KINDS.map((kind: ActivityKind) => ({
      kind,
      count: Number(kinds.find((k) => k.kind === kind)?.n ?? 0),
    })),
    attendanceRate: participants ? total('present') / participants : null,
    branchesBehind: Number(behind.n),
  };
}
