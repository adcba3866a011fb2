import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { CalendarDate } from '@wanxia/schema';
import { DEMO_COUNTY } from './demo-county';

/** Who opened the demo's sign-ups and signed members up. */
const CLERK = '局办公室 李明 (admin)';
const INTEGRATION = 'API token 微信小程序';

/**
 * The sign-ups open on the demo's day (网络报名): three of the bureau's activities and one of
 * the first branch of the secretary's general branch, days ahead, each opened six days ago and
 * closing before it starts; the first full with a waiting list, one with cancellations; some
 * signed up through the WeChat mini-program's token. And the current term's 智能手机应用 course,
 * while its term runs on for more than a week.
 */
const ACTIVITIES = [
  {
    title: '重阳节登高健步行',
    place: '东山公园',
    inDays: 12,
    capacity: 40,
    signUps: 46,
    cancelled: 0,
  },
  {
    title: '老干部健康知识讲座',
    place: '老干部活动中心 多功能厅',
    inDays: 16,
    capacity: 100,
    signUps: 37,
    cancelled: 0,
  },
  {
    title: '书画摄影作品展观展',
    place: '县文化馆',
    inDays: 20,
    capacity: 60,
    signUps: 14,
    cancelled: 2,
  },
  {
    title: '参观红色教育基地',
    place: '梅城镇 红色教育基地',
    inDays: 8,
    capacity: 20,
    signUps: 9,
    cancelled: 0,
    branch: true,
  },
];

export async function seedDemoSignup(db: Queryable, today: CalendarDate): Promise<void> {
  const [branch] = await db.run(sql`
    SELECT b.id FROM branch b
    WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL AND b.parent_id = (
      SELECT g.id FROM branch g WHERE g.kind = 'GENERAL_BRANCH' AND g.archived_at IS NULL
      ORDER BY g.name_pinyin, g.id LIMIT 1)
    ORDER BY b.name_pinyin, b.id LIMIT 1`);
  const opensAt = sql`((${today}::date - 6) + time '08:30') AT TIME ZONE 'Asia/Shanghai'`;
  for (const [index, a] of ACTIVITIES.entries()) {
    const day = sql`(${today}::date + ${a.inDays}::int)`;
    const branchKey = a.branch ? Number(branch.id) : null;
    const [activity] = await db.run(sql`
      INSERT INTO activity (kind, title, starts_at, ends_at, place, organiser_kind, organiser_branch_id,
        created_at, updated_at, bureau_id)
      VALUES ('OTHER', ${a.title}, (${day} + time '09:00') AT TIME ZONE 'Asia/Shanghai',
        (${day} + time '11:30') AT TIME ZONE 'Asia/Shanghai', ${a.place},
        ${branchKey === null ? 'BUREAU' : 'BRANCH'}, ${branchKey}, ${opensAt}, ${opensAt}, ${DEMO_COUNTY})
      RETURNING id`);
    await db.run(sql`
      INSERT INTO signup_window (activity_id, capacity, opens_at, closes_at, opened_by, created_at, updated_at)
      VALUES (${activity.id}, ${a.capacity}, ${opensAt},
        ((${day} - 3) + time '18:00') AT TIME ZONE 'Asia/Shanghai', ${CLERK}, ${opensAt}, ${opensAt})`);
    // Members on the roll (of the branch, for its activity), a different stretch for each.
    await db.run(sql`
      WITH picked AS (
        SELECT m.id, row_number() OVER (ORDER BY m.id)::int AS n FROM member m
        WHERE m.status = 'ACTIVE' AND (${branchKey}::int IS NULL OR m.branch_id = ${branchKey}::int)
          AND (${branchKey}::int IS NOT NULL OR m.id % 7 = ${index})
        ORDER BY m.id LIMIT ${a.signUps})
      INSERT INTO activity_signup (activity_id, member_id, status, signed_up_at, signed_up_by,
        promoted_at, cancelled_at, cancelled_by)
      SELECT ${activity.id}, p.id,
        CASE WHEN p.n <= ${a.cancelled} THEN 'CANCELLED'
          WHEN p.n - ${a.cancelled} <= ${a.capacity} THEN 'SIGNED_UP' ELSE 'WAITING' END,
        ${opensAt} + p.n * interval '41 minutes',
        CASE WHEN p.n % 3 = 0 THEN ${INTEGRATION} ELSE ${CLERK} END,
        NULL,
        CASE WHEN p.n <= ${a.cancelled} THEN ${opensAt} + p.n * interval '41 minutes' + interval '1 day' END,
        CASE WHEN p.n <= ${a.cancelled} THEN ${CLERK} END
      FROM picked p`);
  }
  await db.run(sql`
    INSERT INTO signup_window (course_id, opens_at, closes_at, opened_by, created_at, updated_at)
    SELECT c.id, ${opensAt}, ((${today}::date + 7) + time '18:00') AT TIME ZONE 'Asia/Shanghai', ${CLERK},
      ${opensAt}, ${opensAt}
    FROM course c
    WHERE c.name = '智能手机应用' AND c.term_starts_on <= ${today}::date
      AND c.term_ends_on > ${today}::date + 7`);
}
