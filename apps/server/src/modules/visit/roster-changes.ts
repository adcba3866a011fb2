import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RosterExit, RosterReturn } from '../member/roster-exit';
import { refuseIf } from '../../kernel/mutation';
import { UserErrorCode, userError } from '../../kernel/user-error';
import { insertRow } from '../../kernel/db/entity-columns';
import { VisitOccasion, windowAround } from './occasions';
import { countyOfMember, windowSettings } from './task-generator';
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
  const window = (await windowSettings(tx, countyOfMember(memberKey))).get(
    VisitOccasion.BEREAVEMENT,
  )!;
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

/**
 * Coming back onto the roster after a mistaken exit (api/ adds it to the roster's return rules):
 * the tasks the exit closed are open again, and a mistaken death's bereavement task goes, which
 * is refused once the family has been visited.
 */
export async function visitsOnRosterReturn(back: RosterReturn): Promise<void> {
  if (back.reason === 'DEATH' && !(await withdrawBereavementTask(back.tx, back.memberKey))) {
    refuseIf([
      userError(
        'memberId',
        UserErrorCode.INVALID_STATE,
        '已走访逝者家属，不能撤销逝世登记 (the bereavement visit has been made: the death cannot be undone)',
      ),
    ]);
  }
  await reopenClosedTasks(back.tx, back.memberKey, back.exitedAt, back.now);
}
