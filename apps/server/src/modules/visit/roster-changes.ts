import type { Transaction } from '../../db/database';
import { sql } from '../../db/sql';
import { VisitOccasion, windowAround } from './occasions';
import { windowSettings } from './task-generator';

/**
 * What leaving the roster does to the visits owed: open tasks no longer apply, except the
 * bereavement visit to the family. Runs inside the death's or transfer's own transaction.
 */
export async function closeOpenTasks(tx: Transaction, memberKey: number, now: Date): Promise<void> {
  await tx.run(sql`
    UPDATE visit_task SET status = 'NOT_APPLICABLE', version = version + 1, updated_at = ${now}
    WHERE member_id = ${memberKey} AND status = 'OPEN' AND occasion <> 'BEREAVEMENT'`);
}

/** A death obliges a visit to the family, due within the bereavement window of the report. */
export async function createBereavementTask(
  tx: Transaction,
  memberKey: number,
  reportedOn: string,
): Promise<void> {
  const window = (await windowSettings(tx)).get(VisitOccasion.BEREAVEMENT)!;
  const { dueFrom, dueBy } = windowAround(reportedOn, window);
  await tx.run(sql`
    INSERT INTO visit_task (member_id, occasion, occurrence_key, trigger_date, due_from, due_by)
    VALUES (${memberKey}, 'BEREAVEMENT', 'death', ${reportedOn}, ${dueFrom}, ${dueBy})
    ON CONFLICT ON CONSTRAINT visit_task_occurrence_key DO NOTHING`);
}

/**
 * Undoing a mistaken death: the bereavement task goes, unless the family has been visited.
 * Returns false (and changes nothing) when the visit was made.
 */
export async function withdrawBereavementTask(
  tx: Transaction,
  memberKey: number,
): Promise<boolean> {
  const [done] = await tx.run(sql`
    SELECT 1 FROM visit_task
    WHERE member_id = ${memberKey} AND occasion = 'BEREAVEMENT' AND occurrence_key = 'death'
      AND status = 'DONE'`);
  if (done) return false;
  await tx.run(sql`
    DELETE FROM visit_task
    WHERE member_id = ${memberKey} AND occasion = 'BEREAVEMENT' AND occurrence_key = 'death'`);
  return true;
}

/** Undoing a mistaken leaving: the tasks closeOpenTasks closed at that moment are open again. */
export async function reopenClosedTasks(
  tx: Transaction,
  memberKey: number,
  closedAt: Date,
  now: Date,
): Promise<void> {
  await tx.run(sql`
    UPDATE visit_task SET status = 'OPEN', version = version + 1, updated_at = ${now}
    WHERE member_id = ${memberKey} AND status = 'NOT_APPLICABLE' AND updated_at = ${closedAt}
      AND occasion <> 'BEREAVEMENT'`);
}
