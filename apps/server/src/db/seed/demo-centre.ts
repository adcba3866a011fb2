import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';
import { DEMO_COUNTY } from './demo-county';

/** Who keeps the centre's bookings in the demo. */
const CENTRE_CLERK = '活动中心 周干事';

/** The centre on the 3rd and 4th floors west of 安化大剧院 (2,600 m²), as the report lists it. */
const ROOMS = [
  {
    name: '多功能厅',
    capacity: 300,
    areaSqm: 620,
    equipment: ['舞台', '音响', '投影仪', '电子屏'],
  },
  { name: '排练室', capacity: 40, areaSqm: 160, equipment: ['音响', '镜墙', '钢琴'] },
  { name: '健身房', capacity: 30, areaSqm: 240, equipment: ['健身器材', '乒乓球台'] },
  { name: '书画室', capacity: 30, areaSqm: 150, equipment: ['书画案', '笔墨纸砚'] },
  { name: '会议室', capacity: 60, areaSqm: 140, equipment: ['投影仪', '电脑', '话筒'] },
  { name: '教室一', capacity: 40, areaSqm: 90, equipment: ['投影仪', '电脑'] },
  { name: '教室二', capacity: 30, areaSqm: 80, equipment: ['投影仪', '电子琴'] },
  { name: '教室三', capacity: 30, areaSqm: 80, equipment: ['投影仪'] },
];

/** The 老年大学's timetable, the same every term; no two of one room overlap. */
const COURSES = [
  { name: '声乐', teacher: '刘老师', room: '教室一', capacity: 40, slots: [[1, '09:00', '11:00']] },
  { name: '京剧', teacher: '陈老师', room: '排练室', capacity: 30, slots: [[2, '09:00', '11:00']] },
  {
    name: '葫芦丝',
    teacher: '李老师',
    room: '教室二',
    capacity: 30,
    slots: [[3, '09:00', '10:30']],
  },
  {
    name: '太极拳',
    teacher: '张老师',
    room: '健身房',
    capacity: 40,
    slots: [
      [1, '07:30', '08:30'],
      [4, '07:30', '08:30'],
    ],
  },
  { name: '书法', teacher: '周老师', room: '书画室', capacity: 30, slots: [[2, '14:30', '16:30']] },
  { name: '国画', teacher: '吴老师', room: '书画室', capacity: 25, slots: [[4, '14:30', '16:30']] },
  { name: '摄影', teacher: '黄老师', room: '教室三', capacity: 30, slots: [[5, '09:00', '11:00']] },
  {
    name: '电子琴',
    teacher: '赵老师',
    room: '教室二',
    capacity: 20,
    slots: [[5, '14:30', '16:00']],
  },
  { name: '舞蹈', teacher: '孙老师', room: '排练室', capacity: 35, slots: [[3, '14:30', '16:00']] },
  {
    name: '智能手机应用',
    teacher: '何老师',
    room: '教室一',
    capacity: 40,
    slots: [[4, '09:00', '10:30']],
  },
] as const;

const MEETINGS = ['老干部工作例会', '离退休干部座谈会', '协会理事会', '支部书记培训'];
const HALL_EVENTS = ['合唱团排练', '文艺汇演彩排', '门球协会年会', '书画作品展布展'];

export interface DemoCentreSummary {
  rooms: number;
  courses: number;
  bookings: number;
  enrolments: number;
}

/** The terms from 2022春季 to the one running (or last begun) on `today`: spring March–June, autumn September–December. */
function terms(today: CalendarDate) {
  const list: { term: string; startsOn: string; endsOn: string }[] = [];
  for (let year = DEMO_FIRST_YEAR; year <= parts(today).year; year++) {
    list.push({ term: `${year}春季`, startsOn: `${year}-03-01`, endsOn: `${year}-06-30` });
    list.push({ term: `${year}秋季`, startsOn: `${year}-09-01`, endsOn: `${year}-12-31` });
  }
  return list.filter((t) => t.startsOn <= today);
}

/**
 * The activity centre: its rooms; the 老年大学's timetable every term from 2022 to the current
 * one, each session a booking of its room, enrolled members (popular courses full, with a short
 * waiting list) and their attendance at the sessions held; the bureau's party-education
 * sessions booked in the 多功能厅; and meetings and rehearsals booked from 2022 to today.
 * Set-based and deterministic.
 */
export async function seedDemoCentre(
  db: Queryable,
  today: CalendarDate,
): Promise<DemoCentreSummary> {
  await db.run(sql`
    INSERT INTO centre_room (name, capacity, area_sqm, equipment, bureau_id)
    SELECT r.name, r.capacity, r.area_sqm, array(SELECT jsonb_array_elements_text(r.equipment)), ${DEMO_COUNTY}
    FROM jsonb_to_recordset(${JSON.stringify(ROOMS.map((r) => ({ ...r, area_sqm: r.areaSqm })))}::jsonb)
      AS r(name text, capacity int, area_sqm int, equipment jsonb)`);

  const timetable = terms(today).flatMap((t) =>
    COURSES.map((c) => ({
      name: c.name,
      teacher: c.teacher,
      room: c.room,
      capacity: c.capacity,
      term: t.term,
      starts_on: t.startsOn,
      ends_on: t.endsOn,
      schedule: c.slots.map(([weekday, startTime, endTime]) => ({ weekday, startTime, endTime })),
    })),
  );
  const [courses] = await db.run(sql`
    WITH inserted AS (
      INSERT INTO course (bureau_id, name, term, teacher, room_id, schedule, term_starts_on, term_ends_on, capacity, created_at, updated_at)
      SELECT r.bureau_id, c.name, c.term, c.teacher, r.id, c.schedule, c.starts_on, c.ends_on, c.capacity,
        (c.starts_on - 20 + time '10:00') AT TIME ZONE 'Asia/Shanghai', (c.starts_on - 20 + time '10:00') AT TIME ZONE 'Asia/Shanghai'
      FROM jsonb_to_recordset(${JSON.stringify(timetable)}::jsonb)
        AS c(name text, teacher text, room text, capacity int, term text, starts_on date, ends_on date, schedule jsonb)
      JOIN centre_room r ON r.name = c.room
      RETURNING id, room_id, name, schedule, term_starts_on, term_ends_on, capacity, created_at
    ), sessions AS (
      INSERT INTO room_booking (room_id, starts_at, ends_at, purpose, course_id, booked_by, created_at, updated_at)
      SELECT i.room_id, (d.day + s."startTime"::time) AT TIME ZONE 'Asia/Shanghai',
        (d.day + s."endTime"::time) AT TIME ZONE 'Asia/Shanghai', i.name, i.id, ${CENTRE_CLERK}, i.created_at, i.created_at
      FROM inserted i
      CROSS JOIN LATERAL jsonb_to_recordset(i.schedule) AS s(weekday int, "startTime" text, "endTime" text)
      CROSS JOIN LATERAL generate_series(i.term_starts_on, i.term_ends_on, interval '1 day') AS g(t)
      CROSS JOIN LATERAL (SELECT g.t::date AS day) d
      WHERE extract(isodow FROM d.day) = s.weekday
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM inserted) AS courses, (SELECT count(*)::int FROM sessions) AS sessions`);

  // Some 900 members come to the 老年大学; each course takes its places from them, a few
  // places spare, the popular courses full with a waiting list.
  const [enrolments] = await db.run(sql`
    WITH pool AS (
      SELECT m.id, m.death_date, m.transferred_out_on,
        (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = m.id) AS enrolled_on
      FROM member m WHERE ${dice('uni', 'm.id')} < 160
    ), ranked AS (
      SELECT c.id AS course_id, c.capacity, c.term_starts_on, c.created_at, p.id AS member_id,
        row_number() OVER (PARTITION BY c.id ORDER BY ${dice('pick', "concat_ws(':', c.id, p.id)")}, p.id) AS n,
        CASE WHEN ${dice('full', 'c.id')} < 400 THEN 0 ELSE 1 + ${dice('spare', 'c.id')} % 6 END AS spare
      FROM course c JOIN pool p ON p.enrolled_on <= c.term_starts_on
        AND (p.death_date IS NULL OR p.death_date > c.term_starts_on)
        AND (p.transferred_out_on IS NULL OR p.transferred_out_on > c.term_starts_on)
      WHERE ${dice('want', "concat_ws(':', c.id, p.id)")} < 200
    ), inserted AS (
      INSERT INTO course_enrolment (course_id, member_id, status, enrolled_by, created_at)
      SELECT r.course_id, r.member_id, CASE WHEN r.n <= r.capacity - r.spare THEN 'ENROLLED' ELSE 'WAITING' END,
        ${CENTRE_CLERK}, r.created_at + make_interval(hours => r.n::int)
      FROM ranked r
      WHERE r.n <= r.capacity - r.spare OR (r.spare = 0 AND r.n <= r.capacity + 1 + ${dice('queue', 'r.course_id')} % 3)
      ORDER BY r.course_id, r.n
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`);

  // Attendance at every session held before today: most enrolled come.
  await db.run(sql`
    INSERT INTO course_attendance (booking_id, member_id, present)
    SELECT rb.id, e.member_id, ${dice('came', "concat_ws(':', rb.id, e.member_id)")} < 850
    FROM room_booking rb JOIN course_enrolment e ON e.course_id = rb.course_id AND e.status = 'ENROLLED'
    WHERE rb.course_id IS NOT NULL AND rb.starts_at < ${today}::date::timestamp AT TIME ZONE 'Asia/Shanghai'`);

  // The bureau's party-education sessions (红色讲堂) are held in the 多功能厅.
  await db.run(sql`
    WITH hall AS (SELECT id FROM centre_room WHERE name = '多功能厅'),
    booked AS (
      INSERT INTO room_booking (room_id, starts_at, ends_at, purpose, activity_id, booked_by, created_at, updated_at)
      SELECT hall.id, a.starts_at, a.ends_at, a.title, a.id, ${CENTRE_CLERK}, a.created_at, a.created_at
      FROM activity a, hall
      WHERE a.organiser_kind = 'BUREAU' AND a.place LIKE '%多功能厅%'
      ORDER BY a.starts_at
      ON CONFLICT DO NOTHING
      RETURNING activity_id, room_id
    )
    UPDATE activity a SET room_id = b.room_id FROM booked b WHERE a.id = b.activity_id`);

  // Meetings in the 会议室 on some Tuesdays and Thursdays, rehearsals and events in the
  // 多功能厅 on some Saturday mornings, from 2022 to today.
  await db.run(sql`
    WITH days AS (
      SELECT d::date AS day, extract(isodow FROM d)::int AS dow
      FROM generate_series(${`${DEMO_FIRST_YEAR}-01-01`}::date, ${today}::date - 1, interval '1 day') AS d
    ), wanted AS (
      SELECT r.id AS room_id, d.day, time '09:00' AS starts, time '11:00' AS ends,
        ${oneOf(MEETINGS, dice('meeting-kind', 'd.day'))} AS purpose
      FROM days d JOIN centre_room r ON r.name = '会议室'
      WHERE d.dow IN (2, 4) AND ${dice('meeting', 'd.day')} < 350
      UNION ALL
      SELECT r.id, d.day, time '09:00', time '11:30', ${oneOf(HALL_EVENTS, dice('event-kind', 'd.day'))}
      FROM days d JOIN centre_room r ON r.name = '多功能厅'
      WHERE d.dow = 6 AND ${dice('event', 'd.day')} < 450
    )
    INSERT INTO room_booking (room_id, starts_at, ends_at, purpose, booked_by, created_at, updated_at)
    SELECT w.room_id, (w.day + w.starts) AT TIME ZONE 'Asia/Shanghai', (w.day + w.ends) AT TIME ZONE 'Asia/Shanghai',
      w.purpose, ${CENTRE_CLERK}, (w.day - 7 + time '10:00') AT TIME ZONE 'Asia/Shanghai',
      (w.day - 7 + time '10:00') AT TIME ZONE 'Asia/Shanghai'
    FROM wanted w ORDER BY w.day, w.room_id
    ON CONFLICT DO NOTHING`);
  const [total] = await db.run(sql`SELECT count(*)::int AS n FROM room_booking`);
  return {
    rooms: ROOMS.length,
    courses: Number(courses.courses),
    bookings: Number(total.n),
    enrolments: Number(enrolments.n),
  };
}
