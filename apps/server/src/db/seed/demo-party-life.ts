import type { Queryable } from '../../kernel/db/database';
import { raw, sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';
import { DEMO_COUNTY } from './demo-county';

/** The report's 2022 figure: 35 party-education sessions (党性教育活动) of the bureau. */
export const EDUCATION_SESSIONS_PER_YEAR = 35;

const EDUCATION_TOPICS = [
  '红色讲堂：学习党的二十大精神',
  '红色讲堂：重走青年毛泽东游学安化之路',
  '知识抢答：党章党规知多少',
  '演讲比赛：我的入党那一天',
  '座谈讨论：我看新时代新成就',
  '学原文读原著：《习近平谈治国理政》',
  '专题报告：全国离退休干部网上专题报告集中收看',
  '红色讲堂：安化走出去的妇女运动先驱刘炎',
];
const LECTURE_TOPICS = [
  '学习党章',
  '党史学习教育',
  '廉洁自律',
  '践行初心使命',
  '乡村振兴中的老党员',
];
const THEMES = ['重温入党誓词', '参观红色教育基地', '志愿服务进社区', '学习先进典型', '清洁家园'];
const PLACES = ['支部活动室', '老党员之家', '社区党群服务中心', '老干部活动中心会议室'];
const ABSENCE_REASONS = ['住院治疗', '在外地子女处', '身体不适', '家中有事'];

export interface DemoPartyLifeSummary {
  meetings: number;
  educationSessions: number;
  participants: number;
}

/**
 * 三会一课 and 组织生活 for every branch, and the bureau's party-education sessions, for the
 * report year 2022 and the current year up to `today`: most branches keep every required
 * meeting, some (about one in eight) fall behind. Members of the branch attend (支委会 its first
 * five, 党小组会 one group in three), most present, some excused, a few absent with a reason.
 * Set-based and deterministic.
 */
export async function seedDemoPartyLife(
  db: Queryable,
  today: CalendarDate,
): Promise<DemoPartyLifeSummary> {
  const thisYear = parts(today).year;
  const years = [...new Set([DEMO_FIRST_YEAR, thisYear])];
  const onRoll = (alias: string, day: string) => sql`${raw(alias)}.party_member
    AND (${raw(alias)}.death_date IS NULL OR ${raw(alias)}.death_date > ${raw(day)})
    AND (${raw(alias)}.transferred_out_on IS NULL OR ${raw(alias)}.transferred_out_on > ${raw(day)})
    AND (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = ${raw(alias)}.id) <= ${raw(day)}`;

  const [meetings] = await db.run(sql`
    WITH b AS (
      SELECT b.id, CASE WHEN ${dice('behind', 'b.id')} < 125 THEN 450 + ${dice('slack', 'b.id')} % 300
        ELSE 930 + ${dice('pace', 'b.id')} % 70 END AS share
      FROM branch b WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL
    ), r AS (
      SELECT s.kind, CASE s.frequency WHEN 'QUARTERLY' THEN 3 WHEN 'HALF_YEARLY' THEN 6 WHEN 'YEARLY' THEN 12
        ELSE 1 END AS months, s.frequency = 'NONE' AS optional
      FROM party_life_setting s
    ), slots AS (
      SELECT b.id AS branch_id, b.share, y.year, r.kind, r.optional, p.i,
        make_date(y.year, p.i * r.months + 1, 1) AS first_day,
        (make_date(y.year, p.i * r.months + 1, 1) + make_interval(months => r.months))::date - 1 AS last_day
      FROM b CROSS JOIN unnest(${years}::int[]) AS y(year) CROSS JOIN r
      CROSS JOIN LATERAL generate_series(0, 12 / r.months - 1) AS p(i)
    ), drawn AS (
      SELECT s.*, ${dice('d', "concat_ws(':', s.branch_id, s.kind, s.year, s.i)")} AS d,
        s.first_day + ${dice('day', "concat_ws(':', s.branch_id, s.kind, s.year, s.i)")} % (s.last_day - s.first_day + 1) AS day
      FROM slots s
      WHERE ${dice('held', "concat_ws(':', s.branch_id, s.kind, s.year, s.i)")} < CASE WHEN s.optional THEN s.share * 6 / 10 ELSE s.share END
    ), inserted AS (
      INSERT INTO activity (kind, title, starts_at, ends_at, place, organiser_kind, organiser_branch_id,
        summary, created_at, updated_at, bureau_id)
      SELECT d.kind,
        CASE d.kind
          WHEN 'BRANCH_MEMBERS_MEETING' THEN d.year || '年第' || (d.i + 1) || '季度支部党员大会'
          WHEN 'BRANCH_COMMITTEE_MEETING' THEN d.year || '年' || (d.i + 1) || '月支部委员会'
          WHEN 'PARTY_GROUP_MEETING' THEN d.year || '年' || (d.i + 1) || '月党小组会'
          WHEN 'PARTY_LECTURE' THEN '第' || (d.i + 1) || '季度党课：' || ${oneOf(LECTURE_TOPICS, raw('d.d'))}
          WHEN 'ORGANISATIONAL_LIFE_MEETING' THEN d.year || '年度组织生活会'
          WHEN 'DEMOCRATIC_APPRAISAL' THEN d.year || '年度民主评议党员'
          ELSE extract(month FROM d.day) || '月主题党日：' || ${oneOf(THEMES, raw('d.d'))}
        END,
        (d.day + time '09:00') AT TIME ZONE 'Asia/Shanghai',
        (d.day + time '11:00') AT TIME ZONE 'Asia/Shanghai',
        ${oneOf(PLACES, raw('d.d'))}, 'BRANCH', d.branch_id,
        CASE d.kind
          WHEN 'BRANCH_COMMITTEE_MEETING' THEN '研究本月支部工作，安排走访慰问和学习计划。'
          WHEN 'ORGANISATIONAL_LIFE_MEETING' THEN '对照检查，开展批评与自我批评，明确整改措施。'
          WHEN 'DEMOCRATIC_APPRAISAL' THEN '党员个人总结，互评，支部综合评定。'
          ELSE '传达学习上级精神，通报支部工作，讨论下一步安排。'
        END,
        (d.day + time '18:00') AT TIME ZONE 'Asia/Shanghai',
        (d.day + time '18:00') AT TIME ZONE 'Asia/Shanghai',
        (SELECT b.bureau_id FROM branch b WHERE b.id = d.branch_id)
      FROM drawn d WHERE d.day < ${today}::date
      ORDER BY d.day, d.branch_id, d.kind
      RETURNING id, organiser_branch_id AS branch_id, kind, (starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day
    ), ranked AS (
      SELECT m.*, row_number() OVER (PARTITION BY m.branch_id ORDER BY ${dice('rank', 'm.id')}, m.id) AS seat
      FROM member m WHERE m.party_member
    ), attended AS (
      INSERT INTO activity_participant (activity_id, member_id, attendance, absence_reason)
      SELECT i.id, m.id, a.attendance, CASE WHEN a.attendance = 'ABSENT' THEN ${oneOf(ABSENCE_REASONS, raw('a.d'))} END
      FROM inserted i
      JOIN ranked m ON m.branch_id = i.branch_id
      CROSS JOIN LATERAL (SELECT ${dice('attend', "concat_ws(':', i.id, m.id)")} AS d) x
      CROSS JOIN LATERAL (SELECT x.d, CASE WHEN x.d < 860 THEN 'PRESENT' WHEN x.d < 950 THEN 'EXCUSED' ELSE 'ABSENT' END AS attendance) a
      WHERE ${onRoll('m', 'i.day')}
        AND (i.kind <> 'BRANCH_COMMITTEE_MEETING' OR m.seat <= 5)
        AND (i.kind <> 'PARTY_GROUP_MEETING' OR m.seat % 3 = extract(month FROM i.day)::int % 3)
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM inserted) AS meetings, (SELECT count(*)::int FROM attended) AS participants`);

  const [education] = await db.run(sql`
    WITH slots AS (
      SELECT y.year, s.n, make_date(y.year, 1, 8) + (s.n - 1) * 10 + ${dice('edu-day', "concat_ws(':', y.year, s.n)")} % 7 AS day,
        ${dice('edu', "concat_ws(':', y.year, s.n)")} AS d
      FROM unnest(${years}::int[]) AS y(year)
      CROSS JOIN generate_series(1, ${EDUCATION_SESSIONS_PER_YEAR}::int) AS s(n)
    ), inserted AS (
      INSERT INTO activity (kind, title, starts_at, ends_at, place, organiser_kind, summary, created_at, updated_at,
        bureau_id)
      SELECT 'PARTY_EDUCATION', ${oneOf(EDUCATION_TOPICS, raw('s.n'))},
        (s.day + time '14:30') AT TIME ZONE 'Asia/Shanghai', (s.day + time '16:30') AT TIME ZONE 'Asia/Shanghai',
        '老干部活动中心 多功能厅', 'BUREAU', '“红色讲堂”点单式党性教育，老干部代表参加。',
        (s.day + time '18:00') AT TIME ZONE 'Asia/Shanghai', (s.day + time '18:00') AT TIME ZONE 'Asia/Shanghai',
        ${DEMO_COUNTY}
      FROM slots s WHERE s.day < ${today}::date
      ORDER BY s.day
      RETURNING id, (starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day
    ), chosen AS (
      SELECT i.id AS activity_id, m.id AS member_id, 48 + ${dice('edu-size', 'i.id')} % 16 AS present,
        row_number() OVER (PARTITION BY i.id ORDER BY ${dice('edu-pick', "concat_ws(':', i.id, m.id)")}, m.id) AS n
      FROM inserted i JOIN member m ON ${onRoll('m', 'i.day')}
    ), attended AS (
      INSERT INTO activity_participant (activity_id, member_id, attendance)
      SELECT activity_id, member_id, CASE WHEN n <= present THEN 'PRESENT' ELSE 'EXCUSED' END
      FROM chosen WHERE n <= present + 2
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM inserted) AS sessions, (SELECT count(*)::int FROM attended) AS participants`);

  return {
    meetings: Number(meetings.meetings),
    educationSessions: Number(education.sessions),
    participants: Number(meetings.participants) + Number(education.participants),
  };
}
