import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RosterExit } from '../member/roster-exit';
import { insertRow } from '../../kernel/db/entity-columns';
import { VisitOccasion, windowAround } from './occasions';
import { windowSettings } from './task-generator';
import { VisitTaskEntity } from './visit-task.entity';

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
  const task = insertRow(VisitTaskEntity, {
    memberId: memberKey,
    occasion: VisitOccasion.BEREAVEMENT,
    occurrenceKey: 'death',
    triggerDate: reportedOn,
    dueFrom,
    dueBy,
  });
  await tx.run(sql`${task} ON CONFLICT ON CONSTRAINT visit_task_occurrence_key DO NOTHING`);
}

/** Leaving the roster, for the visits owed (api/ adds it to the roster's exit rules). */
export async function visitsOnRosterExit(exit: RosterExit): Promise<void> {
  await closeOpenTasks(exit.tx, exit.memberKey, exit.now);
  if (exit.reason === 'DEATH') await createBereavementTask(exit.tx, exit.memberKey, exit.today);
}
