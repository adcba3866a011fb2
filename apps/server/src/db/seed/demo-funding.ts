import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { type CalendarDate, parts } from '@wanxia/schema';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';
import { DEMO_COUNTY } from './demo-county';

const YUAN = 100;

/** The county's yearly lines (DOMAIN.md, Money) and the one-off projects of 2022. */
const YEARLY_LINES = [
  { category: 'CENTRE_OPERATIONS', name: '老干部活动中心运行经费', yuan: 580_000 },
  { category: 'ASSISTANCE', name: '帮扶慰问经费', yuan: 300_000 },
  { category: 'BRANCH_BUILDING', name: '离退休干部党支部创建经费', yuan: 200_000 },
  { category: 'ACTIVITIES', name: '文体活动经费', yuan: 150_000 },
];
/** The year of the one-off projects, whose instalments are dated. */
const PROJECT_YEAR = 2022;
const PROJECTS_2022 = [
  { category: 'FACILITIES', name: '老干部活动中心提质改造', yuan: 1_280_000 },
  { category: 'FACILITIES', name: '门球场建设（两片）', yuan: 706_000 },
];
/** Each general branch's own activity money. */
const BRANCH_LINE_YUAN = 20_000;

const MONTHLY_BILLS = [
  { payee: '国网安化县供电公司', purpose: '活动中心电费', yuan: 16_000 },
  { payee: '安化县自来水公司', purpose: '活动中心水费', yuan: 3_500 },
  { payee: '安化县物业服务中心', purpose: '活动中心物业管理费', yuan: 15_000 },
  { payee: '安化县邮政分公司', purpose: '报刊订阅及阅览室耗材', yuan: 4_200 },
];
/** Condolence sums handed over on visits, by occasion. */
const VISIT_SUMS = { HOSPITALIZATION: 300, BEREAVEMENT: 1_000, DISASTER: 2_000 } as const;
const AWARDS = { PROVINCIAL: 10_000, CITY: 5_000, COUNTY: 3_000 } as const;
const BRANCH_ACTIVITIES = ['门球友谊赛', '重阳节文艺汇演', '合唱团排练及服装', '书画展布展'];
const VOID_REASONS = ['重复录入', '收款人信息有误，已重新登记'];

const CLERK = '局办公室 刘会计';
const DIRECTOR = '局长 刘建华';

export interface DemoFundingSummary {
  budgets: number;
  disbursements: number;
}

/**
 * The bureau's money from `firstYear` (2022) to `today`: the county's yearly lines and the 2022 projects, a line
 * per general branch, and the payments made from them — monthly bills, condolence sums paid on
 * the demo visits, awards to demonstration branches, project instalments — mostly paid, the
 * latest approved or still drafts, a few voided. No line is ever overdrawn (the running sum per
 * line stops within its amount), and the lines' totals are computed from the payments.
 */
export async function seedDemoFunding(
  db: Queryable,
  today: CalendarDate,
  firstYear = DEMO_FIRST_YEAR,
): Promise<DemoFundingSummary> {
  const lastYear = parts(today).year;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const county = years.flatMap((year) => [
    ...YEARLY_LINES.map((l) => ({ ...l, year })),
    ...(year === PROJECT_YEAR ? PROJECTS_2022.map((l) => ({ ...l, year })) : []),
  ]);
  await db.run(sql`
    INSERT INTO budget (year, category, name, amount_fen, created_at, updated_at, bureau_id)
    SELECT l.year, l.category, l.name, l.yuan * ${YUAN}::int, make_date(l.year, 1, 5)::timestamptz, make_date(l.year, 1, 5)::timestamptz,
      ${DEMO_COUNTY}
    FROM jsonb_to_recordset(${JSON.stringify(county)}::jsonb) AS l(year int, category text, name text, yuan bigint)
    ORDER BY l.year, l.name`);
  await db.run(sql`
    INSERT INTO budget (year, category, name, amount_fen, branch_id, created_at, updated_at, bureau_id)
    SELECT y.year, 'ACTIVITIES', b.name || '活动经费', ${BRANCH_LINE_YUAN * YUAN}::bigint, b.id,
      make_date(y.year, 1, 5)::timestamptz, make_date(y.year, 1, 5)::timestamptz, b.bureau_id
    FROM branch b CROSS JOIN unnest(${years}::int[]) AS y(year)
    WHERE b.kind = 'GENERAL_BRANCH' ORDER BY y.year, b.id`);

  // Every payment the bureau would have made, before the lines' limits are applied.
  await db.run(sql`
    CREATE TEMP TABLE demo_payment (
      budget_id int, amount_fen bigint, purpose text, payee_kind text, payee_name text,
      member_id int, branch_id int, visit_id int, disbursed_on date
    ) ON COMMIT DROP`);
  const line = (category: string) => sql`(SELECT id FROM budget WHERE branch_id IS NULL
    AND category = ${category} AND year = extract(year FROM p.day)::int ORDER BY id LIMIT 1)`;
  await db.run(sql`
    INSERT INTO demo_payment (budget_id, amount_fen, purpose, payee_kind, payee_name, disbursed_on)
    SELECT ${line('CENTRE_OPERATIONS')}, (bill.yuan * (900 + ${dice('bill', 'p.day || bill.purpose')} % 200) / 1000) * ${YUAN}::int,
      bill.purpose || '（' || extract(month FROM p.day) || '月）', 'OTHER', bill.payee, p.day
    FROM generate_series(${`${firstYear}-01-25`}::date, ${today}::date, interval '1 month') AS g(d)
    CROSS JOIN LATERAL (SELECT g.d::date AS day) AS p
    CROSS JOIN jsonb_to_recordset(${JSON.stringify(MONTHLY_BILLS)}::jsonb) AS bill(payee text, purpose text, yuan int)`);
  await db.run(sql`
    INSERT INTO demo_payment (budget_id, amount_fen, purpose, payee_kind, payee_name, member_id, visit_id, disbursed_on)
    SELECT ${line('ASSISTANCE')}, s.yuan * ${YUAN}::int, '慰问金（' || s.label || '）', 'MEMBER', m.name, m.id, v.id, v.visited_on
    FROM visit v JOIN member m ON m.id = v.member_id
    JOIN (VALUES ('HOSPITALIZATION', ${VISIT_SUMS.HOSPITALIZATION}::int, '生病住院'),
                 ('BEREAVEMENT', ${VISIT_SUMS.BEREAVEMENT}::int, '因病逝世'),
                 ('DISASTER', ${VISIT_SUMS.DISASTER}::int, '天灾人祸')) AS s(occasion, yuan, label)
      ON s.occasion = v.occasion
    CROSS JOIN LATERAL (SELECT v.visited_on AS day) AS p`);
  await db.run(sql`
    INSERT INTO demo_payment (budget_id, amount_fen, purpose, payee_kind, payee_name, branch_id, disbursed_on)
    SELECT ${line('BRANCH_BUILDING')}, a.yuan * ${YUAN}::int, '示范党支部创建奖励', 'BRANCH', b.name, b.id, p.day
    FROM branch b
    JOIN (VALUES ('PROVINCIAL', ${AWARDS.PROVINCIAL}::int), ('CITY', ${AWARDS.CITY}::int), ('COUNTY', ${AWARDS.COUNTY}::int))
      AS a(level, yuan) ON a.level = b.demonstration_level
    CROSS JOIN unnest(${years}::int[]) AS y(year)
    CROSS JOIN LATERAL (SELECT least(make_date(y.year, 12, 10), ${today}::date - 3) AS day) AS p
    WHERE b.demonstration_year IS NULL OR b.demonstration_year <= y.year`);
  await db.run(sql`
    INSERT INTO demo_payment (budget_id, amount_fen, purpose, payee_kind, payee_name, disbursed_on)
    SELECT bl.id, round(bl.amount_fen * i.share), bl.name || i.stage, 'OTHER', '安化县建筑工程有限公司', i.day
    FROM budget bl
    JOIN (VALUES ('老干部活动中心提质改造', 0.4, '（首期）', date '2022-04-20'),
                 ('老干部活动中心提质改造', 0.4, '（二期）', date '2022-08-18'),
                 ('老干部活动中心提质改造', 0.2, '（尾款）', date '2022-12-15'),
                 ('门球场建设（两片）', 0.7, '（进度款）', date '2022-06-10'),
                 ('门球场建设（两片）', 0.3, '（尾款）', date '2022-10-28')) AS i(name, share, stage, day)
      ON i.name = bl.name AND bl.year = ${PROJECT_YEAR}`);
  await db.run(sql`
    INSERT INTO demo_payment (budget_id, amount_fen, purpose, payee_kind, payee_name, branch_id, disbursed_on)
    SELECT bl.id, (2000 + ${dice('activity', 'bl.id || q.n')} % 4000) * ${YUAN}::int,
      ${oneOf(BRANCH_ACTIVITIES, dice('what', 'bl.id || q.n'))}, 'BRANCH', b.name, b.id, p.day
    FROM budget bl JOIN branch b ON b.id = bl.branch_id
    CROSS JOIN generate_series(1, 3) AS q(n)
    CROSS JOIN LATERAL (SELECT make_date(bl.year, 1 + q.n * 3, 15) AS day) AS p
    WHERE p.day <= ${today}::date`);

  // Within each line's amount; the last month's are approved, the last fortnight's drafts.
  const [inserted] = await db.run(sql`
    WITH ranked AS (
      SELECT p.*, ${dice('status', 'p.budget_id || p.purpose || p.disbursed_on || coalesce(p.member_id, 0)')} AS r,
        sum(p.amount_fen) OVER (PARTITION BY p.budget_id ORDER BY p.disbursed_on, p.purpose, p.member_id
          ROWS UNBOUNDED PRECEDING) AS running
      FROM demo_payment p WHERE p.budget_id IS NOT NULL AND p.disbursed_on <= ${today}::date
    ), planned AS (
      SELECT r.*, CASE
        WHEN r.r < 4 THEN 'VOID'
        WHEN r.disbursed_on > ${today}::date - 14 AND r.visit_id IS NULL THEN 'DRAFT'
        WHEN r.disbursed_on > ${today}::date - 30 AND r.visit_id IS NULL THEN 'APPROVED'
        ELSE 'PAID' END AS status
      FROM ranked r JOIN budget bl ON bl.id = r.budget_id
      WHERE r.running <= bl.amount_fen
    ), d AS (
      INSERT INTO disbursement (budget_id, amount_fen, purpose, payee_kind, payee_name, member_id, branch_id,
        visit_id, disbursed_on, status, void_reason, created_at, created_by, approved_at, approved_by, paid_at,
        paid_by, voided_at, voided_by, updated_at)
      SELECT budget_id, amount_fen, purpose, payee_kind, payee_name, member_id, branch_id, visit_id, disbursed_on,
        status, CASE WHEN status = 'VOID' THEN ${oneOf(VOID_REASONS, sql`r`)} END,
        (disbursed_on - 2 + time '09:30') AT TIME ZONE 'Asia/Shanghai', ${CLERK},
        CASE WHEN status <> 'DRAFT' THEN (disbursed_on - 1 + time '15:00') AT TIME ZONE 'Asia/Shanghai' END,
        CASE WHEN status <> 'DRAFT' THEN ${DIRECTOR} END,
        CASE WHEN status = 'PAID' OR status = 'VOID' THEN (disbursed_on + time '10:00') AT TIME ZONE 'Asia/Shanghai' END,
        CASE WHEN status = 'PAID' OR status = 'VOID' THEN ${CLERK} END,
        CASE WHEN status = 'VOID' THEN (disbursed_on + 3 + time '11:00') AT TIME ZONE 'Asia/Shanghai' END,
        CASE WHEN status = 'VOID' THEN ${CLERK} END,
        (disbursed_on + time '10:00') AT TIME ZONE 'Asia/Shanghai'
      FROM planned ORDER BY disbursed_on, budget_id, purpose, member_id
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM d`);

  await db.run(sql`
    UPDATE budget bl SET
      committed_fen = coalesce(s.committed, 0), paid_fen = coalesce(s.paid, 0)
    FROM (
      SELECT budget_id,
        sum(amount_fen) FILTER (WHERE status IN ('APPROVED', 'PAID')) AS committed,
        sum(amount_fen) FILTER (WHERE status = 'PAID') AS paid
      FROM disbursement GROUP BY budget_id
    ) s
    WHERE s.budget_id = bl.id`);
  const [budgets] = await db.run(sql`SELECT count(*)::int AS n FROM budget`);
  return { budgets: Number(budgets.n), disbursements: Number(inserted.n) };
}
