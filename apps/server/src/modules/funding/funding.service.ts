import type { Queryable, Transaction } from '../../kernel/db/database';
import { sql, join, raw, type Sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { column, insertRow, type ColumnKey } from '../../kernel/db/entity-columns';
import { BudgetEntity } from './budget.entity';
import { DisbursementEntity } from './disbursement.entity';
import {
  checkVersion,
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
  refusedOutright,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { callerLabel, isCreatedBy, type Caller } from '../../kernel/access/caller';
import type { Reach } from '../../kernel/access/reach';
import { formatYuan, parts } from '@wanxia/schema';
import {
  BUDGET_COLUMNS,
  DISBURSEMENT_COLUMNS,
  budgetInReach,
  countyOfLine,
  disbursementInReach,
  fundingSettingsOf,
  toBudget,
  toDisbursement,
} from './funding.repository';
import {
  BudgetCategory,
  DisbursementStatus,
  FundingSettings,
  PayeeKind,
  type Budget,
  type CreateBudgetInput,
  type CreateDisbursementInput,
  type Disbursement,
  type DisbursementActionInput,
  type UpdateBudgetInput,
  type UpdateFundingSettingsInput,
  type VoidDisbursementInput,
} from './funding.types';
import { countyToWrite, settingsToWrite } from '../bureau/county';

const FIRST_YEAR = 1949;
/** A line of 1 billion yuan is a typing error, not a budget. */
const MAX_AMOUNT_FEN = 100_000_000_000;

function checkAmount(field: string, amount: number, errors: UserError[], min: number) {
  if (amount < min || amount > MAX_AMOUNT_FEN) {
    errors.push(
      userError(
        field,
        UserErrorCode.OUT_OF_RANGE,
        min > 0
          ? '金额须大于 0 (the amount must be more than zero)'
          : '金额须在 0 至 10 亿元之间 (the amount must be 0 to 1 billion yuan)',
      ),
    );
  }
}

const DUPLICATE_NAME = userError(
  'name',
  UserErrorCode.DUPLICATE,
  '该年度已有同名预算 (a line of this name exists for the year)',
);

/** The line in reach, locked for the rest of the transaction; missing refuses. */
async function lockBudget(
  tx: Transaction,
  reach: Reach,
  key: number,
  field: string | string[],
): Promise<Budget> {
  const [row] = await tx.run(sql`
    SELECT ${BUDGET_COLUMNS} FROM budget bl WHERE bl.id = ${key} AND ${budgetInReach('bl', reach)}
    FOR UPDATE`);
  if (!row) refuseIf([notFound(field, '预算', 'budget line')]);
  return toBudget(row);
}

export async function createBudget(
  ctx: RequestScope,
  input: CreateBudgetInput,
  keys: { branch: InputKey | null },
): Promise<MutationOutcome<Budget>> {
  const errors = await validateInput(input);
  if (input.year < FIRST_YEAR || input.year > 9999) {
    errors.push(userError('year', UserErrorCode.OUT_OF_RANGE, '年度不正确 (not a valid year)'));
  }
  checkAmount('amountFen', input.amountFen, errors, 0);
  const branchKey = keys.branch != null ? inputKey(keys.branch, 'branchId', errors) : null;
  if (errors.length) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'createBudget',
    async (tx) => {
      let bureauKey: number;
      if (branchKey !== null) {
        const [branch] = await tx.run(
          sql`SELECT b.bureau_id AS "bureauKey" FROM branch b WHERE b.id = ${branchKey} AND ${ctx.reach.branch('b')}`,
        );
        if (!branch) refuseIf([notFound('branchId', '党组织', 'branch')]);
        bureauKey = Number(branch.bureauKey);
      } else {
        const county = await countyToWrite(tx, ctx.reach, input.bureauId, errors);
        refuseIf(errors);
        bureauKey = county!.key;
      }
      const line = insertRow(BudgetEntity, {
        bureauId: bureauKey,
        year: input.year,
        category: input.category,
        name: input.name.trim(),
        amountFen: input.amountFen,
        branchId: branchKey,
        note: input.note ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      const [row] = await tx.run(sql`
        WITH bl AS (${line} RETURNING *)
        SELECT ${BUDGET_COLUMNS} FROM bl`);
      const record = toBudget(row);
      return { record, change: { type: 'Budget', key: record.key, after: record } };
    },
    { budget_name_key: DUPLICATE_NAME },
  );
}

export async function updateBudget(
  ctx: RequestScope,
  input: UpdateBudgetInput,
  keys: { budget: InputKey },
): Promise<MutationOutcome<Budget>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.budget, 'id', errors);
  if (input.amountFen != null) checkAmount('amountFen', input.amountFen, errors, 0);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'updateBudget',
    async (tx) => {
      const before = await lockBudget(tx, ctx.reach, key, 'id');
      checkVersion(input.expectedVersion, before.version, errors);
      if (input.amountFen != null && input.amountFen < before.committedFen) {
        errors.push(
          userError(
            'amountFen',
            UserErrorCode.BELOW_COMMITTED,
            `不能低于已支出和已批准的 ${formatYuan(before.committedFen)} 元 (cannot be below the ${formatYuan(before.committedFen)} yuan committed)`,
          ),
        );
      }
      refuseIf(errors);
      const [row] = await tx.run(sql`
        WITH bl AS (
          UPDATE budget SET name = ${input.name?.trim() ?? before.name},
            amount_fen = ${input.amountFen ?? before.amountFen},
            note = ${input.note !== undefined ? input.note : before.note},
            version = version + 1, updated_at = ${ctx.now}
          WHERE id = ${key} RETURNING *
        )
        SELECT ${BUDGET_COLUMNS} FROM bl`);
      const record = toBudget(row);
      return { record, change: { type: 'Budget', key, before, after: record } };
    },
    { budget_name_key: DUPLICATE_NAME },
  );
}

/** Who did a step, in the columns `<step>_by`, `<step>_by_user_id`, `<step>_by_token_id`. */
function stamp(caller: Caller) {
  return {
    label: callerLabel(caller),
    user: caller.kind === 'USER' ? caller.userKey : null,
    token: caller.kind === 'TOKEN' ? caller.tokenKey : null,
  };
}

interface Payee {
  kind: PayeeKind;
  name: string;
  memberKey: number | null;
  branchKey: number | null;
}

/** The payee in reach, named as it is today; problems go to `errors`. */
async function resolvePayee(
  tx: Transaction,
  ctx: RequestScope,
  input: CreateDisbursementInput,
  keys: DisbursementKeys,
  errors: UserError[],
): Promise<Payee | null> {
  if (input.payeeKind === PayeeKind.MEMBER) {
    const memberKey = keys.member != null ? inputKey(keys.member, 'memberId', errors) : null;
    if (memberKey === null) {
      if (!input.memberId)
        errors.push(userError('memberId', UserErrorCode.REQUIRED, '请选择人员 (choose a member)'));
      return null;
    }
    const [m] = await tx.run(
      sql`SELECT m.name FROM member m WHERE m.id = ${memberKey} AND ${ctx.reach.member('m')} FOR SHARE`,
    );
    if (!m) errors.push(notFound('memberId', '人员', 'member'));
    return m ? { kind: input.payeeKind, name: String(m.name), memberKey, branchKey: null } : null;
  }
  if (input.payeeKind === PayeeKind.BRANCH) {
    const branchKey = keys.branch != null ? inputKey(keys.branch, 'branchId', errors) : null;
    if (branchKey === null) {
      if (!input.branchId)
        errors.push(
          userError('branchId', UserErrorCode.REQUIRED, '请选择党组织 (choose a branch)'),
        );
      return null;
    }
    const [b] = await tx.run(
      sql`SELECT b.name FROM branch b WHERE b.id = ${branchKey} AND ${ctx.reach.branch('b')}`,
    );
    if (!b) errors.push(notFound('branchId', '党组织', 'branch'));
    return b ? { kind: input.payeeKind, name: String(b.name), memberKey: null, branchKey } : null;
  }
  const name = input.payeeName?.trim();
  if (!name) {
    errors.push(userError('payeeName', UserErrorCode.REQUIRED, '请填写收款方 (name the payee)'));
    return null;
  }
  return { kind: PayeeKind.OTHER, name, memberKey: null, branchKey: null };
}

/** The ids of a new payment, decoded; an id left empty is absent. */
export interface DisbursementKeys {
  budget: InputKey;
  visit: InputKey | null;
  member: InputKey | null;
  branch: InputKey | null;
}

export async function createDisbursement(
  ctx: RequestScope,
  input: CreateDisbursementInput,
  keys: DisbursementKeys,
): Promise<MutationOutcome<Disbursement>> {
  const errors = await validateInput(input);
  const budgetKey = inputKey(keys.budget, 'budgetId', errors);
  const visitKey = keys.visit != null ? inputKey(keys.visit, 'visitId', errors) : null;
  checkAmount('amountFen', input.amountFen, errors, 1);
  if (refusedOutright(errors) || budgetKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'createDisbursement', async (tx) => {
    const [line] = await tx.run(
      sql`SELECT bl.id FROM budget bl WHERE bl.id = ${budgetKey} AND ${budgetInReach('bl', ctx.reach)}`,
    );
    if (!line) errors.push(notFound('budgetId', '预算', 'budget line'));
    const payee = await resolvePayee(tx, ctx, input, keys, errors);
    if (visitKey !== null) {
      const [visit] = await tx.run(sql`
        SELECT 1 FROM visit v WHERE v.id = ${visitKey}
          AND v.member_id IN (SELECT m.id FROM member m WHERE ${ctx.reach.member('m')})`);
      if (!visit) errors.push(notFound('visitId', '走访记录', 'visit'));
    }
    refuseIf(errors);
    const record = await insertDisbursement(tx, ctx, {
      budgetKey,
      amountFen: input.amountFen,
      purpose: input.purpose.trim(),
      payee: payee!,
      date: input.date,
      visitKey,
      note: input.note ?? null,
    });
    return { record, change: { type: 'Disbursement', key: record.key, after: record } };
  });
}

interface NewDisbursement {
  budgetKey: number;
  amountFen: number;
  purpose: string;
  payee: Payee;
  date: string;
  visitKey: number | null;
  note: string | null;
}

/** A draft disbursement, written as is: the caller has checked everything. */
async function insertDisbursement(tx: Transaction, ctx: RequestScope, d: NewDisbursement) {
  const by = stamp(ctx.caller);
  const draft = insertRow(DisbursementEntity, {
    budgetId: d.budgetKey,
    amountFen: d.amountFen,
    purpose: d.purpose,
    payeeKind: d.payee.kind,
    payeeName: d.payee.name,
    memberId: d.payee.memberKey,
    branchId: d.payee.branchKey,
    visitId: d.visitKey,
    disbursedOn: d.date,
    note: d.note,
    createdAt: ctx.now,
    createdBy: by.label,
    createdByUserId: by.user,
    createdByTokenId: by.token,
    updatedAt: ctx.now,
  });
  const [row] = await tx.run(sql`
    WITH d AS (${draft} RETURNING *)
    SELECT ${DISBURSEMENT_COLUMNS} FROM d`);
  return toDisbursement(row);
}

/** The funding rules in force for a bureau (null: the province's, every county's default). */
export async function fundingSettings(
  db: Queryable,
  bureau: Sql | number | null,
): Promise<FundingSettings> {
  const [row] = await db.run(sql`
    SELECT fs.allow_self_approval AS "allowSelfApproval",
      fs.condolence_yearly_cap_fen AS "condolenceYearlyCapFen",
      fs.secretaries_see_county_lines AS "secretariesSeeCountyLines", fs.version,
      fs.own_setting AS "ownSetting"
    FROM ${fundingSettingsOf(bureau)}`);
  const cap = row.condolenceYearlyCapFen;
  return Object.assign(new FundingSettings(), row, {
    condolenceYearlyCapFen: cap == null ? null : Number(cap),
  });
}

/** The disbursement in reach, locked; missing refuses. */
async function lockDisbursement(tx: Transaction, reach: Reach, key: number): Promise<Disbursement> {
  const [row] = await tx.run(sql`
    SELECT ${DISBURSEMENT_COLUMNS} FROM disbursement d
    WHERE d.id = ${key} AND ${disbursementInReach('d', reach)} FOR UPDATE`);
  if (!row) refuseIf([notFound('id', '支出', 'disbursement')]);
  return toDisbursement(row);
}

/**
 * Commits `amountFen` against a line, or refuses with the figures (`params`: remainingFen,
 * neededFen, missingFen): one UPDATE that only succeeds while the line
 * has room. Concurrent commits on a line queue on its row lock and each re-checks the room the
 * one before it left, so a line is never overdrawn, whatever the number of server processes.
 */
export async function commitAgainst(
  tx: Transaction,
  budgetKey: number,
  amountFen: number,
  now: Date,
  field: string[] = ['amountFen'],
) {
  const [row] = await tx.run(sql`
    WITH bl AS (
      UPDATE budget SET committed_fen = committed_fen + ${amountFen}, version = version + 1, updated_at = ${now}
      WHERE id = ${budgetKey} AND committed_fen + ${amountFen} <= amount_fen
      RETURNING *
    )
    SELECT bl.amount_fen - bl.committed_fen AS remaining FROM bl`);
  if (row) return;
  const [line] = await tx.run(
    sql`SELECT amount_fen - committed_fen AS remaining FROM budget WHERE id = ${budgetKey}`,
  );
  const remaining = Number(line.remaining);
  refuseIf([
    userError(
      field,
      UserErrorCode.BUDGET_EXCEEDED,
      `预算余额不足：尚余 ${formatYuan(remaining)} 元，需 ${formatYuan(amountFen)} 元 (the line has ${formatYuan(remaining)} yuan left, ${formatYuan(amountFen)} needed)`,
      { remainingFen: remaining, neededFen: amountFen, missingFen: amountFen - remaining },
    ),
  ]);
}

/**
 * The yearly cap on what a member receives from assistance lines, if one is set: the member's row
 * is locked so two payments to one member cannot both slip under it.
 */
async function checkCondolenceCap(
  tx: Transaction,
  memberKey: number | null,
  budgetKey: number,
  amountFen: number,
  date: string,
  field: string | string[],
) {
  if (memberKey === null) return;
  const path = Array.isArray(field) ? field : [field];
  refuseIf(await checkCondolenceCaps(tx, budgetKey, date, [{ memberKey, amountFen, field: path }]));
}

/** What a status change needs: where it may start, why not otherwise, and its effect on the line. */
interface Transition {
  operation: string;
  from: DisbursementStatus[];
  refusal: [zh: string, en: string];
  to: DisbursementStatus;
  step: 'approved' | 'paid' | 'voided';
  /** Checks and moves the money; runs with the disbursement locked and in its transaction. */
  apply(tx: Transaction, ctx: RequestScope, before: Disbursement): Promise<void>;
}

/** Locks the disbursement, checks its version and state, applies the change and stamps it. */
async function transition(
  ctx: RequestScope,
  input: DisbursementActionInput,
  disbursement: InputKey,
  errors: UserError[],
  t: Transition,
  voidReason?: string,
): Promise<MutationOutcome<Disbursement>> {
  const key = inputKey(disbursement, 'id', errors);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, t.operation, async (tx) => {
    const before = await lockDisbursement(tx, ctx.reach, key);
    checkVersion(input.expectedVersion, before.version, errors);
    if (!t.from.includes(before.status)) {
      errors.push(
        userError('id', UserErrorCode.INVALID_STATE, `${t.refusal[0]} (${t.refusal[1]})`),
      );
    }
    refuseIf(errors);
    await t.apply(tx, ctx, before);
    const record = await setStatus(tx, ctx, key, t.to, t.step, voidReason);
    return { record, change: { type: 'Disbursement', key, before, after: record } };
  });
}

/** Approves a draft: the amount is committed against its line, or refused when it has no room. */
export function approveDisbursement(
  ctx: RequestScope,
  input: DisbursementActionInput,
  keys: { disbursement: InputKey },
) {
  return transition(ctx, input, keys.disbursement, [], {
    operation: 'approveDisbursement',
    from: [DisbursementStatus.DRAFT],
    refusal: ['只有草稿可以批准', 'only a draft can be approved'],
    to: DisbursementStatus.APPROVED,
    step: 'approved',
    async apply(tx, ctx, d) {
      if (
        isCreatedBy(d, ctx.caller) &&
        !(await fundingSettings(tx, countyOfLine(d.budgetId))).allowSelfApproval
      ) {
        refuseIf([
          userError(
            'id',
            UserErrorCode.SELF_APPROVAL,
            '不能批准自己创建的支出，请由他人审批 (someone other than its creator must approve it)',
          ),
        ]);
      }
      await checkCondolenceCap(tx, d.memberId, d.budgetId, d.amountFen, d.date, 'id');
      await commitAgainst(tx, d.budgetId, d.amountFen, ctx.now);
    },
  });
}

/** Marks an approved disbursement as paid: the line's paid figure grows with it. */
export function payDisbursement(
  ctx: RequestScope,
  input: DisbursementActionInput,
  keys: { disbursement: InputKey },
) {
  return transition(ctx, input, keys.disbursement, [], {
    operation: 'payDisbursement',
    from: [DisbursementStatus.APPROVED],
    refusal: ['只有已批准的支出可以支付', 'only an approved disbursement can be paid'],
    to: DisbursementStatus.PAID,
    step: 'paid',
    async apply(tx, ctx, d) {
      await tx.run(sql`
        UPDATE budget SET paid_fen = paid_fen + ${d.amountFen}, version = version + 1, updated_at = ${ctx.now}
        WHERE id = ${d.budgetId}`);
    },
  });
}

/** Voids a disbursement with the reason; an approved or paid amount goes back to its line. */
/** What an area that makes payments does, in the void's transaction, when one is voided. */
type VoidListener = (tx: Transaction, ctx: RequestScope, voided: Disbursement) => Promise<void>;
const voidListeners: VoidListener[] = [];

/**
 * Registers what an area does when a payment is voided, in the same transaction (campaigns keep
 * their paid sums with it). Funding knows no area that builds on it; they register here.
 */
export function onDisbursementVoided(listener: VoidListener) {
  voidListeners.push(listener);
}

export async function voidDisbursement(
  ctx: RequestScope,
  input: VoidDisbursementInput,
  keys: { disbursement: InputKey },
) {
  const errors = await validateInput(input);
  const voiding: Transition = {
    operation: 'voidDisbursement',
    from: [DisbursementStatus.DRAFT, DisbursementStatus.APPROVED, DisbursementStatus.PAID],
    refusal: ['已作废', 'already void'],
    to: DisbursementStatus.VOID,
    step: 'voided',
    async apply(tx, ctx, d) {
      if (d.status === DisbursementStatus.DRAFT) return;
      const paid = d.status === DisbursementStatus.PAID ? d.amountFen : 0;
      await tx.run(sql`
        UPDATE budget SET committed_fen = committed_fen - ${d.amountFen}, paid_fen = paid_fen - ${paid},
          version = version + 1, updated_at = ${ctx.now}
        WHERE id = ${d.budgetId}`);
      for (const listener of voidListeners) await listener(tx, ctx, d);
    },
  };
  return transition(ctx, input, keys.disbursement, errors, voiding, input.reason.trim());
}

async function setStatus(
  tx: Transaction,
  ctx: RequestScope,
  key: number,
  status: DisbursementStatus,
  step: 'approved' | 'paid' | 'voided',
  voidReason?: string,
) {
  const by = stamp(ctx.caller);
  const set = (property: ColumnKey<DisbursementEntity>, value: unknown) =>
    sql`${raw(column(DisbursementEntity, property))} = ${value}`;
  const columns = join(
    [
      set(`${step}At`, ctx.now),
      set(`${step}By`, by.label),
      set(`${step}ByUserId`, by.user),
      set(`${step}ByTokenId`, by.token),
      ...(step === 'voided' ? [set('voidReason', voidReason ?? null)] : []),
    ],
    ', ',
  );
  const [row] = await tx.run(sql`
    WITH d AS (
      UPDATE disbursement SET status = ${status}, ${columns}, version = version + 1, updated_at = ${ctx.now}
      WHERE id = ${key} RETURNING *
    )
    SELECT ${DISBURSEMENT_COLUMNS} FROM d`);
  return toDisbursement(row);
}

/**
 * Pays a sum on a visit (慰问金) inside the visit's own transaction: approved and paid at once by
 * the one who records the visit, against the line's room and the member's yearly cap. Any refusal
 * rolls back the visit too.
 */
export async function payOnVisit(
  tx: Transaction,
  ctx: RequestScope,
  payment: {
    budgetKey: number;
    amountFen: number;
    purpose: string;
    memberKey: number;
    visitKey: number;
    date: string;
  },
): Promise<Disbursement> {
  await lockBudget(tx, ctx.reach, payment.budgetKey, ['payment', 'budgetId']);
  const field = ['payment', 'amountFen'];
  await checkCondolenceCap(
    tx,
    payment.memberKey,
    payment.budgetKey,
    payment.amountFen,
    payment.date,
    field,
  );
  await commitAgainst(tx, payment.budgetKey, payment.amountFen, ctx.now, field);
  const [paid] = await payOnVisits(tx, ctx, payment.budgetKey, payment.purpose, payment.date, [
    { memberKey: payment.memberKey, visitKey: payment.visitKey, amountFen: payment.amountFen },
  ]);
  return paid;
}

export async function updateFundingSettings(
  ctx: RequestScope,
  input: UpdateFundingSettingsInput,
): Promise<MutationOutcome<FundingSettings>> {
  const errors: UserError[] = [];
  if (input.condolenceYearlyCapFen != null) {
    checkAmount('condolenceYearlyCapFen', input.condolenceYearlyCapFen, errors, 1);
  }
  return inTransaction(ctx, 'updateFundingSettings', async (tx) => {
    const bureau = await settingsToWrite(tx, ctx.reach, input.bureauId, errors);
    refuseIf(errors);
    const key = bureau!.key;
    // The province's row is locked either way: a county's first change starts from its version.
    await tx.run(sql`SELECT version FROM funding_setting FOR UPDATE`);
    const before = await fundingSettings(tx, key);
    checkVersion(input.expectedVersion, before.version, errors);
    refuseIf(errors);
    const next = {
      allowSelfApproval: input.allowSelfApproval ?? before.allowSelfApproval,
      cap:
        input.condolenceYearlyCapFen !== undefined
          ? input.condolenceYearlyCapFen
          : before.condolenceYearlyCapFen,
      secretaries: input.secretariesSeeCountyLines ?? before.secretariesSeeCountyLines,
    };
    if (key === null)
      await tx.run(sql`
        UPDATE funding_setting SET allow_self_approval = ${next.allowSelfApproval},
          condolence_yearly_cap_fen = ${next.cap}, secretaries_see_county_lines = ${next.secretaries},
          version = version + 1, updated_at = ${ctx.now}`);
    else
      await tx.run(sql`
        INSERT INTO bureau_funding_setting (bureau_id, allow_self_approval, condolence_yearly_cap_fen,
          secretaries_see_county_lines, version, updated_at)
        VALUES (${key}, ${next.allowSelfApproval}, ${next.cap}, ${next.secretaries}, ${before.version + 1}, ${ctx.now})
        ON CONFLICT (bureau_id) DO UPDATE SET allow_self_approval = EXCLUDED.allow_self_approval,
          condolence_yearly_cap_fen = EXCLUDED.condolence_yearly_cap_fen,
          secretaries_see_county_lines = EXCLUDED.secretaries_see_county_lines,
          version = EXCLUDED.version, updated_at = EXCLUDED.updated_at`);
    const after = await fundingSettings(tx, key);
    return {
      record: after,
      change: key === null ? null : { type: 'Bureau', key },
      details: { before: { ...before }, after: { ...after } },
    };
  });
}

/** A sum handed over on a visit, for `payOnVisits`. */
export interface VisitPayment {
  memberKey: number;
  visitKey: number;
  amountFen: number;
}

/**
 * Pays visits' sums from one line at once (one visit's, or a campaign's batch): PAID
 * disbursements, created, approved and paid by the caller, and the line's paid figure moved by
 * their sum, in two statements. The caller has already committed the sums against the line (a
 * campaign holds its plan there) and checked the yearly cap (`checkCondolenceCaps`).
 */
export async function payOnVisits(
  tx: Transaction,
  ctx: RequestScope,
  budgetKey: number,
  purpose: string,
  date: string,
  payments: VisitPayment[],
): Promise<Disbursement[]> {
  if (!payments.length) return [];
  const by = stamp(ctx.caller);
  const rows = JSON.stringify(
    payments.map((p) => ({
      member_id: p.memberKey,
      visit_id: p.visitKey,
      amount_fen: p.amountFen,
    })),
  );
  const steps = ['created', 'approved', 'paid'] as const;
  const stampColumns = steps.flatMap((s) => [
    column(DisbursementEntity, `${s}At`),
    column(DisbursementEntity, `${s}By`),
    column(DisbursementEntity, `${s}ByUserId`),
    column(DisbursementEntity, `${s}ByTokenId`),
  ]);
  const stampValues = join(
    steps.flatMap(() => [
      sql`${ctx.now}::timestamptz`,
      sql`${by.label}`,
      sql`${by.user}::int`,
      sql`${by.token}::int`,
    ]),
    ', ',
  );
  const paid = await tx.run(sql`
    WITH d AS (
      INSERT INTO disbursement (budget_id, amount_fen, purpose, payee_kind, payee_name, member_id, visit_id,
        disbursed_on, status, updated_at, ${raw(stampColumns.join(', '))})
      SELECT ${budgetKey}, r.amount_fen, ${purpose}, ${PayeeKind.MEMBER}, m.name, r.member_id, r.visit_id,
        ${date}::date, ${DisbursementStatus.PAID}, ${ctx.now}, ${stampValues}
      FROM jsonb_to_recordset(${rows}::jsonb) AS r(member_id int, visit_id int, amount_fen bigint)
      JOIN member m ON m.id = r.member_id
      RETURNING *
    )
    SELECT ${DISBURSEMENT_COLUMNS} FROM d`);
  const total = payments.reduce((sum, p) => sum + p.amountFen, 0);
  await tx.run(sql`
    UPDATE budget SET paid_fen = paid_fen + ${total}, version = version + 1, updated_at = ${ctx.now}
    WHERE id = ${budgetKey}`);
  return paid.map(toDisbursement);
}

/**
 * The yearly cap on what a member receives from assistance lines, for many payments from one
 * line at once: the members' rows are locked, and each payment that would pass the cap is a
 * CAP_EXCEEDED on its own field, with the figures.
 */
export async function checkCondolenceCaps(
  tx: Transaction,
  budgetKey: number,
  date: string,
  payments: { memberKey: number; amountFen: number; field: string[] }[],
): Promise<UserError[]> {
  if (!payments.length) return [];
  // The paying line's county's cap.
  const { condolenceYearlyCapFen: cap } = await fundingSettings(tx, countyOfLine(budgetKey));
  if (cap === null) return [];
  const [line] = await tx.run(sql`SELECT category FROM budget WHERE id = ${budgetKey}`);
  if (line.category !== BudgetCategory.ASSISTANCE) return [];
  const members = payments.map((p) => p.memberKey);
  await tx.run(sql`SELECT 1 FROM member WHERE id = ANY(${members}) ORDER BY id FOR UPDATE`);
  const year = parts(date).year;
  const rows = await tx.run(sql`
    SELECT d.member_id, sum(d.amount_fen) AS fen FROM disbursement d JOIN budget bl ON bl.id = d.budget_id
    WHERE d.member_id = ANY(${members}) AND d.status IN ('APPROVED', 'PAID') AND bl.category = 'ASSISTANCE'
      AND d.disbursed_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
    GROUP BY d.member_id`);
  const received = new Map(rows.map((r) => [Number(r.member_id), Number(r.fen)]));
  return payments
    .filter((p) => (received.get(p.memberKey) ?? 0) + p.amountFen > cap)
    .map((p) => {
      const got = received.get(p.memberKey) ?? 0;
      return userError(
        p.field,
        UserErrorCode.CAP_EXCEEDED,
        `超过每人每年 ${formatYuan(cap)} 元的慰问上限（本年已领 ${formatYuan(got)} 元）(over the yearly cap of ${formatYuan(cap)} yuan per member; ${formatYuan(got)} received this year)`,
        { capFen: cap, receivedFen: got },
      );
    });
}
