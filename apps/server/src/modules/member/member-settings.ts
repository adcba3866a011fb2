import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { checkVersion, inTransaction, refuseIf, type MutationOutcome } from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { Projection } from '../../kernel/db/projection';
import { MemberSettingEntity } from './member-setting.entity';
import { format, type MedalCutoff } from '@wanxia/schema';
import { MemberSettings, type UpdateMemberSettingsInput } from './member.types';
import { provinceOnly } from '../bureau/county';

const SETTINGS = Projection.of(MemberSettingEntity, { omit: ['id', 'updatedAt'] }, {});

/** The roster's settings: the medal's cut-off day of the year. */
export async function memberSettings(db: Queryable): Promise<MemberSettings> {
  const [row] = await db.run(
    sql`SELECT ${SETTINGS.select('ms', SETTINGS.properties())} FROM member_setting ms`,
  );
  return Object.assign(new MemberSettings(), {
    medalCutoff: format(2000, Number(row.medalCutoffMonth), Number(row.medalCutoffDay)).slice(5),
    version: Number(row.version),
  });
}

/** A cut-off day `MM-DD` as month and day, for the rules. */
export function medalCutoffOf(monthDay: string): MedalCutoff {
  return { month: Number(monthDay.slice(0, 2)), day: Number(monthDay.slice(3, 5)) };
}

export async function updateMemberSettings(
  ctx: RequestScope,
  input: UpdateMemberSettingsInput,
): Promise<MutationOutcome<MemberSettings>> {
  const errors: UserError[] = [];
  provinceOnly(ctx.reach, errors);
  if (input.medalCutoff === '02-29') {
    errors.push(
      userError(
        'medalCutoff',
        UserErrorCode.INVALID,
        '截止日须为每年都有的日期，不能是 2 月 29 日 (a day every year has: not 29 February)',
      ),
    );
  }
  return inTransaction(ctx, 'updateMemberSettings', async (tx) => {
    const [locked] = await tx.run(sql`SELECT version FROM member_setting FOR UPDATE`);
    checkVersion(input.expectedVersion, Number(locked.version), errors);
    refuseIf(errors);
    const before = await memberSettings(tx);
    const cutoff = medalCutoffOf(input.medalCutoff ?? before.medalCutoff);
    await tx.run(sql`
      UPDATE member_setting SET medal_cutoff_month = ${cutoff.month}, medal_cutoff_day = ${cutoff.day},
        version = version + 1, updated_at = ${ctx.now}`);
    const after = await memberSettings(tx);
    return { record: after, change: null, details: { before: { ...before }, after: { ...after } } };
  });
}
