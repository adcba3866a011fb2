import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import type { Reach } from '../../kernel/access/reach';
import { can } from '../../kernel/access/caller';
import { Permission } from '../../kernel/access/permissions';
import {
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  refusedOutright,
  type InputKey,
  type MutationOutcome,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { PARTY_LIFE_KINDS, type ActivityKind, type MeetingFrequency } from './activity-kinds';
import type { PartyLifeRequirement, UpdatePartyLifeSettingInput } from './activity.types';
import { provinceOnly } from '../bureau/county';

/** The frequencies in force: the county's, or a branch's (its own where it set one). */
export async function partyLifeRequirements(
  db: Queryable,
  branchKey: number | null,
): Promise<PartyLifeRequirement[]> {
  const rows = await db.run(sql`
    SELECT s.kind, coalesce(bs.frequency, s.frequency) AS frequency, bs.kind IS NOT NULL AS "ownSetting"
    FROM party_life_setting s
    LEFT JOIN branch_party_life_setting bs ON bs.kind = s.kind AND bs.branch_id = ${branchKey}::int`);
  return rows
    .map((r) => ({
      kind: r.kind as ActivityKind,
      frequency: r.frequency as MeetingFrequency,
      ownSetting: Boolean(r.ownSetting),
    }))
    .sort((a, b) => PARTY_LIFE_KINDS.indexOf(a.kind) - PARTY_LIFE_KINDS.indexOf(b.kind));
}

/** Whether a branch is in reach (the caller's part of the tree). */
export async function branchInReach(db: Queryable, reach: Reach, key: number): Promise<boolean> {
  const [row] = await db.run(
    sql`SELECT 1 FROM branch b WHERE b.id = ${key} AND b.archived_at IS NULL AND ${reach.branch('b')}`,
  );
  return Boolean(row);
}

/**
 * Sets how often a kind is required: the county's (admins), or a branch's own (whoever may
 * write in its reach; null frequency: the county's again).
 */
export async function updatePartyLifeSetting(
  ctx: RequestScope,
  input: UpdatePartyLifeSettingInput,
  keys: { branch: InputKey | null },
): Promise<MutationOutcome<PartyLifeRequirement[]>> {
  const errors: UserError[] = [];
  if (!PARTY_LIFE_KINDS.includes(input.kind))
    errors.push(
      userError(
        'kind',
        UserErrorCode.INVALID,
        '只有三会一课和组织生活有频次要求 (party-life kinds only)',
      ),
    );
  const branchKey = keys.branch === null ? null : inputKey(keys.branch, 'branchId', errors);
  if (keys.branch === null) {
    if (!can(ctx.caller, Permission.ADMIN))
      errors.push(
        userError(
          'branchId',
          UserErrorCode.FORBIDDEN,
          '全县频次由局机关设置 (the county’s are the bureau’s to set)',
        ),
      );
    else provinceOnly(ctx.reach, errors, 'branchId');
    if (input.frequency == null)
      errors.push(
        userError('frequency', UserErrorCode.REQUIRED, '请选择频次 (choose a frequency)'),
      );
  }
  if (refusedOutright(errors)) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'updatePartyLifeSetting', async (tx) => {
    if (branchKey !== null && !(await branchInReach(tx, ctx.reach, branchKey)))
      errors.push(notFound('branchId', '支部', 'branch'));
    refuseIf(errors);
    if (branchKey === null) {
      await tx.run(sql`
        UPDATE party_life_setting SET frequency = ${input.frequency}, version = version + 1, updated_at = ${ctx.now}
        WHERE kind = ${input.kind}`);
    } else if (input.frequency == null) {
      await tx.run(
        sql`DELETE FROM branch_party_life_setting WHERE branch_id = ${branchKey} AND kind = ${input.kind}`,
      );
    } else {
      await tx.run(sql`
        INSERT INTO branch_party_life_setting (branch_id, kind, frequency, updated_at)
        VALUES (${branchKey}, ${input.kind}, ${input.frequency}, ${ctx.now})
        ON CONFLICT (branch_id, kind) DO UPDATE SET frequency = EXCLUDED.frequency, updated_at = EXCLUDED.updated_at`);
    }
    return {
      record: await partyLifeRequirements(tx, branchKey),
      change: branchKey === null ? null : { type: 'Branch', key: branchKey },
      details: { kind: input.kind, frequency: input.frequency ?? null },
    };
  });
}
