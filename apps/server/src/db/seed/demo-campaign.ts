import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { insertRow } from '../../kernel/db/entity-columns';
import { addDays, Holiday, holidayDate } from '../../modules/visit/occasions';
import { CampaignEntity } from '../../modules/campaign/campaign.entity';
import { coverage, FIRST_GROUP } from '../../modules/campaign/assignment';
import { plannedFigures, standardFor } from '../../modules/campaign/standard';
import { CampaignStatus } from '../../modules/campaign/campaign.types';
import { COUNTY_TOWNSHIPS } from '../../modules/member/residence';
import { RetirementType } from '../../modules/member/member.types';
import { addYears, type CalendarDate, compareDates, parts } from '@wanxia/schema';
import { dice } from './sql-dice';
import { DEMO_COUNTY } from './demo-county';

const YUAN = 100;
const CLERK = '局办公室 刘会计';
const DIRECTOR = '局长 刘建华';

/** The standard of the bureau's Double Ninth: 离休 first, then age, then circumstance. */
const RULES = [
  {
    retirementType: RetirementType.LIXIU,
    minAge: null,
    tag: null,
    gift: '慰问品（米、油、牛奶）',
    amountFen: 1000 * YUAN,
  },
  {
    retirementType: null,
    minAge: 90,
    tag: null,
    gift: '慰问品（米、油、牛奶）',
    amountFen: 800 * YUAN,
  },
  {
    retirementType: null,
    minAge: null,
    tag: '困难',
    gift: '慰问品（米、油）',
    amountFen: 600 * YUAN,
  },
  {
    retirementType: null,
    minAge: null,
    tag: '丧偶',
    gift: '慰问品（米、油）',
    amountFen: 500 * YUAN,
  },
  { retirementType: null, minAge: 80, tag: null, gift: '慰问品（米、油）', amountFen: 400 * YUAN },
  {
    retirementType: null,
    minAge: null,
    tag: null,
    gift: '慰问品（米、油）',
    amountFen: 300 * YUAN,
  },
];

/** The work groups: the county seat, the townships in two rounds, and those living elsewhere. */
const [SEAT, ...TOWNS] = COUNTY_TOWNSHIPS;
const GROUPS = [
  {
    name: '城区组',
    leader: DIRECTOR,
    visitors: ['老干部服务中心 李志强'],
    townships: [SEAT],
    places: [],
  },
  {
    name: '乡镇一组',
    leader: '副局长 陈玉梅',
    visitors: ['局办公室 周敏'],
    townships: TOWNS.slice(0, 11),
    places: [],
  },
  {
    name: '乡镇二组',
    leader: '副局长 张卫东',
    visitors: ['局办公室 谭丽'],
    // The last township is left to its branches' secretaries: its members stay uncovered.
    townships: TOWNS.slice(11, -1),
    places: [],
  },
  {
    name: '市外组',
    leader: '县委组织部 王海军',
    visitors: [],
    townships: [],
    places: ['长沙市', '益阳市'],
  },
];

/** A campaign's days: from a month before the holiday to a fortnight after, closed the next day. */
const LEAD_DAYS = 30;
const TAIL_DAYS = 15;

/**
 * Circumstances the standard can tell apart, on a realistic share of the roster: 困难 (hardship)
 * for some 6%, 丧偶 (widowed) for about half of those over 70 who live without a spouse.
 */
async function seedCircumstances(db: Queryable, today: CalendarDate) {
  await db.run(sql`
    UPDATE member SET tags = tags || '{困难}'::text[]
    WHERE ${dice('hardship', 'id')} < 60 AND NOT '困难' = ANY(tags)`);
  await db.run(sql`
    UPDATE member SET tags = tags || '{丧偶}'::text[]
    WHERE spouse_name IS NULL AND living_situation IN ('ALONE', 'WITH_FAMILY', 'CARE_HOME')
      AND birth_date <= ${addYears(today, -70)}::date AND ${dice('widowed', 'id')} < 500
      AND NOT '丧偶' = ANY(tags)`);
}

/** The latest Double Ninth whose campaign had ended before `today`. */
function finishedYear(today: CalendarDate): number {
  const year = parts(today).year;
  const ended = addDays(holidayDate(Holiday.DOUBLE_NINTH, year), TAIL_DAYS + 1);
  return compareDates(ended, today) < 0 ? year : year - 1;
}

/**
 * One finished 重阳节 campaign, so the screens have history: planned by the clerk, approved by
 * the director, its groups, the list of the holiday's tasks (each under the first group
 * covering it), the demo's visits of those tasks recorded as visited and paid from the
 * campaign's own line, and closed (what it held beyond the payments released). Set-based.
 */
export async function seedDemoCampaign(db: Queryable, today: CalendarDate): Promise<void> {
  await seedCircumstances(db, today);
  const year = finishedYear(today);
  const holiday = holidayDate(Holiday.DOUBLE_NINTH, year);
  const startsOn = addDays(holiday, -LEAD_DAYS);
  const endsOn = addDays(holiday, TAIL_DAYS);
  const at = (day: CalendarDate, time: string) =>
    sql`(${day}::date + ${time}::time) AT TIME ZONE 'Asia/Shanghai'`;

  const standard = { holiday: Holiday.DOUBLE_NINTH, year, startsOn, rules: RULES };
  const [plan] = await plannedFigures(db, [{ ...standard, key: 0, branchId: null }]);
  // The line: the plan, rounded up to ten thousand yuan.
  const lineFen = Math.ceil(plan.totalFen / (10_000 * YUAN)) * 10_000 * YUAN;
  const [line] = await db.run(sql`
    INSERT INTO budget (year, category, name, amount_fen, note, created_at, updated_at, bureau_id)
    VALUES (${year}, 'ASSISTANCE', ${`${year}年重阳节慰问专项经费`}, ${lineFen}, '重阳节走访慰问离退休干部',
      ${at(addDays(startsOn, -10), '09:00')}, ${at(addDays(startsOn, -10), '09:00')}, ${DEMO_COUNTY})
    RETURNING id, bureau_id AS "bureauId"`);
  const [campaign] = await db.run(sql`
    ${insertRow(CampaignEntity, {
      name: `${year}年重阳节走访慰问`,
      occasion: 'HOLIDAY',
      holiday: Holiday.DOUBLE_NINTH,
      year,
      startsOn,
      endsOn,
      branchId: null,
      bureauId: Number(line.bureauId),
      budgetId: Number(line.id),
      rules: JSON.stringify(RULES) as unknown as unknown[],
      status: CampaignStatus.CLOSED,
      plannedMemberCount: plan.memberCount,
      plannedTotalFen: plan.totalFen,
      createdAt: new Date(`${addDays(startsOn, -7)}T01:30:00Z`),
      createdBy: CLERK,
      approvedAt: new Date(`${addDays(startsOn, -3)}T07:00:00Z`),
      approvedBy: DIRECTOR,
      closedAt: new Date(`${addDays(endsOn, 1)}T02:00:00Z`),
      closedBy: CLERK,
      version: 4,
    })} RETURNING id`);
  const key = Number(campaign.id);
  await db.run(sql`
    INSERT INTO work_group (campaign_id, name, position, leader, visitors, townships, places, created_at, updated_at)
    SELECT ${key}, g.name, g.position, g.leader, g.visitors, g.townships, g.places,
      ${at(addDays(startsOn, -5), '10:00')}, ${at(addDays(startsOn, -5), '10:00')}
    FROM jsonb_to_recordset(${JSON.stringify(GROUPS.map((g, i) => ({ ...g, position: i + 1 })))}::jsonb)
      AS g(name text, position int, leader text, visitors text[], townships text[], places text[])`);

  // The list as assigned before the holiday: every task of it still owed then, or done since.
  await db.run(sql`
    WITH coverage AS MATERIALIZED (${coverage(key)})
    INSERT INTO campaign_entry (campaign_id, work_group_id, member_id, task_id, gift, amount_fen, status, visit_id, updated_at)
    SELECT ${key}, grp.id, m.id, vt.id, std.gift, coalesce(std.amount_fen, 0),
      CASE WHEN v.id IS NULL THEN 'PENDING' ELSE 'VISITED' END, v.id, ${at(startsOn, '09:00')}
    FROM visit_task vt JOIN member m ON m.id = vt.member_id
      LEFT JOIN visit v ON v.task_id = vt.id
      ${FIRST_GROUP} ${standardFor('m', standard)}
    WHERE vt.occasion = 'HOLIDAY' AND vt.occurrence_key = ${`${Holiday.DOUBLE_NINTH}:${year}`}
      AND vt.status IN ('OPEN', 'MISSED', 'DONE') AND m.status = 'ACTIVE'`);
  // Each visit paid its standard from the campaign's line, on the day.
  await db.run(sql`
    WITH d AS (
      INSERT INTO disbursement (budget_id, amount_fen, purpose, payee_kind, payee_name, member_id, visit_id,
        disbursed_on, status, created_at, created_by, approved_at, approved_by, paid_at, paid_by, updated_at)
      SELECT ${Number(line.id)}, ce.amount_fen, ${`慰问金（${year}年重阳节走访慰问）`}, 'MEMBER', m.name, m.id, v.id,
        v.visited_on, 'PAID', (v.visited_on + time '17:00') AT TIME ZONE 'Asia/Shanghai', ${CLERK},
        (v.visited_on + time '17:00') AT TIME ZONE 'Asia/Shanghai', ${CLERK},
        (v.visited_on + time '17:00') AT TIME ZONE 'Asia/Shanghai', ${CLERK},
        (v.visited_on + time '17:00') AT TIME ZONE 'Asia/Shanghai'
      FROM campaign_entry ce JOIN visit v ON v.id = ce.visit_id JOIN member m ON m.id = ce.member_id
      WHERE ce.campaign_id = ${key} AND ce.amount_fen > 0
      ORDER BY v.visited_on, ce.id
      RETURNING id, visit_id, amount_fen
    ), linked AS (
      UPDATE campaign_entry ce SET disbursement_id = d.id FROM d
      WHERE ce.campaign_id = ${key} AND ce.visit_id = d.visit_id
    ), paid AS (SELECT coalesce(sum(amount_fen), 0) AS fen FROM d),
    moved AS (
      UPDATE budget SET committed_fen = committed_fen + paid.fen, paid_fen = paid_fen + paid.fen FROM paid
      WHERE budget.id = ${Number(line.id)}
    )
    UPDATE campaign SET committed_fen = paid.fen, paid_fen = paid.fen FROM paid WHERE campaign.id = ${key}`);
  await db.run(sql`
    UPDATE visit v SET gifts = ce.gift FROM campaign_entry ce
    WHERE ce.campaign_id = ${key} AND ce.visit_id = v.id AND v.gifts IS NULL`);
}
