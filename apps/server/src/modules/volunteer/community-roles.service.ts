import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { insertRow } from '../../kernel/db/entity-columns';
import {
  checkVersion,
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  refusedOutright,
  type InputKey,
  type MutationOutcome,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { compareDates } from '@wanxia/schema';
import { EldersStudioEntity, MemberRoleEntity } from './member-role.entity';
import { ROLE_COLUMNS, STUDIO_COLUMNS, toRole, toStudio } from './community-roles.repository';
import {
  MemberRoleKind,
  type AddMemberRoleInput,
  type CreateEldersStudioInput,
  type EldersStudio,
  type EndMemberRoleInput,
  type MemberRole,
  type RecordStudioCasesInput,
} from './community-roles.types';
import { countyToWrite } from '../bureau/county';

const text = (value: string | null | undefined) => value?.trim() || null;

function notAfterToday(
  day: string | null | undefined,
  field: string,
  ctx: RequestScope,
  errors: UserError[],
) {
  if (day && compareDates(day, ctx.today) > 0)
    errors.push(userError(field, UserErrorCode.IN_FUTURE, '日期不能晚于今天 (not after today)'));
}

/** Studios are the county's records. */
function requireCounty(ctx: RequestScope, errors: UserError[]) {
  if (!ctx.reach.wholeBureau)
    errors.push(
      userError(
        [],
        UserErrorCode.FORBIDDEN,
        '五老工作室由局机关管理 (studios are kept by the bureau)',
      ),
    );
}

/** Records a role of a member in reach: the organisation, or the studio for ELDERS_STUDIO. */
export async function addMemberRole(
  ctx: RequestScope,
  input: AddMemberRoleInput,
  keys: { member: InputKey; studio: InputKey | null },
): Promise<MutationOutcome<MemberRole>> {
  const errors = await validateInput(input);
  const memberKey = inputKey(keys.member, 'memberId', errors);
  const inStudio = input.kind === MemberRoleKind.ELDERS_STUDIO;
  const organisation = text(input.organisation);
  let studioKey: number | null = null;
  if (inStudio) {
    if (keys.studio === null)
      errors.push(
        userError('studioId', UserErrorCode.REQUIRED, '请选择工作室 (choose the studio)'),
      );
    else studioKey = inputKey(keys.studio, 'studioId', errors);
    if (organisation)
      errors.push(
        userError(
          'organisation',
          UserErrorCode.INVALID,
          '工作室任职不另填单位 (the studio is the organisation)',
        ),
      );
  } else {
    if (keys.studio !== null)
      errors.push(
        userError(
          'studioId',
          UserErrorCode.INVALID,
          '只有五老工作室任职填工作室 (only for a studio)',
        ),
      );
    if (!organisation)
      errors.push(
        userError(
          'organisation',
          UserErrorCode.REQUIRED,
          '请填写任职单位 (the organisation is required)',
        ),
      );
  }
  notAfterToday(input.startedOn, 'startedOn', ctx, errors);
  notAfterToday(input.endedOn, 'endedOn', ctx, errors);
  if (input.endedOn && compareDates(input.endedOn, input.startedOn) < 0)
    errors.push(
      userError('endedOn', UserErrorCode.TOO_EARLY, '卸任日期不能早于任职日期 (before it began)'),
    );
  if (refusedOutright(errors) || memberKey === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'addMemberRole', async (tx) => {
    const [member] = await tx.run(
      sql`SELECT m.id FROM member m WHERE m.id = ${memberKey} AND ${ctx.reach.member('m')}`,
    );
    if (!member) errors.push(notFound('memberId', '人员', 'member'));
    if (studioKey !== null) {
      const [studio] = await tx.run(
        sql`SELECT st.id FROM elders_studio st WHERE st.id = ${studioKey}`,
      );
      if (!studio) errors.push(notFound('studioId', '工作室', 'studio'));
    }
    refuseIf(errors);
    const [row] = await tx.run(sql`
      WITH r AS (${insertRow(MemberRoleEntity, {
        memberId: memberKey,
        kind: input.kind,
        organisation: inStudio ? null : organisation,
        studioId: studioKey,
        title: text(input.title),
        startedOn: input.startedOn,
        endedOn: input.endedOn ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })} RETURNING *) SELECT ${ROLE_COLUMNS} FROM r`);
    const role = toRole(row);
    return { record: role, change: { type: 'MemberRole', key: role.key, after: role } };
  });
}

/** Ends a role held, on a day on or after it began. */
export async function endMemberRole(
  ctx: RequestScope,
  input: EndMemberRoleInput,
  keys: { role: InputKey },
): Promise<MutationOutcome<MemberRole>> {
  const errors: UserError[] = [];
  const key = inputKey(keys.role, 'roleId', errors);
  notAfterToday(input.endedOn, 'endedOn', ctx, errors);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'endMemberRole', async (tx) => {
    const [locked] = await tx.run(sql`
      SELECT ${ROLE_COLUMNS} FROM member_role r JOIN member m ON m.id = r.member_id
      WHERE r.id = ${key} AND ${ctx.reach.member('m')} FOR UPDATE OF r`);
    if (!locked) refuseIf([notFound('roleId', '任职', 'role')]);
    const before = toRole(locked);
    checkVersion(input.expectedVersion, before.version, errors);
    if (before.endedOn !== null)
      errors.push(userError('roleId', UserErrorCode.INVALID_STATE, '已卸任 (already ended)'));
    else if (compareDates(input.endedOn, before.startedOn) < 0)
      errors.push(
        userError('endedOn', UserErrorCode.TOO_EARLY, '卸任日期不能早于任职日期 (before it began)'),
      );
    refuseIf(errors);
    const [row] = await tx.run(sql`
      UPDATE member_role r SET ended_on = ${input.endedOn}, version = r.version + 1, updated_at = ${ctx.now}
      WHERE r.id = ${key} RETURNING ${ROLE_COLUMNS}`);
    const after = toRole(row);
    return { record: after, change: { type: 'MemberRole', key, before, after } };
  });
}

export async function createEldersStudio(
  ctx: RequestScope,
  input: CreateEldersStudioInput,
): Promise<MutationOutcome<EldersStudio>> {
  const errors = await validateInput(input);
  requireCounty(ctx, errors);
  notAfterToday(input.foundedOn, 'foundedOn', ctx, errors);
  if (errors.length) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'createEldersStudio',
    async (tx) => {
      const county = await countyToWrite(tx, ctx.reach, input.bureauId, errors);
      refuseIf(errors);
      const [row] = await tx.run(sql`
        WITH st AS (${insertRow(EldersStudioEntity, {
          bureauId: county!.key,
          name: input.name.trim(),
          township: text(input.township),
          foundedOn: input.foundedOn ?? null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })} RETURNING *) SELECT ${STUDIO_COLUMNS} FROM st`);
      const studio = toStudio(row);
      return { record: studio, change: { type: 'EldersStudio', key: studio.key, after: studio } };
    },
    {
      elders_studio_name_key: userError(
        'name',
        UserErrorCode.DUPLICATE,
        '已有同名的工作室 (a studio of that name exists)',
      ),
    },
  );
}

/** Sets the cases a studio handled in a year (the count replaces the one kept). */
export async function recordStudioCases(
  ctx: RequestScope,
  input: RecordStudioCasesInput,
  keys: { studio: InputKey },
): Promise<MutationOutcome<EldersStudio>> {
  const errors: UserError[] = [];
  requireCounty(ctx, errors);
  const key = inputKey(keys.studio, 'studioId', errors);
  const thisYear = Number(ctx.today.slice(0, 4));
  if (input.year < 1949 || input.year > thisYear)
    errors.push(
      userError(
        'year',
        UserErrorCode.OUT_OF_RANGE,
        `年度须在 1949 到 ${thisYear} 之间 (1949 to ${thisYear})`,
      ),
    );
  if (input.cases < 0 || input.cases > 100_000)
    errors.push(
      userError('cases', UserErrorCode.OUT_OF_RANGE, '件数须在 0 到 100000 之间 (0 to 100,000)'),
    );
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'recordStudioCases', async (tx) => {
    const [row] = await tx.run(
      sql`SELECT ${STUDIO_COLUMNS} FROM elders_studio st WHERE st.id = ${key} FOR UPDATE`,
    );
    if (!row) refuseIf([notFound('studioId', '工作室', 'studio')]);
    refuseIf(errors);
    await tx.run(sql`
      INSERT INTO elders_studio_year (studio_id, year, cases) VALUES (${key}, ${input.year}, ${input.cases})
      ON CONFLICT (studio_id, year) DO UPDATE SET cases = EXCLUDED.cases`);
    return {
      record: toStudio(row),
      change: { type: 'EldersStudio', key },
      details: { year: input.year, cases: input.cases },
    };
  });
}
