import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { type CalendarDate, MEDAL_PARTY_YEARS, parts } from '@wanxia/schema';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';
import { DEMO_COUNTY } from './demo-county';

/** The report's 2022 figures: 2 county party congress delegates, 1 county people's deputy. */
export const DEMO_REPRESENTATIVES = { partyCongress: 2, peoplesCongress: 1 } as const;

const OUTSIDE_NAMES = ['刘建华', '陈桂英', '李志强', '王淑珍', '张国平', '谭秋云'];
const CEREMONY_70TH = '庆祝中华人民共和国成立70周年纪念章颁发仪式';
const ISSUED_BY_70TH = '中共中央、国务院、中央军委（县委老干部局代发）';
const CEREMONY_50 = '庆祝中国共产党成立100周年“光荣在党50年”纪念章颁发仪式';
const ISSUED_BY_50 = '中共中央（县委组织部、县委老干部局代发）';

/** The bureau's ceremonies and political events of a year: kind, title, month, day, invited. */
const EVENTS: readonly [string, string, number, number, number][] = [
  ['POLITICAL_EVENT', '列席县“两会”开幕会', 1, 12, 12],
  ['SYMPOSIUM', '“我看新时代新成就”老干部座谈会', 3, 16, 20],
  ['INSPECTION', '老干部视察工农业生产项目', 5, 18, 15],
  ['HONORARY_RETIREMENT', '干部荣誉退休仪式', 6, 28, 8],
  ['POLITICAL_EVENT', '“七一”庆祝大会', 7, 1, 20],
  ['POLITICAL_BIRTHDAY', '老党员集体过政治生日', 7, 8, 25],
  ['SYMPOSIUM', '新春座谈会暨老干部工作通报会', 9, 20, 18],
  ['POLITICAL_EVENT', '国庆升旗仪式', 10, 1, 15],
  ['HONORARY_RETIREMENT', '干部荣誉退休仪式', 12, 18, 8],
];

export interface DemoPartyOrgSummary {
  elections: number;
  assessments: number;
  medals: number;
  events: number;
}

/**
 * 组织建设 and 荣誉 of the demo county: every branch's committee elections (换届) every three
 * years from 2019–2021 on (most in office, some due within three months, a few branches late
 * with their election, so overdue), the yearly assessments from 2022, the report's 2022
 * representatives, the 70th-anniversary medals of 2019 and the 50-year medals of 2021 to those
 * eligible, and the bureau's ceremonies and political events of 2022 and this year. Set-based
 * and deterministic.
 */
export async function seedDemoPartyOrg(
  db: Queryable,
  today: CalendarDate,
): Promise<DemoPartyOrgSummary> {
  const thisYear = parts(today).year;
  const [elections] = await db.run(sql`
    WITH b AS (
      SELECT b.id, b.secretary_id,
        greatest(date '2019-01-10' + ${dice('anchor', 'b.id')} * 1095 / 1000, coalesce(b.founded_on, date '2019-01-10') + 30) AS anchor,
        ${dice('late', 'b.id')} < 150 AS late
      FROM branch b WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL
    ), held AS (
      SELECT b.id AS branch_id, b.secretary_id, b.late, (b.anchor + make_interval(years => 3 * k))::date AS day,
        row_number() OVER (PARTITION BY b.id ORDER BY k DESC) AS recent
      FROM b CROSS JOIN generate_series(0, 5) AS k
      WHERE (b.anchor + make_interval(years => 3 * k))::date <= ${today}::date
    ), kept AS (
      SELECT h.*, row_number() OVER (PARTITION BY h.branch_id ORDER BY h.day DESC) AS latest
      FROM held h WHERE NOT (h.late AND h.recent = 1 AND h.day > ${today}::date - 365)
    ), terms AS (
      INSERT INTO committee_term (branch_id, elected_on, term_years, remarks, created_at)
      SELECT k.branch_id, k.day, 3, '支部党员大会选举产生新一届支部委员会',
        (k.day + time '18:00') AT TIME ZONE 'Asia/Shanghai'
      FROM kept k ORDER BY k.day, k.branch_id
      RETURNING id, branch_id, elected_on
    ), current AS (
      SELECT t.*, t.elected_on = max(t.elected_on) OVER (PARTITION BY t.branch_id) AS in_office FROM terms t
    ), ranked AS (
      SELECT t.id AS term_id, m.id AS member_id,
        row_number() OVER (PARTITION BY t.id
          ORDER BY (t.in_office AND m.id = b.secretary_id) DESC, (m.status = 'ACTIVE') DESC,
            ${dice('seat', "concat_ws(':', t.id, m.id)")}, m.id) AS seat
      FROM current t JOIN branch b ON b.id = t.branch_id
      JOIN member m ON m.branch_id = t.branch_id AND m.party_member
    ), seats AS (
      INSERT INTO committee_seat (term_id, position, member_id, name)
      SELECT r.term_id,
        (ARRAY['SECRETARY', 'DEPUTY_SECRETARY', 'ORGANISATION', 'PROPAGANDA', 'DISCIPLINE'])[r.seat],
        CASE WHEN r.seat = 2 AND ${dice('outside', 'r.term_id')} < 100 THEN NULL ELSE r.member_id END,
        CASE WHEN r.seat = 2 AND ${dice('outside', 'r.term_id')} < 100
          THEN ${oneOf(OUTSIDE_NAMES, dice('who', 'r.term_id'))} END
      FROM ranked r WHERE r.seat <= 5
      ORDER BY r.term_id, r.seat
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM terms) AS n, (SELECT count(*)::int FROM seats) AS seats`);

  const [assessments] = await db.run(sql`
    WITH inserted AS (
      INSERT INTO branch_assessment (branch_id, year, rating, reviewed_on, remarks)
      SELECT b.id, y.year,
        CASE WHEN b.demonstration_year <= y.year OR d.d < 450 THEN 'GOOD' WHEN d.d < 800 THEN 'FAIRLY_GOOD'
          WHEN d.d < 960 THEN 'AVERAGE' ELSE 'POOR' END,
        d.day,
        CASE WHEN d.d >= 960 THEN '三会一课落实不到位，限期整改' ELSE '述职评议，班子运行正常' END
      FROM branch b CROSS JOIN generate_series(${DEMO_FIRST_YEAR}::int, ${thisYear - 1}::int) AS y(year)
      CROSS JOIN LATERAL (SELECT ${dice('rating', "concat_ws(':', b.id, y.year)")} AS d,
        make_date(y.year + 1, 1, 8) + ${dice('review', "concat_ws(':', b.id, y.year)")} % 20 AS day) d
      WHERE b.kind = 'BRANCH' AND b.archived_at IS NULL AND d.day < ${today}::date
      ORDER BY y.year, b.id
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`);

  await db.run(sql`
    WITH c AS (
      SELECT m.id, row_number() OVER (ORDER BY ${dice('representative', 'm.id')}, m.id) AS n
      FROM member m
      WHERE m.party_member AND m.status = 'ACTIVE' AND m.birth_date > date '1948-01-01'
        AND (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = m.id) <= date '2021-01-01'
    )
    INSERT INTO representative_role (member_id, kind, level, term_from, term_to)
    SELECT c.id, r.kind, 'COUNTY', r.term_from, r.term_to FROM c
    JOIN (VALUES (1, 'PARTY_CONGRESS', date '2021-09-26', date '2026-09-25'),
                 (2, 'PARTY_CONGRESS', date '2021-09-26', date '2026-09-25'),
                 (3, 'PEOPLES_CONGRESS', date '2021-12-28', date '2026-12-27')) AS r(n, kind, term_from, term_to)
      ON r.n = c.n
    ORDER BY c.n`);

  // Each medal to those eligible on the day it was handed over, and on the roster by then.
  const onRollOn = (day: string) => sql`(m.death_date IS NULL OR m.death_date > ${day}::date)
    AND (m.transferred_out_on IS NULL OR m.transferred_out_on > ${day}::date)
    AND (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = m.id) <= ${day}::date`;
  const [medals] = await db.run(sql`
    WITH seventy AS (
      INSERT INTO medal_award (member_id, medal, issued_on, ceremony, issued_by)
      SELECT m.id, 'PRC_70TH_ANNIVERSARY', date '2019-09-29', ${CEREMONY_70TH}, ${ISSUED_BY_70TH}
      FROM member m WHERE m.retirement_date < date '2019-10-01' AND ${onRollOn('2019-09-29')}
      ORDER BY m.id
      RETURNING 1
    ), fifty AS (
      INSERT INTO medal_award (member_id, medal, issued_on, ceremony, issued_by)
      SELECT m.id, 'PARTY_50_YEARS', date '2021-06-30', ${CEREMONY_50}, ${ISSUED_BY_50}
      FROM member m CROSS JOIN member_setting s
      WHERE m.party_member AND ${onRollOn('2021-06-30')}
        AND (m.party_standing_from + ${`${MEDAL_PARTY_YEARS} years`}::interval)::date
          <= make_date(2021, s.medal_cutoff_month, s.medal_cutoff_day)
      ORDER BY m.id
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM seventy) + (SELECT count(*)::int FROM fifty) AS n`);

  const years = [...new Set([DEMO_FIRST_YEAR, thisYear])];
  const [events] = await db.run(sql`
    WITH e AS (
      SELECT e.kind, e.title, e.invited, make_date(y.year, e.month, e.day) AS day
      FROM unnest(${years}::int[]) AS y(year)
      CROSS JOIN jsonb_to_recordset(${JSON.stringify(
        EVENTS.map(([kind, title, month, day, invited]) => ({ kind, title, month, day, invited })),
      )}::jsonb) AS e(kind text, title text, month int, day int, invited int)
    ), inserted AS (
      INSERT INTO activity (kind, title, starts_at, ends_at, place, organiser_kind, summary, created_at, updated_at,
        bureau_id)
      SELECT e.kind, extract(year FROM e.day) || '年' || e.title,
        (e.day + time '09:00') AT TIME ZONE 'Asia/Shanghai', (e.day + time '11:30') AT TIME ZONE 'Asia/Shanghai',
        CASE e.kind WHEN 'INSPECTION' THEN '县经济开发区' WHEN 'POLITICAL_EVENT' THEN '县政府广场及县会议中心'
          ELSE '老干部活动中心 多功能厅' END,
        'BUREAU', '邀请老干部代表参加。',
        (e.day + time '18:00') AT TIME ZONE 'Asia/Shanghai', (e.day + time '18:00') AT TIME ZONE 'Asia/Shanghai',
        ${DEMO_COUNTY}
      FROM e WHERE e.day < ${today}::date
      ORDER BY e.day, e.kind
      RETURNING id, kind, (starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day
    ), chosen AS (
      SELECT i.id AS activity_id, m.id AS member_id, x.invited,
        row_number() OVER (PARTITION BY i.id ORDER BY ${dice('invite', "concat_ws(':', i.id, m.id)")}, m.id) AS n
      FROM inserted i JOIN e x ON x.day = i.day AND x.kind = i.kind
      JOIN member m ON m.status <> 'TRANSFERRED_OUT'
        AND (m.death_date IS NULL OR m.death_date > i.day)
        AND (SELECT min(bm.started_on) FROM branch_membership bm WHERE bm.member_id = m.id) <= i.day
        AND (i.kind <> 'HONORARY_RETIREMENT' OR m.retirement_date BETWEEN i.day - 200 AND i.day)
        AND (i.kind <> 'POLITICAL_BIRTHDAY' OR (m.party_member AND extract(month FROM m.party_join_date) = 7))
    ), attended AS (
      INSERT INTO activity_participant (activity_id, member_id, attendance)
      SELECT activity_id, member_id, 'PRESENT' FROM chosen WHERE n <= invited
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM inserted) AS n, (SELECT count(*)::int FROM attended) AS participants`);

  return {
    elections: Number(elections.n),
    assessments: Number(assessments.n),
    medals: Number(medals.n),
    events: Number(events.n),
  };
}
