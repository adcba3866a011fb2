import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import {
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
  refusedOutright,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { callerLabel } from '../../kernel/access/caller';
import { compareDates } from '@wanxia/schema';
import { checkCondolenceCaps, commitAgainst, payOnVisits } from '../funding/funding.service';
import {
  CAMPAIGN_COLUMNS,
  ENTRY_COLUMNS,
  campaignInReach,
  toCampaign,
  toEntry,
} from './campaign.repository';
import {
  CampaignEntryStatus,
  CampaignStatus,
  type Campaign,
  type CampaignEntry,
  type RecordCampaignVisitsInput,
} from './campaign.types';

export const MAX_BATCH_ROWS = 500;
/** A sum of one million yuan on one visit is a typing error. */
const MAX_ROW_FEN = 100_000_000;

/** What a batch answers, first time or again. */
export interface BatchOutcome {
  campaign: Campaign;
  entries: CampaignEntry[];
  visitCount: number;
  paidFen: number;
  replayed: boolean;
}

/** Thrown inside the transaction when another request recorded the key meanwhile. */
class AlreadyRecorded extends Error {}

/** The answer kept under a key, or null; a key of another campaign refuses. */
async function recorded(
  ctx: RequestScope,
  campaignKey: number,
  idempotencyKey: string,
): Promise<MutationOutcome<BatchOutcome> | null> {
  const [batch] = await ctx.db.run(sql`
    SELECT campaign_id, entry_ids, visit_count, paid_fen FROM campaign_batch WHERE idempotency_key = ${idempotencyKey}`);
  if (!batch) return null;
  if (Number(batch.campaign_id) !== campaignKey) {
    const message = '该批次标识已用于其他活动 (this key was used for another campaign)';
    return {
      record: null,
      userErrors: [userError('idempotencyKey', UserErrorCode.DUPLICATE, message)],
    };
  }
  const [campaign] = await ctx.db.run(sql`
    SELECT ${CAMPAIGN_COLUMNS} FROM campaign c WHERE c.id = ${campaignKey} AND ${campaignInReach('c', ctx.reach)}`);
  if (!campaign)
    return { record: null, userErrors: [notFound('campaignId', '慰问活动', 'campaign')] };
  const entries = await ctx.db.run(sql`
    SELECT ${ENTRY_COLUMNS} FROM campaign_entry ce WHERE ce.id = ANY(${batch.entry_ids}::int[])
    ORDER BY array_position(${batch.entry_ids}::int[], ce.id)`);
  return {
    record: {
      campaign: toCampaign(campaign),
      entries: entries.map(toEntry),
      visitCount: Number(batch.visit_count),
      paidFen: Number(batch.paid_fen),
      replayed: true,
    },
    userErrors: [],
  };
}

interface EntryFacts {
  key: number;
  memberKey: number;
  memberStatus: string;
  status: string;
  taskKey: number | null;
  gift: string | null;
  amountFen: number;
  groupVisitors: string | null;
}

/** The rows' entries of this campaign whose members are in reach, locked. */
async function lockEntries(
  tx: Transaction,
  ctx: RequestScope,
  campaignKey: number,
  keys: number[],
): Promise<Map<number, EntryFacts>> {
  const rows = await tx.run(sql`
    SELECT ce.id, ce.member_id, m.status AS member_status, ce.status, ce.task_id, ce.gift, ce.amount_fen,
      CASE WHEN wg.id IS NOT NULL THEN array_to_string(ARRAY[wg.leader::text] || wg.visitors, '、') END AS group_visitors
    FROM campaign_entry ce JOIN member m ON m.id = ce.member_id
      LEFT JOIN work_group wg ON wg.id = ce.work_group_id
    WHERE ce.id = ANY(${keys}) AND ce.campaign_id = ${campaignKey} AND ${ctx.reach.member('m')}
    ORDER BY ce.id
    FOR UPDATE OF ce FOR SHARE OF m`);
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        key: Number(r.id),
        memberKey: Number(r.member_id),
        memberStatus: String(r.member_status),
        status: String(r.status),
        taskKey: r.task_id == null ? null : Number(r.task_id),
        gift: (r.gift as string | null) ?? null,
        amountFen: Number(r.amount_fen),
        groupVisitors: (r.group_visitors as string | null) ?? null,
      },
    ]),
  );
}

/** One row as it will be written. */
interface Row {
  index: number;
  entry: EntryFacts;
  amountFen: number;
  gift: string | null;
  summary: string | null;
  visitors: string;
  late: boolean;
}

/**
 * Records a batch of a campaign's visits in one transaction: each row a visit completing its
 * task and, when there is a sum, a paid disbursement from the campaign's line (a row above the
 * standard commits the difference). One refused row and nothing is written; every refused row
 * says why. A key already recorded answers as the first time did and writes nothing.
 */
export async function recordCampaignVisits(
  ctx: RequestScope,
  input: RecordCampaignVisitsInput,
  keys: { campaign: InputKey; entries: InputKey[] },
): Promise<MutationOutcome<BatchOutcome>> {
  const errors = await validateInput(input);
  const campaignKey = inputKey(keys.campaign, 'campaignId', errors);
  const entryKeys = keys.entries.map((k, i) => inputKey(k, ['rows', String(i), 'entryId'], errors));
  if (input.rows.length < 1 || input.rows.length > MAX_BATCH_ROWS) {
    errors.push(
      userError(
        'rows',
        UserErrorCode.OUT_OF_RANGE,
        `每批 1 至 ${MAX_BATCH_ROWS} 人 (1 to ${MAX_BATCH_ROWS} rows a batch)`,
      ),
    );
  }
  if (refusedOutright(errors) || campaignKey === null) return { record: null, userErrors: errors };
  if (errors.some((e) => e.field[0] === 'idempotencyKey'))
    return { record: null, userErrors: errors };
  const first = await recorded(ctx, campaignKey, input.idempotencyKey);
  if (first) return first;

  try {
    return await inTransaction(ctx, 'recordCampaignVisits', async (tx) => {
      const [locked] = await tx.run(sql`
        SELECT ${CAMPAIGN_COLUMNS} FROM campaign c
        WHERE c.id = ${campaignKey} AND ${campaignInReach('c', ctx.reach)} FOR UPDATE`);
      if (!locked) refuseIf([notFound('campaignId', '慰问活动', 'campaign')]);
      const campaign = toCampaign(locked);
      // A resend racing the first: the key's row makes it wait for the first to finish.
      const [claimed] = await tx.run(sql`
        INSERT INTO campaign_batch (campaign_id, idempotency_key, entry_ids, visit_count, paid_fen, created_at, created_by)
        VALUES (${campaignKey}, ${input.idempotencyKey}, '{}', 0, 0, ${ctx.now}, ${callerLabel(ctx.caller)})
        ON CONFLICT ON CONSTRAINT campaign_batch_key DO NOTHING RETURNING id`);
      if (!claimed) throw new AlreadyRecorded();

      if (campaign.status !== CampaignStatus.APPROVED) {
        errors.push(
          userError(
            'campaignId',
            UserErrorCode.INVALID_STATE,
            '只有已批准且未结束的活动可以登记 (only an approved, open campaign records visits)',
          ),
        );
      }
      if (compareDates(input.visitedOn, ctx.today) > 0) {
        errors.push(
          userError(
            'visitedOn',
            UserErrorCode.IN_FUTURE,
            '日期不能晚于今天 (the date is in the future)',
          ),
        );
      } else if (compareDates(input.visitedOn, campaign.startsOn) < 0) {
        errors.push(
          userError(
            'visitedOn',
            UserErrorCode.TOO_EARLY,
            `活动 ${campaign.startsOn} 开始 (the campaign starts on ${campaign.startsOn})`,
          ),
        );
      }
      const known = entryKeys.filter((k): k is number => k !== null);
      const entries = await lockEntries(tx, ctx, campaignKey, known);
      const rows = checkRows(input, entryKeys as number[], entries, errors);
      refuseIf(errors);

      await tx.run(sql`
        SELECT 1 FROM visit_task WHERE id = ANY(${rows.flatMap((r) => (r.entry.taskKey ? [r.entry.taskKey] : []))}::int[])
        ORDER BY id FOR UPDATE`);
      const tasks = await tx.run(sql`
        SELECT id, status, due_by::text AS due_by FROM visit_task
        WHERE id = ANY(${rows.flatMap((r) => (r.entry.taskKey ? [r.entry.taskKey] : []))}::int[])`);
      const taskFacts = new Map(tasks.map((t) => [Number(t.id), t]));
      for (const r of rows) {
        if (r.entry.taskKey === null) continue;
        const task = taskFacts.get(r.entry.taskKey)!;
        if (task.status !== 'OPEN' && task.status !== 'MISSED') {
          errors.push(
            userError(
              ['rows', String(r.index), 'entryId'],
              UserErrorCode.INVALID_STATE,
              '该人员的待访任务已办结或免访 (the visit is no longer owed)',
            ),
          );
        }
        r.late = compareDates(input.visitedOn, String(task.due_by)) > 0;
      }
      refuseIf(errors);
      const paying = rows.filter((r) => r.amountFen > 0);
      refuseIf(
        await checkCondolenceCaps(
          tx,
          campaign.budgetId,
          input.visitedOn,
          paying.map((r) => ({
            memberKey: r.entry.memberKey,
            amountFen: r.amountFen,
            field: ['rows', String(r.index), 'amountFen'],
          })),
        ),
      );
      // The plan holds each member's standard on the line; a row above it commits the difference.
      let extraFen = 0;
      for (const r of rows) {
        const extra = r.amountFen - r.entry.amountFen;
        if (extra <= 0) continue;
        await commitAgainst(tx, campaign.budgetId, extra, ctx.now, [
          'rows',
          String(r.index),
          'amountFen',
        ]);
        extraFen += extra;
      }
      return write(tx, ctx, campaign, input, rows, paying, extraFen);
    });
  } catch (error) {
    if (!(error instanceof AlreadyRecorded)) throw error;
    return (await recorded(ctx, campaignKey, input.idempotencyKey))!;
  }
}

/** The rows checked against their entries; each problem names its row. */
function checkRows(
  input: RecordCampaignVisitsInput,
  entryKeys: number[],
  entries: Map<number, EntryFacts>,
  errors: UserError[],
): Row[] {
  const seen = new Set<number>();
  const rows: Row[] = [];
  input.rows.forEach((row, index) => {
    const at = (field: string) => ['rows', String(index), field];
    const key = entryKeys[index];
    const entry = entries.get(key);
    if (seen.has(key)) {
      errors.push(
        userError(
          at('entryId'),
          UserErrorCode.DUPLICATE,
          '同一人在本批中出现两次 (twice in the batch)',
        ),
      );
      return;
    }
    seen.add(key);
    if (!entry) {
      errors.push(notFound(at('entryId'), '名单中的人员', 'entry of this campaign'));
      return;
    }
    if (entry.status === CampaignEntryStatus.VISITED) {
      errors.push(
        userError(at('entryId'), UserErrorCode.INVALID_STATE, '已走访 (already visited)'),
      );
    }
    if (entry.memberStatus !== 'ACTIVE') {
      errors.push(
        userError(
          at('entryId'),
          UserErrorCode.NOT_CURRENT,
          '该人员已不在册 (no longer on the roster)',
        ),
      );
    }
    const amountFen = row.amountFen ?? entry.amountFen;
    const gift = row.gift != null ? row.gift.trim() || null : entry.gift;
    if (amountFen < 0 || amountFen > MAX_ROW_FEN) {
      errors.push(
        userError(
          at('amountFen'),
          UserErrorCode.OUT_OF_RANGE,
          '金额须在 0 至 100 万元之间 (0 to 1 million yuan)',
        ),
      );
    }
    if ((amountFen !== entry.amountFen || gift !== entry.gift) && !row.reason?.trim()) {
      errors.push(
        userError(
          at('reason'),
          UserErrorCode.REQUIRED,
          '与发放标准不同，请说明原因 (differs from the standard: give the reason)',
        ),
      );
    }
    const visitors = (input.visitors?.trim() || entry.groupVisitors || '').slice(0, 200);
    if (!visitors && !errors.some((e) => e.field[0] === 'visitors')) {
      errors.push(
        userError(
          'visitors',
          UserErrorCode.REQUIRED,
          '有人员不属于任何工作组，请填写走访人 (some rows have no group: name who visited)',
        ),
      );
    }
    const reason = row.reason?.trim();
    const summary = [row.summary?.trim(), reason ? `与标准不同：${reason}` : null]
      .filter(Boolean)
      .join('\n');
    rows.push({ index, entry, amountFen, gift, summary: summary || null, visitors, late: false });
  });
  return rows;
}

/** The batch's writes, set-based: visits, tasks, payments, entries, the campaign and the key. */
async function write(
  tx: Transaction,
  ctx: RequestScope,
  campaign: Campaign,
  input: RecordCampaignVisitsInput,
  rows: Row[],
  paying: Row[],
  extraFen: number,
) {
  const visits = await tx.run(sql`
    INSERT INTO visit (member_id, occasion, visited_on, visitors, summary, gifts, task_id, late)
    SELECT r.member_id, ${campaign.occasion}, ${input.visitedOn}::date, r.visitors, r.summary, r.gift, r.task_id, r.late
    FROM jsonb_to_recordset(${JSON.stringify(
      rows.map((r) => ({
        member_id: r.entry.memberKey,
        visitors: r.visitors,
        summary: r.summary,
        gift: r.gift,
        task_id: r.entry.taskKey,
        late: r.late,
      })),
    )}::jsonb) AS r(member_id int, visitors text, summary text, gift text, task_id int, late boolean)
    RETURNING id, member_id`);
  const visitOf = new Map(visits.map((v) => [Number(v.member_id), Number(v.id)]));
  await tx.run(sql`
    UPDATE visit_task vt SET status = 'DONE', done_on = ${input.visitedOn}::date,
      done_late = ${input.visitedOn}::date > vt.due_by, version = vt.version + 1, updated_at = ${ctx.now}
    WHERE vt.id = ANY(${rows.flatMap((r) => (r.entry.taskKey ? [r.entry.taskKey] : []))}::int[])`);
  const paid = await payOnVisits(
    tx,
    ctx,
    campaign.budgetId,
    `慰问金（${campaign.name}）`.slice(0, 200),
    input.visitedOn,
    paying.map((r) => ({
      memberKey: r.entry.memberKey,
      visitKey: visitOf.get(r.entry.memberKey)!,
      amountFen: r.amountFen,
    })),
  );
  const paymentOf = new Map(paid.map((d) => [d.memberId!, d.key]));
  const paidFen = paying.reduce((sum, r) => sum + r.amountFen, 0);
  const entryRows = await tx.run(sql`
    WITH ce AS (
      UPDATE campaign_entry ce SET status = 'VISITED', visit_id = r.visit_id, disbursement_id = r.disbursement_id,
        version = ce.version + 1, updated_at = ${ctx.now}
      FROM jsonb_to_recordset(${JSON.stringify(
        rows.map((r) => ({
          id: r.entry.key,
          visit_id: visitOf.get(r.entry.memberKey),
          disbursement_id: paymentOf.get(r.entry.memberKey) ?? null,
        })),
      )}::jsonb) AS r(id int, visit_id int, disbursement_id int)
      WHERE ce.id = r.id RETURNING ce.*
    )
    SELECT ${ENTRY_COLUMNS} FROM ce`);
  const byKey = new Map(entryRows.map((e) => [Number(e.key), toEntry(e)]));
  const entries = rows.map((r) => byKey.get(r.entry.key)!);
  const [updated] = await tx.run(sql`
    WITH c AS (
      UPDATE campaign SET paid_fen = paid_fen + ${paidFen}, committed_fen = committed_fen + ${extraFen},
        version = version + 1, updated_at = ${ctx.now}
      WHERE id = ${campaign.key} RETURNING *
    )
    SELECT ${CAMPAIGN_COLUMNS} FROM c`);
  await tx.run(sql`
    UPDATE campaign_batch SET entry_ids = ${entries.map((e) => e.key)}::int[], visit_count = ${rows.length},
      paid_fen = ${paidFen}
    WHERE idempotency_key = ${input.idempotencyKey}`);
  return {
    record: {
      campaign: toCampaign(updated),
      entries,
      visitCount: rows.length,
      paidFen,
      replayed: false,
    },
    change: null,
    details: {
      campaign: campaign.id,
      idempotencyKey: input.idempotencyKey,
      visits: rows.length,
      paidFen,
      extraCommittedFen: extraFen,
    },
  };
}
