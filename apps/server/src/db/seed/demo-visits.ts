import type { Queryable } from '../../kernel/db/database';
import { raw, sql, type Sql } from '../../kernel/db/sql';
import {
  generateVisitTasks,
  markMissedVisitTasks,
  visitTaskHorizon,
} from '../../modules/visit/task-generator';
import { type CalendarDate, parts } from '@wanxia/schema';
import { COUNTY_TOWNSHIPS } from '../../modules/member/residence';
import { dice, oneOf } from './sql-dice';
import { DEMO_FIRST_YEAR } from './demo-history';

const HOSPITALS = ['安化县人民医院', '安化县中医医院', '益阳市中心医院', '湖南省人民医院'];
const EVENT_NOTES: Record<string, string[]> = {
  HOSPITALIZED: ['肺部感染住院治疗', '心脑血管疾病住院', '摔倒骨折住院', '糖尿病并发症住院'],
  DISPUTE: ['与邻居宅基地纠纷', '家庭赡养纠纷', '房屋征收补偿纠纷'],
  DISASTER: ['房屋受暴雨洪涝损毁', '家中失火，财物受损', '山体滑坡，房屋受损'],
};
const VISITORS = [
  '局长 刘建华、支部书记',
  '副局长 陈玉梅、支部委员',
  '老干部服务中心 李志强',
  '支部书记、社区网格员',
  '县委组织部 王海军、支部书记',
];
const WAIVE_REASONS = [
  '本人常住外地子女处，已电话慰问',
  '家属婉拒上门，已电话问候',
  '本人住院中，改为住院探视',
];

/** What a visit on each occasion typically looks like: place, summary, what was given. */
const VISIT_TEXT: Record<string, [place: string, summary: string, gifts: string | null]> = {
  HOLIDAY: [
    '家中',
    '节前走访慰问，转达县委、县政府的节日问候，了解生活和身体情况。',
    '大米一袋、食用油一桶',
  ],
  HOSPITALIZATION: ['医院病房', '到医院看望，了解病情和治疗情况，叮嘱安心养病。', '水果、牛奶'],
  DECADE_BIRTHDAY: ['家中', '上门祝寿，送上生日祝福，拉家常，听取意见建议。', '生日蛋糕、鲜花'],
  BEREAVEMENT: ['家中', '到家中吊唁，慰问家属，协助办理后事。', '花圈'],
  DISPUTE: ['村（社区）调解室', '了解纠纷经过，会同村（社区）调解，做好思想疏导。', null],
  DISASTER: ['受灾现场', '察看受灾情况，送去慰问物资，协调落实救助。', '棉被、大米、食用油'],
  ROUTINE: ['家中', '日常走访，了解近况，宣讲惠老政策。', null],
  ONE_ON_ONE: ['党员活动室', '谈心谈话，听取对支部工作的意见建议。', null],
};

function visitText(part: 0 | 1 | 2): Sql {
  const cases = Object.entries(VISIT_TEXT).map(
    ([occasion, text]) => sql`WHEN ${occasion} THEN ${text[part]}::text`,
  );
  return sql`CASE o.occasion ${sqlJoin(cases)} END`;
}

function sqlJoin(parts: Sql[]): Sql {
  return parts.reduce((all, part) => sql`${all} ${part}`, sql``);
}

export interface DemoVisitSummary {
  lifeEvents: number;
  tasks: number;
  visits: number;
}

/**
 * Realistic years of visit work, from `firstYear` (the report year 2022) to `today`: the holiday and
 * decade-birthday tasks and those for the coming weeks, life events with their tasks,
 * bereavement tasks for the deaths, and visits that keep most (not all) of them — each branch at
 * its own pace, some late, some waived, the rest open or missed. Set-based and deterministic.
 * History is drawn for today's members from their enrolment on (those since deceased or
 * transferred out have their bereavement visit, not their earlier years).
 */
export async function seedDemoVisits(
  db: Queryable,
  today: CalendarDate,
  firstYear = DEMO_FIRST_YEAR,
): Promise<DemoVisitSummary> {
  const from = `${firstYear}-01-01`;
  const thisYear = parts(today).year;
  const now = new Date(`${today}T09:00:00+08:00`);
  await generateVisitTasks(db, { from, until: (await visitTaskHorizon(db, today)).until });
  // Nobody is owed a visit for the years before they joined the roster.
  await db.run(sql`
    CREATE TEMP TABLE demo_enrolment ON COMMIT DROP AS
    SELECT member_id, min(started_on) AS enrolled FROM branch_membership GROUP BY member_id`);
  await db.run(sql`
    DELETE FROM visit_task vt USING demo_enrolment e
    WHERE e.member_id = vt.member_id AND vt.trigger_date < e.enrolled`);

  const [events] = await db.run(sql`
    WITH drawn AS (
      SELECT m.id AS member_id, e.enrolled, k.kind, ${dice('d', 'm.id || y.year')} AS d,
        make_date(y.year, 1, 1) + ${dice('day', 'm.id || k.kind || y.year')} % 365 AS occurred
      FROM member m
      JOIN demo_enrolment e ON e.member_id = m.id
      CROSS JOIN generate_series(${firstYear}::int, ${thisYear}::int) AS y(year)
      CROSS JOIN (VALUES ('HOSPITALIZED', 70), ('DISPUTE', 6), ('DISASTER', 4)) AS k(kind, per_mille)
      WHERE m.status = 'ACTIVE' AND ${dice('event', 'm.id || k.kind || y.year')} < k.per_mille
    ), inserted AS (
      INSERT INTO life_event (member_id, kind, occurred_on, reported_on, place, note, admitted_on,
        discharged_on, created_at)
      SELECT member_id, kind, occurred, least(occurred + d % 3, ${today}::date),
        CASE WHEN kind = 'HOSPITALIZED' THEN ${oneOf(HOSPITALS, raw('d'))} ELSE ${oneOf(COUNTY_TOWNSHIPS, raw('d'))} END,
        CASE kind
          WHEN 'HOSPITALIZED' THEN ${oneOf(EVENT_NOTES.HOSPITALIZED, raw('d'))}
          WHEN 'DISPUTE' THEN ${oneOf(EVENT_NOTES.DISPUTE, raw('d'))}
          ELSE ${oneOf(EVENT_NOTES.DISASTER, raw('d'))} END,
        CASE WHEN kind = 'HOSPITALIZED' THEN occurred END,
        CASE WHEN kind = 'HOSPITALIZED' AND occurred + 5 + d % 15 <= ${today}::date
          THEN occurred + 5 + d % 15 END,
        (least(occurred + d % 3, ${today}::date) + time '10:00') AT TIME ZONE 'Asia/Shanghai'
      FROM drawn WHERE occurred BETWEEN enrolled AND ${today}::date - 1
      ORDER BY occurred, member_id
      RETURNING id, member_id, kind, reported_on
    ), tasks AS (
      INSERT INTO visit_task (member_id, branch_id, occasion, occurrence_key, trigger_date, due_from, due_by, life_event_id)
      SELECT i.member_id, m.branch_id, s.occasion, 'event:' || i.id, i.reported_on,
        i.reported_on - s.days_before, i.reported_on + s.days_after, i.id
      FROM inserted i JOIN member m ON m.id = i.member_id
      JOIN visit_setting s ON s.occasion = CASE i.kind WHEN 'HOSPITALIZED' THEN 'HOSPITALIZATION' ELSE i.kind END
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM tasks`);

  await db.run(sql`
    INSERT INTO visit_task (member_id, branch_id, occasion, occurrence_key, trigger_date, due_from, due_by)
    SELECT m.id, m.branch_id, 'BEREAVEMENT', 'death', m.death_date, m.death_date - s.days_before, m.death_date + s.days_after
    FROM member m JOIN visit_setting s ON s.occasion = 'BEREAVEMENT'
    WHERE m.status = 'DECEASED' AND m.death_date BETWEEN ${from}::date AND ${today}::date
    ON CONFLICT ON CONSTRAINT visit_task_occurrence_key DO NOTHING`);

  // Each task's fate: each branch keeps its own share of visits on time (70–96 %).
  await db.run(sql`
    CREATE TEMP TABLE demo_outcome ON COMMIT DROP AS
    SELECT vt.id AS task_id, vt.member_id, vt.occasion, vt.due_from, vt.due_by,
      ${dice('day', 'vt.id')} AS d,
      CASE
        WHEN vt.due_by < ${today}::date AND r.r < r.share THEN 'ON_TIME'
        WHEN vt.due_by < ${today}::date AND r.r < r.share + 90 THEN 'LATE'
        WHEN vt.due_by < ${today}::date AND r.r >= 985 THEN 'WAIVED'
        WHEN vt.due_by >= ${today}::date AND r.r < 450 THEN 'ON_TIME'
      END AS fate
    FROM visit_task vt
    JOIN member m ON m.id = vt.member_id
    CROSS JOIN LATERAL (SELECT ${dice('fate', 'vt.id')} AS r, 700 + ${dice('pace', 'm.branch_id')} % 260 AS share) r
    WHERE vt.status = 'OPEN' AND vt.due_from <= ${today}::date`);

  const [visits] = await db.run(sql`
    WITH o AS (
      SELECT *, CASE fate
        WHEN 'ON_TIME' THEN due_from + d % (least(due_by, ${today}::date) - due_from + 1)
        ELSE least(due_by + 1 + d % 25, ${today}::date) END AS visited_on
      FROM demo_outcome WHERE fate IN ('ON_TIME', 'LATE')
    ), inserted AS (
      INSERT INTO visit (member_id, occasion, visited_on, visitors, place, summary, gifts,
        follow_up_needed, follow_up_note, task_id, late, created_at)
      SELECT o.member_id, o.occasion, o.visited_on, ${oneOf(VISITORS, raw('o.d'))},
        ${visitText(0)}, ${visitText(1)}, ${visitText(2)},
        o.occasion = 'HOSPITALIZATION' AND o.d % 5 = 0,
        CASE WHEN o.occasion = 'HOSPITALIZATION' AND o.d % 5 = 0 THEN '出院后再次上门看望' END,
        o.task_id, o.fate = 'LATE', (o.visited_on + time '16:30') AT TIME ZONE 'Asia/Shanghai'
      FROM o ORDER BY o.visited_on, o.task_id
      RETURNING task_id, visited_on, late
    ), done AS (
      UPDATE visit_task vt SET status = 'DONE', done_on = i.visited_on, done_late = i.late
      FROM inserted i WHERE vt.id = i.task_id
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM done`);

  await db.run(sql`
    UPDATE visit_task vt SET status = 'WAIVED', waived_reason = ${oneOf(WAIVE_REASONS, raw('o.d'))}
    FROM demo_outcome o WHERE vt.id = o.task_id AND o.fate = 'WAIVED'`);

  // Visits that answer no task: routine calls and one-on-one talks.
  const [routine] = await db.run(sql`
    WITH o AS (
      SELECT m.id AS member_id, e.enrolled, ${dice('d', 'm.id || y.year')} AS d,
        CASE WHEN ${dice('talk', 'm.id || y.year')} < 200 THEN 'ONE_ON_ONE' ELSE 'ROUTINE' END AS occasion,
        make_date(y.year, 1, 1) + ${dice('routine-day', 'm.id || y.year')} % 365 AS visited_on
      FROM member m
      JOIN demo_enrolment e ON e.member_id = m.id
      CROSS JOIN generate_series(${firstYear}::int, ${thisYear}::int) AS y(year)
      WHERE m.status = 'ACTIVE' AND ${dice('routine', 'm.id || y.year')} < 250
    ), inserted AS (
      INSERT INTO visit (member_id, occasion, visited_on, visitors, place, summary, gifts, created_at)
      SELECT o.member_id, o.occasion, o.visited_on, ${oneOf(VISITORS, raw('o.d'))},
        ${visitText(0)}, ${visitText(1)}, ${visitText(2)},
        (o.visited_on + time '15:00') AT TIME ZONE 'Asia/Shanghai'
      FROM o WHERE o.visited_on BETWEEN o.enrolled AND ${today}::date - 1
      ORDER BY o.visited_on, o.member_id
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`);

  await markMissedVisitTasks(db, today, now);
  const [tasks] = await db.run(sql`SELECT count(*)::int AS n FROM visit_task`);
  return {
    lifeEvents: Number(events.n),
    tasks: Number(tasks.n),
    visits: Number(visits.n) + Number(routine.n),
  };
}
