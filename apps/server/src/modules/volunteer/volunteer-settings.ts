import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { checkVersion, inTransaction, refuseIf, type MutationOutcome } from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { VolunteerSettings, type UpdateVolunteerSettingsInput } from './volunteer.types';
import { provinceOnly } from '../bureau/county';

/** The most points an hour may earn. */
export const MAX_POINTS_PER_HOUR = 100;

/** The points rule of 志愿积分: how many points an hour of service earns. */
export async function volunteerSettings(db: Queryable): Promise<VolunteerSettings> {
  const [row] = await db.run(sql`
    SELECT s.points_per_hour AS "pointsPerHour", s.version FROM volunteer_setting s`);
  return Object.assign(new VolunteerSettings(), {
    pointsPerHour: Number(row.pointsPerHour),
    version: Number(row.version),
  });
}

/** Sets the points per hour; every figure of points follows it at once (they are not stored). */
export async function updateVolunteerSettings(
  ctx: RequestScope,
  input: UpdateVolunteerSettingsInput,
): Promise<MutationOutcome<VolunteerSettings>> {
  const errors: UserError[] = [];
  provinceOnly(ctx.reach, errors);
  if (input.pointsPerHour < 1 || input.pointsPerHour > MAX_POINTS_PER_HOUR)
    errors.push(
      userError(
        'pointsPerHour',
        UserErrorCode.OUT_OF_RANGE,
        `每小时积分须在 1 到 ${MAX_POINTS_PER_HOUR} 之间 (1 to ${MAX_POINTS_PER_HOUR} points an hour)`,
      ),
    );
  return inTransaction(ctx, 'updateVolunteerSettings', async (tx) => {
    const [locked] = await tx.run(sql`SELECT version FROM volunteer_setting FOR UPDATE`);
    checkVersion(input.expectedVersion, Number(locked.version), errors);
    refuseIf(errors);
    const before = await volunteerSettings(tx);
    await tx.run(sql`
      UPDATE volunteer_setting SET points_per_hour = ${input.pointsPerHour},
        version = version + 1, updated_at = ${ctx.now}`);
    const after = await volunteerSettings(tx);
    return { record: after, change: null, details: { before: { ...before }, after: { ...after } } };
  });
}
