import type { Queryable } from '../../kernel/db/database';
import { raw, sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';
import { DEMO_COUNTY } from './demo-county';

/**
 * The report's 2022 figures on works and learning: 26 essays awarded at the provincial or city
 * level, the video on 刘炎 with a provincial third prize, 40 and more research reports (42, of
 * which 17 adopted), and five cadres in the province's top eight of the learning platform.
 */
export const DEMO_EDUCATION_2022 = {
  essays: 36,
  essaysAwardedProvincialOrCity: 26,
  researchReports: 42,
  researchReportsAdopted: 17,
  provinceTopLearners: 5,
  video: '安化走出去的妇女运动先驱——刘炎',
} as const;

const ESSAY_THEMES = [
  '我与祖国共成长',
  '喜迎二十大 永远跟党走',
  '我看家乡新变化',
  '老党员的初心',
  '红色安化',
  '茶乡巨变',
  '我的入党故事',
  '乡村振兴路上的老干部',
];
const RESEARCH_AREAS = ['交通', '水利', '林业', '茶旅', '农村饮水', '乡村振兴', '养老服务'];
const SUBMITTED_TO = ['县委', '县人大常委会', '县人民政府', '县政协'];
const RED_STORIES = ['梅山深处的红色足迹', '安化游击队的故事', '老区人民支前记', '烈士家书背后'];
const CHRONICLES = ['安化县老干部工作志', '安化县离退休干部党建工作志'];
const VIDEOS = ['银发生辉', '茶乡老党员风采录'];

const LECTURES: [string, string, number, 'ON_SITE' | 'VIDEO'][] = [
  ['学习党的二十大精神', '县委党校 宣讲团', 90, 'ON_SITE'],
  ['重走青年毛泽东游学安化之路', '县党史研究室', 90, 'ON_SITE'],
  ['安化走出去的妇女运动先驱刘炎', '县老干部宣讲团', 60, 'ON_SITE'],
  ['梅山红色故事', '县老干部宣讲团', 60, 'VIDEO'],
  ['党章党规学习', '县纪委监委 宣教室', 60, 'ON_SITE'],
  ['新时代老干部工作', '县委老干部局', 45, 'VIDEO'],
];

export interface DemoEducationSummary {
  works: number;
  learningPoints: number;
  lectureOrders: number;
}

/**
 * Works with their authors from the roster, from 2022 to today, the learning points of the
 * county's learners on the provincial platform for every month that has ended, and the 红色讲堂's
 * catalogue with the branches' orders (the bureau's 红色讲堂 sessions held them: no session is
 * added, so the year's 35 stay 35). Set-based and
 * deterministic; 2022 holds the report's figures exactly, later years about as many (the
 * current year in proportion to its days gone).
 */
export async function seedDemoEducation(
  db: Queryable,
  today: CalendarDate,
): Promise<DemoEducationSummary> {
  const thisYear = parts(today).year;
  const years = Array.from(
    { length: thisYear - DEMO_FIRST_YEAR + 1 },
    (_, i) => DEMO_FIRST_YEAR + i,
  );
  const f = DEMO_EDUCATION_2022;
  const onRoll = (alias: string, day: string) => sql`
    (${raw(alias)}.death_date IS NULL OR ${raw(alias)}.death_date > ${raw(day)})
    AND (${raw(alias)}.transferred_out_on IS NULL OR ${raw(alias)}.transferred_out_on > ${raw(day)})
    AND (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = ${raw(alias)}.id) <= ${raw(day)}`;

  const [works] = await db.run(sql`
    WITH y AS (
      SELECT y.year, y.year = ${DEMO_FIRST_YEAR} AS fixed,
        CASE WHEN y.year = ${thisYear} THEN (${today}::date - make_date(y.year, 1, 1)) / 365.0 ELSE 1 END AS share
      FROM unnest(${years}::int[]) AS y(year)
    ), k AS (
      SELECT y.year, y.fixed, k.kind, k.i,
        CASE WHEN y.fixed THEN k.total
          ELSE floor((k.total - 4 + ${dice('works', "concat_ws(':', y.year, k.kind)")} % 9) * y.share)::int END AS total
      FROM y CROSS JOIN (VALUES ('ESSAY', ${f.essays}, 1), ('VIDEO', 1, 2), ('RESEARCH_REPORT', ${f.researchReports}, 3),
        ('RED_STORY', 6, 4), ('CHRONICLE', 2, 5)) AS k(kind, total, i)
    ), plan AS (
      SELECT k.year, k.fixed, k.kind, k.i, s.n, k.total,
        ${dice('work', "concat_ws(':', k.year, k.kind, s.n)")} AS d
      FROM k CROSS JOIN LATERAL generate_series(1, greatest(k.total, 0)) AS s(n)
    ), shaped AS (
      SELECT p.*,
        CASE
          WHEN p.kind = 'ESSAY' AND p.n <= round(p.total * 8 / ${f.essays}::numeric) THEN 'PROVINCIAL'
          WHEN p.kind = 'ESSAY' AND p.n <= round(p.total * ${f.essaysAwardedProvincialOrCity}::int / ${f.essays}::numeric) THEN 'CITY'
          WHEN p.kind = 'ESSAY' AND p.n <= round(p.total * 32 / ${f.essays}::numeric) THEN 'COUNTY'
          WHEN p.kind = 'VIDEO' AND p.fixed THEN 'PROVINCIAL'
          WHEN p.kind = 'VIDEO' AND p.n = 1 THEN 'CITY'
          WHEN p.kind IN ('RED_STORY', 'CHRONICLE') AND p.n = 1 THEN 'CITY'
        END AS level
      FROM plan p
    ), inserted AS (
      INSERT INTO work (kind, title, year, topic_area, submitted_to, adopted, award_level, award_grade, created_at, updated_at)
      SELECT s.kind,
        CASE s.kind
          WHEN 'ESSAY' THEN '征文：' || ${oneOf(ESSAY_THEMES, raw('s.n'))} || '（' || s.year || '·' || s.n || '）'
          WHEN 'VIDEO' THEN CASE WHEN s.fixed THEN ${f.video} ELSE ${oneOf(VIDEOS, raw('s.n'))} || '（' || s.year || '）' END
          WHEN 'RESEARCH_REPORT' THEN '关于' || ${oneOf(RESEARCH_AREAS, raw('s.n'))} || '工作的调研报告（' || s.year || '-' || s.n || '）'
          WHEN 'RED_STORY' THEN ${oneOf(RED_STORIES, raw('s.n'))} || '（' || s.year || '）'
          ELSE ${oneOf(CHRONICLES, raw('s.n'))} || '（' || s.year || '年卷）'
        END,
        s.year,
        CASE WHEN s.kind = 'RESEARCH_REPORT' THEN ${oneOf(RESEARCH_AREAS, raw('s.n'))} END,
        CASE WHEN s.kind = 'RESEARCH_REPORT' THEN ${oneOf(SUBMITTED_TO, raw('s.d'))}
          WHEN s.level IS NOT NULL THEN CASE s.level WHEN 'PROVINCIAL' THEN '省委老干部局' WHEN 'CITY' THEN '市委老干部局' ELSE '县委老干部局' END END,
        CASE WHEN s.kind = 'RESEARCH_REPORT' THEN
          CASE WHEN s.fixed THEN s.n <= ${f.researchReportsAdopted} ELSE s.d < 400 END END,
        s.level,
        CASE WHEN s.kind = 'VIDEO' AND s.fixed THEN 'THIRD'
          WHEN s.level IS NOT NULL THEN (ARRAY['FIRST', 'SECOND', 'SECOND', 'THIRD', 'THIRD', 'THIRD', 'EXCELLENCE'])[1 + s.d % 7] END,
        (make_date(s.year, 1, 1) + (s.n * 7) % 330 + time '10:00') AT TIME ZONE 'Asia/Shanghai',
        (make_date(s.year, 1, 1) + (s.n * 7) % 330 + time '10:00') AT TIME ZONE 'Asia/Shanghai'
      FROM shaped s
      ORDER BY s.year, s.i, s.n
      RETURNING id, year, kind
    ), pool AS (
      SELECT y.year, m.id AS member_id,
        row_number() OVER (PARTITION BY y.year ORDER BY ${dice('author', "concat_ws(':', y.year, m.id)")}, m.id) AS seat,
        count(*) OVER (PARTITION BY y.year) AS size
      FROM unnest(${years}::int[]) AS y(year) JOIN member m ON ${onRoll('m', 'make_date(y.year, 1, 1)')}
    ), authored AS (
      INSERT INTO work_author (work_id, member_id, position)
      SELECT i.id, p.member_id, a.position
      FROM inserted i
      CROSS JOIN LATERAL generate_series(1, CASE WHEN i.kind IN ('RESEARCH_REPORT', 'CHRONICLE')
        THEN 1 + ${dice('coauthors', 'i.id')} % 3 ELSE 1 END) AS a(position)
      JOIN pool p ON p.year = i.year AND p.seat = 1 + (i.id * 37 + a.position * 101) % p.size
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM inserted) AS works, (SELECT count(*)::int FROM authored) AS authors`);

  // Learners: about one member in sixteen; five of them rank in the province's top eight.
  const [points] = await db.run(sql`
    WITH learners AS (
      SELECT m.id, ${dice('talent', 'm.id')} AS talent,
        row_number() OVER (ORDER BY (SELECT min(bm.started_on) FROM branch_membership bm
          WHERE bm.member_id = m.id) < make_date(${DEMO_FIRST_YEAR}, 1, 1) DESC, ${dice('star', 'm.id')}, m.id) AS star
      FROM member m
      WHERE ${dice('elearn', 'm.id')} < 62 AND m.death_date IS NULL AND m.transferred_out_on IS NULL
    ), months AS (
      SELECT month::date FROM generate_series(make_date(${DEMO_FIRST_YEAR}, 1, 1)::timestamp,
        date_trunc('month', ${today}::timestamp) - interval '1 month', interval '1 month') AS month
    ), inserted AS (
      INSERT INTO learning_points (member_id, month, points, province_rank, imported_at)
      SELECT l.id, mo.month,
        CASE WHEN l.star <= ${f.provinceTopLearners} THEN 2600 + ${dice('pts', "concat_ws(':', l.id, mo.month)")} % 300
          ELSE 300 + l.talent + ${dice('pts', "concat_ws(':', l.id, mo.month)")} % 800 END,
        CASE WHEN l.star <= ${f.provinceTopLearners}
            AND extract(month FROM mo.month)::int % ${f.provinceTopLearners} = l.star - 1
          THEN l.star + 2
          WHEN l.star <= ${f.provinceTopLearners} THEN 9 + ${dice('prank', "concat_ws(':', l.id, mo.month)")} % 40
          ELSE 60 + (2000 - l.talent) * 12 + ${dice('prank', "concat_ws(':', l.id, mo.month)")} * 5 END,
        ((mo.month + interval '1 month' + interval '3 days')::date + time '09:00') AT TIME ZONE 'Asia/Shanghai'
      FROM learners l JOIN member m ON m.id = l.id JOIN months mo ON ${onRoll('m', 'mo.month')}
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`);

  // The 红色讲堂 catalogue; the bureau's 红色讲堂 sessions were branches' orders, held and rated;
  // this year a few more are ordered, scheduled or cancelled.
  await db.run(sql`
    INSERT INTO lecture (topic, lecturer, minutes, format, created_at, updated_at, bureau_id)
    SELECT l.topic, l.lecturer, l.minutes, l.format, make_date(${DEMO_FIRST_YEAR}, 1, 1), make_date(${DEMO_FIRST_YEAR}, 1, 1), ${DEMO_COUNTY}
    FROM unnest(${LECTURES.map((l) => l[0])}::text[], ${LECTURES.map((l) => l[1])}::text[],
      ${LECTURES.map((l) => l[2])}::int[], ${LECTURES.map((l) => l[3])}::text[]) AS l(topic, lecturer, minutes, format)`);
  const [orders] = await db.run(sql`
    WITH s AS (
      SELECT a.id, a.starts_at, a.place, row_number() OVER (ORDER BY a.starts_at, a.id) AS n
      FROM activity a WHERE a.kind = 'PARTY_EDUCATION' AND a.organiser_kind = 'BUREAU' AND a.title LIKE '红色讲堂%'
    ), br AS (
      SELECT b.id, row_number() OVER (ORDER BY ${dice('order-branch', 'b.id')}, b.id) AS n, count(*) OVER () AS c
      FROM branch b WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL
    ), lec AS (
      SELECT l.id, l.lecturer, row_number() OVER (ORDER BY l.id) AS n, count(*) OVER () AS c FROM lecture l
    ), held AS (
      INSERT INTO lecture_order (lecture_id, branch_id, wished_from, wished_to, note, state, starts_at, place,
        lecturer, activity_id, created_at, updated_at)
      SELECT lec.id, br.id, (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date - 30,
        (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date + 10, '希望结合支部主题党日安排', 'HELD', s.starts_at, s.place,
        lec.lecturer, s.id, s.starts_at - interval '40 days', s.starts_at
      FROM s JOIN br ON br.n = 1 + (s.n * 7) % br.c JOIN lec ON lec.n = 1 + s.n % lec.c
      RETURNING id, activity_id
    ), rated AS (
      INSERT INTO lecture_rating (order_id, member_id, score)
      SELECT h.id, p.member_id, 3 + ${dice('score', "concat_ws(':', h.id, p.member_id)")} % 3
      FROM held h JOIN activity_participant p ON p.activity_id = h.activity_id AND p.attendance = 'PRESENT'
      WHERE ${dice('rates', "concat_ws(':', h.id, p.member_id)")} < 600
      RETURNING 1
    ), open AS (
      INSERT INTO lecture_order (lecture_id, branch_id, wished_from, wished_to, note, state, starts_at, place,
        lecturer, cancel_reason, created_at, updated_at)
      SELECT lec.id, br.id, ${today}::date + 7 * k.n, ${today}::date + 7 * k.n + 30, NULL, k.state,
        CASE WHEN k.state = 'SCHEDULED' THEN ((${today}::date + 7 * k.n + 3) + time '09:00') AT TIME ZONE 'Asia/Shanghai' END,
        CASE WHEN k.state = 'SCHEDULED' THEN '支部活动室' END,
        CASE WHEN k.state = 'SCHEDULED' THEN lec.lecturer END,
        CASE WHEN k.state = 'CANCELLED' THEN '支部另有安排，改期再报' END,
        ((${today}::date - 2 * k.n) + time '10:00') AT TIME ZONE 'Asia/Shanghai',
        ((${today}::date - 2 * k.n) + time '10:00') AT TIME ZONE 'Asia/Shanghai'
      FROM (VALUES (1, 'ORDERED'), (2, 'ORDERED'), (3, 'ORDERED'), (4, 'SCHEDULED'), (5, 'SCHEDULED'), (6, 'CANCELLED'))
        AS k(n, state)
      JOIN br ON br.n = 3 + k.n JOIN lec ON lec.n = 1 + k.n % lec.c
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM held) + (SELECT count(*)::int FROM open) AS n`);

  return {
    works: Number(works.works),
    learningPoints: Number(points.n),
    lectureOrders: Number(orders.n),
  };
}
