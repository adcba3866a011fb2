import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import type { Context } from '../../kernel/context';
import type { Caller } from '../../kernel/access/caller';
import { ApiError, ErrorCode } from '../../kernel/errors';
import { keyOf, requireKey } from '../../kernel/global-id';
import { notFound } from '../../kernel/mutation';
import { userError, UserErrorCode, type UserError } from '../../kernel/user-error';

/** A county bureau, as a write that stamps a county record with it needs it. */
export interface CountyBureau {
  key: number;
  path: string;
}

/**
 * The county a new county record belongs to: the one named (`bureauId`: a county bureau within
 * reach), else the one county the caller reaches (a county's staff their own, a secretary their
 * branch's; a province or city account while it holds a single county). A province or city
 * account over several counties must name one: REQUIRED on `field`. Problems go to `errors`.
 */
export async function countyToWrite(
  db: Queryable,
  reach: Reach,
  bureauId: string | null | undefined,
  errors: UserError[],
  field: string | string[] = 'bureauId',
): Promise<CountyBureau | null> {
  const bureauKey = bureauId == null ? null : keyOf(bureauId, 'Bureau');
  if (bureauId != null && bureauKey === null) {
    errors.push(userError(field, UserErrorCode.INVALID_ID, '编号无效 (not a valid Bureau id)'));
    return null;
  }
  const rows = await db.run(
    bureauKey != null
      ? sql`SELECT u.id AS key, u.path, u.level FROM bureau u
          WHERE u.id = ${bureauKey} AND ${reach.bureauRow('u')}`
      : sql`SELECT u.id AS key, u.path, u.level FROM bureau u
          WHERE u.level = 'COUNTY' AND ${reach.bureauRow('u')} ORDER BY u.id LIMIT 2`,
  );
  if (bureauKey != null) {
    const [row] = rows;
    if (!row) errors.push(notFound(field, '老干部局', 'bureau'));
    else if (row.level !== 'COUNTY')
      errors.push(
        userError(field, UserErrorCode.INVALID, '请选择县级老干部局 (choose a county bureau)'),
      );
    else return { key: Number(row.key), path: String(row.path) };
    return null;
  }
  if (rows.length === 1) return { key: Number(rows[0].key), path: String(rows[0].path) };
  errors.push(
    userError(
      field,
      UserErrorCode.REQUIRED,
      '请选择所属县级老干部局 (name the county bureau it belongs to)',
    ),
  );
  return null;
}

/**
 * The caller's reach narrowed to a bureau within it (a read's `bureauId` argument), or as it is
 * without one. A bureau out of reach behaves as one that does not exist: NOT_FOUND.
 */
export async function reachOfBureau(
  ctx: Context,
  bureauId: string | null | undefined,
  argument = 'bureauId',
): Promise<Reach> {
  if (bureauId == null) return ctx.reach;
  return ctx.reach.withinBureau((await bureauInReach(ctx, bureauId, argument)).path);
}

/** The bureau a read's argument names, within reach; one out of reach is NOT_FOUND. */
async function bureauInReach(ctx: Context, bureauId: string, argument: string) {
  const bureau = await ctx.loaders.bureau.load(requireKey(bureauId, 'Bureau', argument));
  if (!bureau)
    throw new ApiError(ErrorCode.NOT_FOUND, '老干部局不存在 (bureau not found)', { argument });
  return bureau;
}

/** The `bureauId` argument of the reads that narrow to a bureau. */
export const BUREAU_ARGUMENT = {
  nullable: true,
  description: 'Narrow to this bureau (within your reach): a city’s figures are its counties’.',
} as const;

/**
 * The bureau a new account or token is limited to: the one named (a bureau within reach, of any
 * level), else the caller's own (null for a province-wide caller: a province-wide account). One
 * limited to a branch (`branchKey`, checked by the caller) has no bureau of its own.
 */
export async function accountBureau(
  db: Queryable,
  ctx: { reach: Reach; caller: Caller },
  bureauId: string | null | undefined,
  branchKey: number | null,
  errors: UserError[],
): Promise<number | null> {
  if (bureauId == null)
    return branchKey !== null || ctx.caller.kind === 'ANONYMOUS' ? null : ctx.caller.scopeBureauKey;
  if (branchKey !== null) {
    errors.push(
      userError(
        'bureauId',
        UserErrorCode.INVALID,
        '限定到组织的账号不另设老干部局 (an account limited to a branch has no bureau of its own)',
      ),
    );
    return null;
  }
  const key = keyOf(bureauId, 'Bureau');
  const [row] =
    key === null
      ? []
      : await db.run(
          sql`SELECT u.id FROM bureau u WHERE u.id = ${key} AND ${ctx.reach.bureauRow('u')}`,
        );
  if (!row) errors.push(notFound('bureauId', '老干部局', 'bureau'));
  return key;
}

/**
 * Whose settings a read shows: the bureau named (within reach), else the caller's own (a
 * county's staff their county's; null for the province). Settings a county has not set are the
 * province's.
 */
export async function settingsBureau(
  ctx: Context,
  bureauId: string | null | undefined,
): Promise<number | null> {
  if (bureauId != null) return (await bureauInReach(ctx, bureauId, 'bureauId')).key;
  return ctx.caller.kind === 'ANONYMOUS' ? null : ctx.caller.scopeBureauKey;
}

/**
 * Whose settings a change sets: the province's (the default of every county) for a
 * province-wide caller who names no bureau, else a county's, as for a county record.
 */
export async function settingsToWrite(
  db: Queryable,
  reach: Reach,
  bureauId: string | null | undefined,
  errors: UserError[],
): Promise<{ key: number | null } | null> {
  if (reach.isAll && bureauId == null) return { key: null };
  const county = await countyToWrite(db, reach, bureauId, errors);
  return county && { key: county.key };
}

/** How a settings read's and change's `bureauId` is described. */
export const SETTINGS_BUREAU = {
  nullable: true,
  description:
    'A county bureau (within your reach): its own settings. Without it: your county’s, or, for a province-wide account, the province’s, which are the default of every county that set none.',
} as const;

/**
 * Province-wide reference data (the medal's cut-off day, the points of an hour of volunteering,
 * the party-life frequencies every branch owes): only a province-wide caller changes it; the
 * counties read it.
 */
export function provinceOnly(reach: Reach, errors: UserError[], field: string | string[] = []) {
  if (!reach.isAll)
    errors.push(
      userError(
        field,
        UserErrorCode.FORBIDDEN,
        '全省统一设置，由省委老干部局修改 (set for the whole province, by the province’s bureau)',
      ),
    );
}
