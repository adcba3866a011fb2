import type { Queryable, Transaction } from '../../kernel/db/database';
import { raw, sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { toGlobalId } from '../../kernel/global-id';
import { UserErrorCode, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { mayReadPersonalData } from '../../kernel/access/caller';
import { maskIfPresent } from '../../kernel/access/mask';
import { writeAudit } from '../../kernel/audit';
import { byColumn, column, type ColumnKey, type RowOf } from '../../kernel/db/entity-columns';
import { MemberEntity } from '../member/member.entity';
import {
  type FieldChange,
  type ImportProblem,
  type ImportReport,
  normalizeIdCard,
} from '@wanxia/schema';
import { MEMBER_COLUMNS as MEMBER_SELECT, toMember } from '../member/member.repository';
import {
  changedMemberColumns,
  changedMemberState,
  checkChangedState,
  checkNewMember,
  duplicateIdCard,
  newMemberColumns,
} from '../member/member.service';
import {
  CreateMemberInput,
  MemberStatus,
  UpdateMemberInput,
  type Member,
} from '../member/member.types';
import { BranchDirectory } from './branch-directory';
import { badRequest, httpError } from '../../kernel/errors';
import {
  MEMBER_COLUMNS,
  PERSONAL_FIELDS,
  cellText,
  columnOfHeader,
  displayValue,
  readCell,
  type SheetColumn,
  type SheetField,
  type SheetValue,
} from './member-sheet';
import type { Cell, Sheet } from './read-sheet';

/** How many rows of each kind the preview shows. */
export const PREVIEW_ROWS = 100;

type RowValues = Partial<Record<SheetField, SheetValue | null>>;

interface PlannedCreate {
  row: number;
  values: RowValues;
  /** The row's columns, computed only when written (names' pinyin is not free). */
  columns: () => Partial<RowOf<MemberEntity>>;
}

interface PlannedUpdate {
  row: number;
  member: Member;
  changes: FieldChange[];
  columns: () => Partial<RowOf<MemberEntity>>;
}

interface Plan {
  report: ImportReport;
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
}

const COLUMN_OF_FIELD = new Map<string, SheetColumn>(MEMBER_COLUMNS.map((c) => [c.field, c]));
COLUMN_OF_FIELD.set('branchId', COLUMN_OF_FIELD.get('branch')!);

const MASKED = /\*{4}/;

/** Required text fields as a row without them is checked. */
const REQUIRED_TEXT_PLACEHOLDERS = Object.fromEntries(
  MEMBER_COLUMNS.filter((c) => c.required && (c.kind === 'text' || c.kind === 'idCard')).map(
    (c) => [c.field, ''],
  ),
);

/** Which sheet column holds which field; refuses repeated and missing required columns. */
function mapColumns(headers: string[]): { columns: (SheetColumn | null)[]; ignored: string[] } {
  const columns = headers.map((h) => (h ? (columnOfHeader(h) ?? null) : null));
  const seen = new Set<SheetField>();
  for (const column of columns) {
    if (!column) continue;
    if (seen.has(column.field))
      throw badRequest(
        'DUPLICATE_COLUMN',
        `“${column.header}”列出现了两次 (the column ${column.header} appears twice)`,
      );
    seen.add(column.field);
  }
  const missing = MEMBER_COLUMNS.filter((c) => c.required && !seen.has(c.field)).map(
    (c) => c.header,
  );
  if (missing.length) {
    throw badRequest(
      'MISSING_COLUMNS',
      `缺少必填列：${missing.join('、')} (missing required columns: ${missing.join(', ')})`,
      { columns: missing },
    );
  }
  return { columns, ignored: headers.filter((h, i) => h && !columns[i]) };
}

/** The header row is the one naming 姓名 and 身份证号. */
export const isMemberHeader = (cells: string[]) =>
  ['name', 'idCardNumber'].every((field) =>
    cells.some((cell) => columnOfHeader(cell)?.field === field),
  );

const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Where problems are listed in a row: in the template's column order. */
const COLUMN_ORDER = new Map(MEMBER_COLUMNS.map((c, i) => [c.field, i]));

/** The row being checked: its number, its cells by field, and the cells that could not be read. */
interface RowCheck {
  row: number;
  cells: Map<SheetField, Cell>;
  /** The row's 姓名 as uploaded. */
  name: string | null;
  /** Cells empty though required, or unreadable: rules on them would only repeat that. */
  unreadable: Set<SheetField>;
}

/** The spreadsheet, row by row, checked with createMember's and updateMember's rules. */
class ImportPlanner {
  private readonly problems: ImportProblem[] = [];
  private readonly creates: PlannedCreate[] = [];
  private readonly updates: PlannedUpdate[] = [];
  private readonly unchanged: { row: number; member: Member }[] = [];
  private readonly invalidRows = new Set<number>();
  private readonly showPersonal: boolean;

  constructor(
    private readonly ctx: RequestScope,
    private readonly branches: BranchDirectory,
    /** Members by ID number, latest first. */
    private readonly existing: Map<string, Member[]>,
    private readonly inReach: Set<number>,
  ) {
    this.showPersonal = mayReadPersonalData(ctx.caller);
  }

  private report(r: RowCheck, field: string, code: string, message: string) {
    const column = COLUMN_OF_FIELD.get(field);
    const text = column ? cellText(r.cells.get(column.field) ?? null) : '';
    this.problems.push({
      row: r.row,
      column: column?.header ?? field,
      field: column?.field ?? field,
      code,
      message,
      name: r.name,
      value: this.showPersonal || !text ? text : String(maskIfPresent(field, text)),
    });
    this.invalidRows.add(r.row);
  }

  /** Rule errors of the row, but none on a cell whose reading was reported already. */
  private reportAll(r: RowCheck, errors: UserError[]) {
    for (const error of errors) {
      const column = COLUMN_OF_FIELD.get(error.field[0]);
      const field = column?.field ?? error.field.join('.');
      if (!r.unreadable.has(field as SheetField)) this.report(r, field, error.code, error.message);
    }
  }

  /** A value as the preview shows it; personal data masked for callers who may not read it. */
  private shown(column: SheetColumn, value: SheetValue | null | undefined): string {
    const text = displayValue(column, value);
    return this.showPersonal || !text ? text : String(maskIfPresent(column.field, text));
  }

  async plan(sheet: Sheet, columns: (SheetColumn | null)[]): Promise<void> {
    const firstRowOf = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const byField = new Map<SheetField, Cell>();
      columns.forEach((column, i) => column && byField.set(column.field, cells[i] ?? null));
      const r: RowCheck = {
        row,
        cells: byField,
        name: cellText(byField.get('name') ?? null) || null,
        unreadable: new Set(),
      };
      // Every rule runs on every row, whatever else is wrong with it: one upload lists all of
      // the file's problems.
      const values = this.readRow(r, columns);
      const idCard = values.idCardNumber ? normalizeIdCard(values.idCardNumber as string) : null;
      const first = idCard ? firstRowOf.get(idCard) : undefined;
      if (idCard && first === undefined) firstRowOf.set(idCard, row);
      else if (first !== undefined)
        this.report(
          r,
          'idCardNumber',
          UserErrorCode.DUPLICATE,
          `与第 ${first} 行的身份证号相同 (the same ID number as row ${first})`,
        );
      const branch = values.branch ? this.branches.resolve(values.branch as string) : null;
      if (branch && 'problem' in branch) this.reportAll(r, [branch.problem]);
      const branchKey = branch && 'key' in branch ? branch.key : null;
      const members = idCard ? (this.existing.get(idCard) ?? []) : [];
      const current = members.find((m) => m.status === MemberStatus.ACTIVE);
      // A current member outside reach holds the number: createMember's duplicate check.
      if (current && !this.inReach.has(current.key)) this.reportAll(r, [duplicateIdCard]);
      // The current member, else a former one (deceased, transferred out) in reach.
      const match = current ?? members.find((m) => this.inReach.has(m.key));
      if (match && this.inReach.has(match.key)) await this.planUpdate(r, values, branchKey, match);
      else await this.planCreate(r, values, branchKey);
    }
  }

  /** The row's readable cells by field; each empty required or unreadable one reported. */
  private readRow(r: RowCheck, columns: (SheetColumn | null)[]): RowValues {
    const values: RowValues = {};
    for (const column of columns) {
      if (!column) continue;
      const result = readCell(column, r.cells.get(column.field) ?? null);
      const value = 'value' in result ? result.value : null;
      if ('problem' in result) {
        this.report(r, column.field, result.problem.code, result.problem.message);
      } else if (value === null && column.required) {
        this.report(
          r,
          column.field,
          UserErrorCode.REQUIRED,
          `${column.header}不能为空 (${column.field} is required)`,
        );
      } else if (
        PERSONAL_FIELDS.has(column.field) &&
        typeof value === 'string' &&
        MASKED.test(value)
      ) {
        this.report(
          r,
          column.field,
          UserErrorCode.INVALID,
          '这是脱敏后的值，不能导入：请用能查看完整个人信息的账号导出 (a masked value cannot be imported)',
        );
      } else {
        if (value !== null) values[column.field] = value;
        continue;
      }
      r.unreadable.add(column.field);
    }
    return values;
  }

  private async planCreate(r: RowCheck, values: RowValues, branchKey: number | null) {
    const { branch: _branch, ...fields } = values;
    const input = Object.assign(new CreateMemberInput(), {
      // Required text the row lacks (reported already) is checked as empty, so the other rules
      // still run.
      ...REQUIRED_TEXT_PLACEHOLDERS,
      ...fields,
      partyMember: values.partyMember ?? true,
    }) as CreateMemberInput;
    // An unknown branch is reported already; the other rules still run.
    const { errors, state } = await checkNewMember(input, branchKey ?? 1, this.ctx.today);
    this.reportAll(r, errors);
    if (branchKey === null || this.invalidRows.has(r.row)) return;
    // The preview shows what the ID number says when the sheet leaves them out.
    values.gender ??= state.gender;
    values.birthDate ??= state.birthDate;
    this.creates.push({
      row: r.row,
      values,
      columns: () => newMemberColumns(input, state, branchKey),
    });
  }

  private async planUpdate(
    r: RowCheck,
    values: RowValues,
    branchKey: number | null,
    member: Member,
  ) {
    const { row } = r;
    if (branchKey !== null && branchKey !== member.branchId) {
      this.report(
        r,
        'branch',
        UserErrorCode.INVALID,
        `该人员在册于“${this.branches.pathOf(member.branchId)}”：调转支部请在人员页面办理 (the member is in another branch: transfer them on the member page)`,
      );
    }
    const changed: Record<string, SheetValue> = {};
    for (const [field, value] of Object.entries(values) as [SheetField, SheetValue][]) {
      if (field === 'branch' || field === 'idCardNumber') continue;
      if (!sameValue(value, member[field])) changed[field] = value;
    }
    const input = Object.assign(new UpdateMemberInput(), changed, {
      id: toGlobalId('Member', member.key),
    }) as UpdateMemberInput;
    const state = changedMemberState(input, member);
    this.reportAll(r, [
      ...(await validateInput(input)),
      ...checkChangedState(input, state, this.ctx.today),
    ]);
    if (this.invalidRows.has(row)) return;
    // Leaving the party clears the joining and full-membership dates: a change the sheet does
    // not spell out.
    if (state.partyJoinDate !== member.partyJoinDate && !('partyJoinDate' in changed)) {
      changed.partyJoinDate = state.partyJoinDate ?? '';
    }
    if (
      state.fullMembershipDate !== member.fullMembershipDate &&
      !('fullMembershipDate' in changed)
    ) {
      changed.fullMembershipDate = state.fullMembershipDate ?? '';
    }
    if (Object.keys(changed).length === 0) {
      this.unchanged.push({ row, member });
      return;
    }
    const changes = Object.entries(changed).map(([field, after]) => {
      const column = COLUMN_OF_FIELD.get(field)!;
      const before = member[field as keyof Member] as SheetValue | null;
      return {
        column: column.header,
        field,
        before: this.shown(column, before),
        after: this.shown(column, after),
      };
    });
    this.updates.push({
      row,
      member,
      changes,
      columns: () => changedMemberColumns(input, state),
    });
  }

  result(sheet: Sheet, fileName: string | null, ignored: string[]): Plan {
    this.problems.sort(
      (a, b) =>
        a.row - b.row ||
        (COLUMN_ORDER.get(a.field as SheetField) ?? MEMBER_COLUMNS.length) -
          (COLUMN_ORDER.get(b.field as SheetField) ?? MEMBER_COLUMNS.length),
    );
    const memberId = (m: Member) => toGlobalId('Member', m.key);
    const report: ImportReport = {
      fileName,
      rows: sheet.rows.length,
      problems: this.problems,
      invalidRows: this.invalidRows.size,
      counts: {
        create: this.creates.length,
        update: this.updates.length,
        unchanged: this.unchanged.length,
      },
      preview: {
        create: this.creates.slice(0, PREVIEW_ROWS).map(({ row, values }) => ({
          row,
          name: values.name as string,
          values: Object.fromEntries(
            MEMBER_COLUMNS.filter((c) => values[c.field] != null).map((c) => [
              c.header,
              this.shown(c, values[c.field]),
            ]),
          ),
        })),
        update: this.updates.slice(0, PREVIEW_ROWS).map(({ row, member, changes }) => ({
          row,
          memberId: memberId(member),
          name: member.name,
          changes,
        })),
        unchanged: this.unchanged.slice(0, PREVIEW_ROWS).map(({ row, member }) => ({
          row,
          memberId: memberId(member),
          name: member.name,
        })),
      },
      ignoredColumns: ignored,
      committed: false,
    };
    return { report, creates: this.creates, updates: this.updates };
  }
}

/** Members holding the file's ID numbers, locked when about to be written. */
async function membersByIdCards(
  db: Queryable,
  ctx: RequestScope,
  idCards: string[],
  lock: boolean,
): Promise<{ byIdCard: Map<string, Member[]>; inReach: Set<number> }> {
  const rows = await db.run(sql`
    SELECT ${MEMBER_SELECT}, ${ctx.reach.member('m')} AS "inReach"
    FROM member m WHERE m.id_card_number = ANY(${idCards}::text[])
    ORDER BY m.id DESC
    ${lock ? sql`FOR UPDATE OF m` : sql``}`);
  const byIdCard = new Map<string, Member[]>();
  const inReach = new Set<number>();
  for (const row of rows) {
    const reachable = row.inReach === true;
    delete row.inReach;
    const member = toMember(row);
    if (reachable) inReach.add(member.key);
    byIdCard.set(member.idCardNumber, [...(byIdCard.get(member.idCardNumber) ?? []), member]);
  }
  return { byIdCard, inReach };
}

async function planImport(
  db: Queryable,
  ctx: RequestScope,
  sheet: Sheet,
  fileName: string | null,
  lock: boolean,
): Promise<Plan> {
  const { columns, ignored } = mapColumns(sheet.headers);
  const idColumn = columns.findIndex((c) => c?.field === 'idCardNumber');
  const idCards = [
    ...new Set(
      sheet.rows
        .map(({ cells }) => cells[idColumn])
        .filter((cell): cell is string => typeof cell === 'string')
        .map(normalizeIdCard),
    ),
  ];
  const branches = await BranchDirectory.load(db, ctx.reach);
  const { byIdCard, inReach } = await membersByIdCards(db, ctx, idCards, lock);
  const planner = new ImportPlanner(ctx, branches, byIdCard, inReach);
  await planner.plan(sheet, columns);
  return planner.result(sheet, fileName, ignored);
}

/** Checks every row and answers what an import would do, writing nothing. */
export async function dryRunImport(ctx: RequestScope, sheet: Sheet, fileName: string | null) {
  return (await planImport(ctx.db, ctx, sheet, fileName, false)).report;
}

/** The columns an import writes, in the member table's order. */
const WRITTEN: readonly ColumnKey<MemberEntity>[] = [
  'name',
  'namePinyin',
  'nameInitials',
  'gender',
  'ethnicity',
  'birthDate',
  'idCardNumber',
  'phone',
  'address',
  'residenceKind',
  'residencePlace',
  'formerUnit',
  'formerPosition',
  'rank',
  'retirementType',
  'retirementDate',
  'workStartDate',
  'partyMember',
  'partyJoinDate',
  'fullMembershipDate',
  'branchId',
  'healthStatus',
  'healthNotes',
  'livingSituation',
  'spouseName',
  'emergencyContactName',
  'emergencyContactRelation',
  'emergencyContactPhone',
  'carePlan',
  'contactLeader',
  'tags',
];
const WRITTEN_NAMES = WRITTEN.map((p) => column(MemberEntity, p)).join(', ');
const WRITTEN_FROM_R = WRITTEN.map((p) =>
  p === 'tags' ? `coalesce(r.${column(MemberEntity, p)}, '{}')` : `r.${column(MemberEntity, p)}`,
).join(', ');
const WRITTEN_FROM_P = WRITTEN.map((p) => `p.${column(MemberEntity, p)}`).join(', ');

/** A planned row's columns by their SQL names, as jsonb_populate_record reads them. */
const rowOf = (columns: Partial<RowOf<MemberEntity>>) => byColumn(MemberEntity, columns);

/** All new members and their first memberships in one statement. */
async function insertMembers(tx: Transaction, creates: PlannedCreate[], today: string) {
  if (!creates.length) return;
  await tx.run(sql`
    WITH inserted AS (
      INSERT INTO member (${raw(WRITTEN_NAMES)})
      SELECT ${raw(WRITTEN_FROM_R)}
      FROM jsonb_populate_recordset(NULL::member, ${JSON.stringify(creates.map((c) => rowOf(c.columns())))}::jsonb) r
      RETURNING id, branch_id
    )
    INSERT INTO branch_membership (member_id, branch_id, started_on, reason)
    SELECT id, branch_id, ${today}::date, 'ENROLLED' FROM inserted`);
}

/** Every changed member in one statement: each row's own columns over what is stored. */
async function updateMembers(tx: Transaction, updates: PlannedUpdate[]) {
  if (!updates.length) return;
  const changes = updates.map((u) => ({ id: u.member.key, c: rowOf(u.columns()) }));
  await tx.run(sql`
    UPDATE member m SET (${raw(WRITTEN_NAMES)}) = (
        SELECT ${raw(WRITTEN_FROM_P)}
        FROM jsonb_populate_record(m, u.c) p),
      version = m.version + 1, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS u(id int, c jsonb)
    WHERE m.id = u.id`);
}

const ID_CARD_RACE = httpError(
  409,
  'CONFLICT',
  '导入期间有人登记了相同身份证号的人员，请重新检查后再导入 (someone registered one of these ID numbers meanwhile: check again)',
);

/**
 * Checks every row again and writes all of them or none, in one transaction: the new members
 * with their memberships, the changed fields of the others, and one audit entry.
 */
export async function commitImport(
  ctx: RequestScope,
  sheet: Sheet,
  fileName: string | null,
): Promise<ImportReport> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { report, creates, updates } = await planImport(tx, ctx, sheet, fileName, true);
      if (report.problems.length) return report;
      await insertMembers(tx, creates, ctx.today);
      await updateMembers(tx, updates);
      await writeAudit(tx, ctx, 'importMembers', null, {
        fileName,
        rows: report.rows,
        ...report.counts,
      });
      return { ...report, committed: true };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw ID_CARD_RACE;
    throw error;
  }
}
