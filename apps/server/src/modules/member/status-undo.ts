import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import {
  checkVersion,
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { applyRosterReturn } from './roster-exit';
import { MemberStatus, type Member, type UndoMemberStatusInput } from './member.types';
import { UNIQUE_VIOLATIONS, lockMember, reload } from './member.service';

/** How long after it was recorded a death or transfer out may be undone. */
export const UNDO_DAYS = 30;
const UNDO_MS = UNDO_DAYS * 24 * 60 * 60 * 1000;

/** The operations that take a member off the roster, as the audit trail names them. */
const LEAVING_OPERATIONS = ['recordDeath', 'recordTransferOut'];

/** When the member's current status was recorded, from the audit trail; null when unknown. */
async function statusRecordedAt(tx: Transaction, member: Member): Promise<Date | null> {
  const [row] = await tx.run(sql`
    SELECT occurred_at AS "occurredAt" FROM audit_event
    WHERE record_type = 'Member' AND record_id = ${member.id}
      AND operation = ANY(${LEAVING_OPERATIONS})
    ORDER BY occurred_at DESC, id DESC LIMIT 1`);
  return (row?.occurredAt as Date | undefined) ?? null;
}

function checkUndoable(member: Member, recordedAt: Date | null, now: Date, errors: UserError[]) {
  if (member.status === MemberStatus.ACTIVE) {
    errors.push(
      userError(
        'memberId',
        UserErrorCode.INVALID_STATE,
        '该人员在册，没有可撤销的状态 (the member is on the roster: there is no status to undo)',
      ),
    );
  } else if (!recordedAt || now.getTime() - recordedAt.getTime() > UNDO_MS) {
    errors.push(
      userError(
        'memberId',
        UserErrorCode.INVALID_STATE,
        `只能撤销 ${UNDO_DAYS} 天内登记的逝世或转出 (only a death or transfer out recorded within the last ${UNDO_DAYS} days can be undone)`,
      ),
    );
  }
}

/**
 * Puts a member wrongly recorded as deceased or transferred out back on the roster: the
 * membership the change ended is current again, the tasks it closed are open again and an
 * unvisited bereavement task is withdrawn. Admins only, within UNDO_DAYS of the recording.
 */
export async function undoMemberStatus(
  ctx: RequestScope,
  input: UndoMemberStatusInput,
  keys: { member: InputKey },
): Promise<MutationOutcome<Member>> {
  const errors: UserError[] = [];
  const key = inputKey(keys.member, 'memberId', errors);
  if (key === null) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'undoMemberStatus',
    async (tx) => {
      const member = await lockMember(tx, ctx.reach, key);
      if (!member) refuseIf([notFound('memberId', '人员', 'member')]);
      const current = member!;
      checkVersion(input.expectedVersion, current.version, errors);
      const recordedAt = await statusRecordedAt(tx, current);
      checkUndoable(current, recordedAt, ctx.now, errors);
      refuseIf(errors);
      await tx.run(sql`
        UPDATE member SET status = 'ACTIVE', death_date = NULL, death_cause = NULL, transferred_out_on = NULL,
          transfer_destination = NULL, version = version + 1, updated_at = now()
        WHERE id = ${key}`);
      await tx.run(sql`
        UPDATE branch_membership SET ended_on = NULL
        WHERE id = (SELECT id FROM branch_membership WHERE member_id = ${key}
                    ORDER BY started_on DESC, id DESC LIMIT 1)`);
      await applyRosterReturn({
        tx,
        memberKey: key,
        reason: current.status === MemberStatus.DECEASED ? 'DEATH' : 'TRANSFER_OUT',
        exitedAt: recordedAt!,
        now: ctx.now,
      });
      const record = await reload(tx, key);
      return { record, change: { type: 'Member', key, before: current, after: record } };
    },
    UNIQUE_VIOLATIONS,
  );
}
