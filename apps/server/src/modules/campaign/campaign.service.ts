import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { insertRow } from '../../kernel/db/entity-columns';
import {
  checkVersion,
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
  type MutationWork,
  refusedOutright,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { callerLabel, isCreatedBy } from '../../kernel/access/caller';
import { toGlobalId } from '../../kernel/global-id';
import { compareDates } from '@wanxia/schema';
import { budgetInReach } from '../funding/funding.repository';
import { commitAgainst, fundingSettings, onDisbursementVoided } from '../funding/funding.service';
import { DisbursementStatus } from '../funding/funding.types';
import { VisitOccasion } from '../visit/occasions';
import { CampaignEntity } from './campaign.entity';
import { CAMPAIGN_COLUMNS, toCampaign } from './campaign.repository';
import { plannedFigures } from './standard';
import {
  CampaignStatus,
  type ApproveCampaignInput,
  type Campaign,
  type CampaignRuleInput,
  type CloseCampaignInput,
  type CreateCampaignInput,
  type DeleteCampaignInput,
  type UpdateCampaignInput,
} from './campaign.types';

/** A sum of one million yuan for one member is a typing error, not a standard. */
const MAX_RULE_FEN = 100_000_000;
const MAX_RULES = 50;

/** The campaign in reach, locked for the rest of the transaction; missing refuses. */
export async function lockCampaign(
  tx: Transaction,
  ctx: RequestScope,
  key: number,
  field: string | string[] = 'id',
): Promise<Campaign> {
  const [row] = await tx.run(sql`
    SELECT ${CAMPAIGN_COLUMNS} FROM campaign c
    WHERE c.id = ${key} AND (${ctx.reach.wholeBureau ? ctx.reach.bureau('c') : ctx.reach.branchKey('c.branch_id')})
    FOR UPDATE`);
  if (!row) refuseIf([notFound(field, '慰问活动', 'campaign')]);
  return toCampaign(row);
}

export function requireStatus(
  campaign: Campaign,
  allowed: CampaignStatus[],
  errors: UserError[],
  [zh, en]: [string, string],
  field: string | string[] = 'id',
) {
  if (!allowed.includes(campaign.status)) {
    errors.push(userError(field, UserErrorCode.INVALID_STATE, `${zh} (${en})`));
  }
}

/** The fields of a plan after an update (or as created), to check as one. */
interface Plan {
  name: string;
  occasion: VisitOccasion;
  holiday: string | null;
  year: number;
  startsOn: string;
  endsOn: string;
  branchKey: number | null;
  budgetKey: number;
  rules: CampaignRuleInput[];
}

/** What a plan's fields must satisfy on their own; problems go to `errors`. */
function checkPlan(plan: Plan, errors: UserError[]) {
  if (plan.year < 1949 || plan.year > 9999) {
    errors.push(userError('year', UserErrorCode.OUT_OF_RANGE, '年度不正确 (not a valid year)'));
  }
  if (compareDates(plan.endsOn, plan.startsOn) < 0) {
    errors.push(
      userError(
        'endsOn',
        UserErrorCode.TOO_EARLY,
        '结束日期不能早于开始日期 (ends before it starts)',
      ),
    );
  }
  if (plan.occasion === VisitOccasion.HOLIDAY && !plan.holiday) {
    errors.push(
      userError('holiday', UserErrorCode.REQUIRED, '节日慰问须选择节日 (choose the holiday)'),
    );
  }
  if (plan.occasion !== VisitOccasion.HOLIDAY && plan.holiday) {
    errors.push(
      userError('holiday', UserErrorCode.INVALID, '仅节日慰问可选节日 (only for holiday visits)'),
    );
  }
  if (!plan.rules.length) {
    errors.push(
      userError('rules', UserErrorCode.REQUIRED, '请至少填写一条发放标准 (give at least one rule)'),
    );
  }
  if (plan.rules.length > MAX_RULES) {
    errors.push(
      userError(
        'rules',
        UserErrorCode.OUT_OF_RANGE,
        `发放标准最多 ${MAX_RULES} 条 (at most ${MAX_RULES} rules)`,
      ),
    );
  }
  plan.rules.forEach((rule, i) => {
    if (rule.amountFen < 0 || rule.amountFen > MAX_RULE_FEN) {
      errors.push(
        userError(
          ['rules', String(i), 'amountFen'],
          UserErrorCode.OUT_OF_RANGE,
          '金额须在 0 至 100 万元之间 (0 to 1 million yuan)',
        ),
      );
    }
    if (rule.minAge != null && (rule.minAge < 0 || rule.minAge > 150)) {
      errors.push(
        userError(
          ['rules', String(i), 'minAge'],
          UserErrorCode.OUT_OF_RANGE,
          '年龄须在 0 至 150 之间 (0 to 150)',
        ),
      );
    }
    if (rule.tag != null && !rule.tag.trim()) {
      errors.push(
        userError(
          ['rules', String(i), 'tag'],
          UserErrorCode.INVALID,
          '标签不能为空白 (a blank tag)',
        ),
      );
    }
  });
}

/** The plan's branch and line exist in the caller's reach; problems go to `errors`. */
async function checkPlanReferences(
  tx: Transaction,
  ctx: RequestScope,
  plan: Plan,
  errors: UserError[],
) {
  if (plan.branchKey === null && !ctx.reach.wholeBureau) {
    errors.push(
      userError(
        'branchId',
        UserErrorCode.REQUIRED,
        '请选择活动覆盖的党组织 (choose the branch it covers)',
      ),
    );
  }
  if (plan.branchKey !== null) {
    const [branch] = await tx.run(
      sql`SELECT 1 FROM branch b WHERE b.id = ${plan.branchKey} AND ${ctx.reach.branch('b')}`,
    );
    if (!branch) errors.push(notFound('branchId', '党组织', 'branch'));
  }
  const [line] = await tx.run(
    sql`SELECT 1 FROM budget bl WHERE bl.id = ${plan.budgetKey} AND ${budgetInReach('bl', ctx.reach)}`,
  );
  if (!line) errors.push(notFound('budgetId', '预算', 'budget line'));
}

const storedRules = (rules: CampaignRuleInput[]) =>
  JSON.stringify(
    rules.map((r) => ({
      retirementType: r.retirementType ?? null,
      minAge: r.minAge ?? null,
      tag: r.tag?.trim() || null,
      gift: r.gift.trim(),
      amountFen: r.amountFen,
    })),
  );

export async function createCampaign(
  ctx: RequestScope,
  input: CreateCampaignInput,
  keys: { branch: InputKey | null; budget: InputKey },
): Promise<MutationOutcome<Campaign>> {
  const errors = await validateInput(input);
  const branchKey = keys.branch != null ? inputKey(keys.branch, 'branchId', errors) : null;
  const budgetKey = inputKey(keys.budget, 'budgetId', errors);
  if (refusedOutright(errors) || budgetKey === null) return { record: null, userErrors: errors };
  const plan: Plan = {
    name: input.name.trim(),
    occasion: input.occasion,
    holiday: input.holiday ?? null,
    year: input.year,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    branchKey,
    budgetKey,
    rules: input.rules,
  };
  checkPlan(plan, errors);

  return inTransaction(ctx, 'createCampaign', async (tx) => {
    await checkPlanReferences(tx, ctx, plan, errors);
    refuseIf(errors);
    const { caller } = ctx;
    // A campaign is its line's county's (the line is in reach: checkPlanReferences).
    const [line] = await tx.run(
      sql`SELECT bl.bureau_id FROM budget bl WHERE bl.id = ${plan.budgetKey}`,
    );
    const made = insertRow(CampaignEntity, {
      bureauId: Number(line.bureau_id),
      name: plan.name,
      occasion: plan.occasion,
      holiday: plan.holiday,
      year: plan.year,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      branchId: plan.branchKey,
      budgetId: plan.budgetKey,
      rules: storedRules(plan.rules) as unknown as unknown[],
      createdAt: ctx.now,
      createdBy: callerLabel(caller),
      createdByUserId: caller.kind === 'USER' ? caller.userKey : null,
      createdByTokenId: caller.kind === 'TOKEN' ? caller.tokenKey : null,
      updatedAt: ctx.now,
    });
    const [row] = await tx.run(
      sql`WITH c AS (${made} RETURNING *) SELECT ${CAMPAIGN_COLUMNS} FROM c`,
    );
    const record = toCampaign(row);
    return { record, change: { type: 'Campaign', key: record.key, after: record } };
  });
}

export async function updateCampaign(
  ctx: RequestScope,
  input: UpdateCampaignInput,
  keys: { campaign: InputKey; branch: InputKey | null | 'COUNTY'; budget: InputKey | null },
): Promise<MutationOutcome<Campaign>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.campaign, 'id', errors);
  const branchKey =
    keys.branch === 'COUNTY' || keys.branch === null
      ? keys.branch
      : inputKey(keys.branch, 'branchId', errors);
  const budgetKey = keys.budget !== null ? inputKey(keys.budget, 'budgetId', errors) : null;
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'updateCampaign', async (tx) => {
    const before = await lockCampaign(tx, ctx, key);
    checkVersion(input.expectedVersion, before.version, errors);
    requireStatus(before, [CampaignStatus.DRAFT], errors, [
      '只有草稿可以修改',
      'only a draft can be changed',
    ]);
    const occasion = input.occasion ?? before.occasion;
    const plan: Plan = {
      name: input.name?.trim() ?? before.name,
      occasion,
      holiday:
        input.holiday !== undefined
          ? (input.holiday ?? null)
          : occasion === VisitOccasion.HOLIDAY
            ? before.holiday
            : null,
      year: input.year ?? before.year,
      startsOn: input.startsOn ?? before.startsOn,
      endsOn: input.endsOn ?? before.endsOn,
      branchKey: branchKey === 'COUNTY' ? null : (branchKey ?? before.branchId),
      budgetKey: budgetKey ?? before.budgetId,
      rules: input.rules ?? before.rules,
    };
    checkPlan(plan, errors);
    await checkPlanReferences(tx, ctx, plan, errors);
    refuseIf(errors);
    const [row] = await tx.run(sql`
      WITH c AS (
        UPDATE campaign SET name = ${plan.name}, occasion = ${plan.occasion}, holiday = ${plan.holiday},
          year = ${plan.year}, starts_on = ${plan.startsOn}, ends_on = ${plan.endsOn},
          branch_id = ${plan.branchKey}, budget_id = ${plan.budgetKey}, rules = ${storedRules(plan.rules)}::jsonb,
          version = version + 1, updated_at = ${ctx.now}
        WHERE id = ${key} RETURNING *
      )
      SELECT ${CAMPAIGN_COLUMNS} FROM c`);
    const record = toCampaign(row);
    return { record, change: { type: 'Campaign', key, before, after: record } };
  });
}

/**
 * One step of a campaign's life (delete, approve, close): the campaign locked, its version and
 * state checked, any further `checks`, then `apply` — in one transaction with its audit entry.
 */
function campaignStep<T>(
  ctx: RequestScope,
  operation: string,
  step: {
    input: { expectedVersion?: number | null };
    campaign: InputKey;
    from: CampaignStatus[];
    refusal: [zh: string, en: string];
    checks?: (tx: Transaction, before: Campaign, errors: UserError[]) => Promise<void>;
    apply: (tx: Transaction, before: Campaign, key: number) => Promise<MutationWork<T>>;
  },
): Promise<MutationOutcome<T>> {
  const errors: UserError[] = [];
  const key = inputKey(step.campaign, 'id', errors);
  if (key === null) return Promise.resolve({ record: null, userErrors: errors });
  return inTransaction(ctx, operation, async (tx) => {
    const before = await lockCampaign(tx, ctx, key);
    checkVersion(step.input.expectedVersion, before.version, errors);
    requireStatus(before, step.from, errors, step.refusal);
    await step.checks?.(tx, before, errors);
    refuseIf(errors);
    return step.apply(tx, before, key);
  });
}

export function deleteCampaign(
  ctx: RequestScope,
  input: DeleteCampaignInput,
  keys: { campaign: InputKey },
): Promise<MutationOutcome<string>> {
  return campaignStep(ctx, 'deleteCampaign', {
    input,
    campaign: keys.campaign,
    from: [CampaignStatus.DRAFT],
    refusal: ['只有草稿可以删除', 'only a draft can be deleted'],
    async apply(tx, before, key) {
      await tx.run(sql`DELETE FROM campaign_entry WHERE campaign_id = ${key}`);
      await tx.run(sql`DELETE FROM work_group WHERE campaign_id = ${key}`);
      await tx.run(sql`DELETE FROM campaign WHERE id = ${key}`);
      return {
        record: toGlobalId('Campaign', key),
        change: { type: 'Campaign', key, before, after: null },
      };
    },
  });
}

/**
 * Approves a draft by someone other than its planner (unless the funding settings allow
 * self-approval): its plan is frozen and its total committed against the line, or refused with
 * what the line is missing.
 */
export function approveCampaign(
  ctx: RequestScope,
  input: ApproveCampaignInput,
  keys: { campaign: InputKey },
): Promise<MutationOutcome<Campaign>> {
  return campaignStep(ctx, 'approveCampaign', {
    input,
    campaign: keys.campaign,
    from: [CampaignStatus.DRAFT],
    refusal: ['只有草稿可以批准', 'only a draft can be approved'],
    async checks(tx, before, errors) {
      if (
        isCreatedBy(before, ctx.caller) &&
        !(await fundingSettings(tx, before.bureauId)).allowSelfApproval
      ) {
        errors.push(
          userError(
            'id',
            UserErrorCode.SELF_APPROVAL,
            '不能批准自己制定的方案，请由他人审批 (someone other than its planner must approve it)',
          ),
        );
      }
    },
    async apply(tx, before, key) {
      const [plan] = await plannedFigures(tx, [before]);
      await commitAgainst(tx, before.budgetId, plan.totalFen, ctx.now, ['id']);
      const by = callerLabel(ctx.caller);
      const [row] = await tx.run(sql`
        WITH c AS (
          UPDATE campaign SET status = ${CampaignStatus.APPROVED}, planned_member_count = ${plan.memberCount},
            planned_total_fen = ${plan.totalFen}, committed_fen = ${plan.totalFen},
            approved_at = ${ctx.now}, approved_by = ${by}, version = version + 1, updated_at = ${ctx.now}
          WHERE id = ${key} RETURNING *
        )
        SELECT ${CAMPAIGN_COLUMNS} FROM c`);
      const record = toCampaign(row);
      return {
        record,
        change: {
          type: 'Campaign',
          key,
          before: { status: before.status },
          after: { status: record.status, committedFen: record.committedFen },
        },
      };
    },
  });
}

// A campaign payment voided by hand goes back to its line (funding sees to that), so the
// campaign holds and has paid that much less: closing then releases only what is really left.
onDisbursementVoided(async (tx, ctx, voided) => {
  if (voided.status !== DisbursementStatus.PAID) return;
  await tx.run(sql`
    UPDATE campaign c SET paid_fen = c.paid_fen - ${voided.amountFen},
      committed_fen = c.committed_fen - ${voided.amountFen}, version = c.version + 1, updated_at = ${ctx.now}
    FROM campaign_entry ce WHERE ce.disbursement_id = ${voided.key} AND c.id = ce.campaign_id`);
});

/** Closes an approved campaign: what it holds beyond what it paid goes back to the line. */
export function closeCampaign(
  ctx: RequestScope,
  input: CloseCampaignInput,
  keys: { campaign: InputKey },
): Promise<MutationOutcome<Campaign>> {
  return campaignStep(ctx, 'closeCampaign', {
    input,
    campaign: keys.campaign,
    from: [CampaignStatus.APPROVED],
    refusal: ['只有已批准的活动可以结束', 'only an approved campaign can be closed'],
    async apply(tx, before, key) {
      const released = before.committedFen - before.paidFen;
      await tx.run(sql`
        UPDATE budget SET committed_fen = committed_fen - ${released}, version = version + 1, updated_at = ${ctx.now}
        WHERE id = ${before.budgetId}`);
      const [row] = await tx.run(sql`
        WITH c AS (
          UPDATE campaign SET status = ${CampaignStatus.CLOSED}, committed_fen = paid_fen,
            closed_at = ${ctx.now}, closed_by = ${callerLabel(ctx.caller)}, version = version + 1, updated_at = ${ctx.now}
          WHERE id = ${key} RETURNING *
        )
        SELECT ${CAMPAIGN_COLUMNS} FROM c`);
      const record = toCampaign(row);
      return {
        record,
        change: {
          type: 'Campaign',
          key,
          before: { status: before.status, committedFen: before.committedFen },
          after: { status: record.status, committedFen: record.committedFen },
        },
        details: { releasedFen: released },
      };
    },
  });
}
