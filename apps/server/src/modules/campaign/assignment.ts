import type { Transaction } from '../../kernel/db/database';
import { sql, type Sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { inSubtree } from '../../kernel/access/subtree';
import {
  inTransaction,
  inputKey,
  type InputKey,
  refuseIf,
  type MutationOutcome,
} from '../../kernel/mutation';
import type { UserError } from '../../kernel/user-error';
import { MUST_VISIT_OCCASIONS, VisitOccasion, type Holiday, holidayDate } from '../visit/occasions';
import { generateVisitTasks } from '../visit/task-generator';
import { campaignMembers, CAMPAIGN_COLUMNS, toCampaign } from './campaign.repository';
import { lockCampaign, requireStatus } from './campaign.service';
import { standardFor } from './standard';
import { CampaignStatus, type Campaign } from './campaign.types';

/**
 * The tasks a campaign answers, as (task_id, member_id) of current members in its scope: the
 * open or missed tasks of its holiday that year; for another must-visit occasion, each member's
 * oldest such task triggered within the period; routine and one-on-one visits owe no task, so
 * every current member in scope.
 */
function owed(c: Campaign): Sql {
  const members = campaignMembers('m', c.branchId);
  if (c.occasion === VisitOccasion.HOLIDAY) {
    return sql`SELECT vt.id AS task_id, vt.member_id FROM visit_task vt JOIN member m ON m.id = vt.member_id
      WHERE vt.occasion = 'HOLIDAY' AND vt.occurrence_key = ${`${c.holiday}:${c.year}`}
        AND vt.status IN ('OPEN', 'MISSED') AND ${members}`;
  }
  if ((MUST_VISIT_OCCASIONS as readonly string[]).includes(c.occasion)) {
    return sql`SELECT DISTINCT ON (vt.member_id) vt.id AS task_id, vt.member_id
      FROM visit_task vt JOIN member m ON m.id = vt.member_id
      WHERE vt.occasion = ${c.occasion} AND vt.trigger_date BETWEEN ${c.startsOn}::date AND ${c.endsOn}::date
        AND vt.status IN ('OPEN', 'MISSED') AND ${members}
      ORDER BY vt.member_id, vt.due_by, vt.id`;
  }
  return sql`SELECT NULL::int AS task_id, m.id AS member_id FROM member m WHERE ${members}`;
}

/**
 * The campaign's groups with the branches their subtrees cover, once per assignment: the
 * coverage each member is matched against.
 */
export function coverage(campaignKey: number): Sql {
  return sql`SELECT wg.id, wg.position, wg.townships, wg.places,
      ARRAY(SELECT d.id FROM branch gb JOIN branch d ON ${inSubtree('d', sql`gb.path`)}
        WHERE gb.id = ANY(wg.branch_ids)) AS branch_ids
    FROM work_group wg WHERE wg.campaign_id = ${campaignKey}`;
}

/** The first group (in order) that covers the member under `m`, as a lateral subquery `grp`. */
export const FIRST_GROUP = sql`LEFT JOIN LATERAL (
    SELECT g.id FROM coverage g
    WHERE (m.residence_kind = 'TOWNSHIP' AND m.residence_place = ANY(g.townships))
      OR (m.residence_kind = 'ELSEWHERE' AND m.residence_place = ANY(g.places))
      OR m.branch_id = ANY(g.branch_ids)
    ORDER BY g.position, g.id LIMIT 1
  ) grp ON TRUE`;

/**
 * The holiday's tasks, generated with the daily pass's generator when it has not reached them
 * yet (it makes a holiday's tasks in one statement: one task means all are there; members who
 * join later get theirs from the daily pass, whose horizon holds the holiday until it passes).
 */
async function generateHolidayTasks(tx: Transaction, holiday: Holiday, year: number) {
  const date = holidayDate(holiday, year);
  const [made] = await tx.run(sql`
    SELECT 1 FROM visit_task WHERE trigger_date = ${date}::date AND occasion = 'HOLIDAY'
      AND occurrence_key = ${`${holiday}:${year}`} LIMIT 1`);
  if (!made) await generateVisitTasks(tx, { from: date, until: date });
}

export interface Assignment {
  campaign: Campaign;
  assignedCount: number;
  uncoveredCount: number;
}

/**
 * Makes the campaign's list: every task it answers becomes an entry with the standard's gift and
 * sum, under the first group covering the member, or none (uncovered, never dropped). Running it
 * again keeps visited entries as they are and re-derives the rest (same entry per member).
 * A holiday's tasks are generated first when the daily pass has not reached them yet.
 */
export async function assignCampaign(
  ctx: RequestScope,
  keys: { campaign: InputKey },
): Promise<MutationOutcome<Assignment>> {
  const errors: UserError[] = [];
  const key = inputKey(keys.campaign, 'id', errors);
  if (key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'assignCampaign', async (tx) => {
    const campaign = await lockCampaign(tx, ctx, key);
    requireStatus(campaign, [CampaignStatus.DRAFT, CampaignStatus.APPROVED], errors, [
      '活动已结束',
      'the campaign is closed',
    ]);
    refuseIf(errors);
    if (campaign.holiday)
      await generateHolidayTasks(tx, campaign.holiday as Holiday, campaign.year);
    const derived = sql`
      SELECT o.task_id, o.member_id, grp.id AS group_id, std.gift, coalesce(std.amount_fen, 0) AS amount_fen
      FROM (${owed(campaign)}) o JOIN member m ON m.id = o.member_id
      ${FIRST_GROUP} ${standardFor('m', campaign)}`;
    await tx.run(sql`
      WITH coverage AS MATERIALIZED (${coverage(key)}),
      derived AS (${derived}),
      gone AS (
        DELETE FROM campaign_entry ce WHERE ce.campaign_id = ${key} AND ce.status = 'PENDING'
          AND ce.member_id NOT IN (SELECT member_id FROM derived)
      )
      INSERT INTO campaign_entry (campaign_id, work_group_id, member_id, task_id, gift, amount_fen, updated_at)
      SELECT ${key}, group_id, member_id, task_id, gift, amount_fen, ${ctx.now} FROM derived
      ON CONFLICT ON CONSTRAINT campaign_entry_member_key DO UPDATE
        SET work_group_id = EXCLUDED.work_group_id, task_id = EXCLUDED.task_id, gift = EXCLUDED.gift,
          amount_fen = EXCLUDED.amount_fen, version = campaign_entry.version + 1, updated_at = EXCLUDED.updated_at
        WHERE campaign_entry.status = 'PENDING'
          AND (campaign_entry.work_group_id, campaign_entry.task_id, campaign_entry.gift, campaign_entry.amount_fen)
            IS DISTINCT FROM (EXCLUDED.work_group_id, EXCLUDED.task_id, EXCLUDED.gift, EXCLUDED.amount_fen)`);
    const [counts] = await tx.run(sql`
      SELECT count(*)::int AS assigned, (count(*) FILTER (WHERE work_group_id IS NULL))::int AS uncovered
      FROM campaign_entry WHERE campaign_id = ${key}`);
    const [row] = await tx.run(sql`
      WITH c AS (
        UPDATE campaign SET version = version + 1, updated_at = ${ctx.now} WHERE id = ${key} RETURNING *
      )
      SELECT ${CAMPAIGN_COLUMNS} FROM c`);
    const record = {
      campaign: toCampaign(row),
      assignedCount: Number(counts.assigned),
      uncoveredCount: Number(counts.uncovered),
    };
    return {
      record,
      change: null,
      details: {
        campaign: campaign.id,
        assigned: record.assignedCount,
        uncovered: record.uncoveredCount,
      },
    };
  });
}
