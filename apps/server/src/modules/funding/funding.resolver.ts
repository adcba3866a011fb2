import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Queryable } from '../../kernel/db/database';
import { raw, sql, where, type Sql } from '../../kernel/db/sql';
import { OrderDirection, PageArgs, paginate, type ConnectionResult } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { requireKey } from '../../kernel/global-id';
import { Permission } from '../../kernel/access/permissions';
import { Branch } from '../branch/branch.types';
import { Member } from '../member/member.types';
import {
  BUDGET_COLUMNS,
  DISBURSEMENT_COLUMNS,
  budgetInReach,
  disbursementInReach,
  toBudget,
  toDisbursement,
} from './funding.repository';
import {
  approveDisbursement,
  createBudget,
  createDisbursement,
  fundingSettings,
  payDisbursement,
  updateBudget,
  updateFundingSettings,
  voidDisbursement,
} from './funding.service';
import { fundingSummary } from './funding-summary';
import { subtreeBranchIds } from '../branch/subtree';
import {
  Budget,
  BudgetConnection,
  BudgetFilter,
  BudgetPayload,
  BudgetTotals,
  CreateBudgetInput,
  CreateDisbursementInput,
  Disbursement,
  DisbursementActionInput,
  DisbursementConnection,
  DisbursementFilter,
  DisbursementPayload,
  DisbursementTotals,
  FundingSettings,
  FundingSettingsPayload,
  FundingSummary,
  UpdateBudgetInput,
  UpdateFundingSettingsInput,
  VoidDisbursementInput,
} from './funding.types';

const FIRST_YEAR = 1949;

function checkYear(year: number | null | undefined, argument: string) {
  if (year != null && (year < FIRST_YEAR || year > 9999)) {
    throw badInput(`${argument} must be between ${FIRST_YEAR} and 9999`, { argument });
  }
}

function budgetConditions(filter: BudgetFilter | null | undefined): Sql[] {
  const conditions: Sql[] = [];
  if (!filter) return conditions;
  checkYear(filter.year, 'filter.year');
  if (filter.year != null) conditions.push(sql`bl.year = ${filter.year}`);
  if (filter.category?.length) conditions.push(sql`bl.category = ANY(${filter.category})`);
  if (filter.branchId != null)
    conditions.push(
      sql`bl.branch_id = ${requireKey(filter.branchId, 'Branch', 'filter.branchId')}`,
    );
  if (filter.county != null)
    conditions.push(filter.county ? sql`bl.branch_id IS NULL` : sql`bl.branch_id IS NOT NULL`);
  return conditions;
}

export function disbursementConditions(filter: DisbursementFilter | null | undefined): Sql[] {
  const conditions: Sql[] = [];
  if (!filter) return conditions;
  checkYear(filter.year, 'filter.year');
  const lines: Sql[] = [];
  if (filter.year != null) lines.push(sql`bl.year = ${filter.year}`);
  if (filter.category?.length) lines.push(sql`bl.category = ANY(${filter.category})`);
  if (lines.length)
    conditions.push(sql`d.budget_id IN (SELECT bl.id FROM budget bl ${where(lines)})`);
  if (filter.budgetId != null)
    conditions.push(sql`d.budget_id = ${requireKey(filter.budgetId, 'Budget', 'filter.budgetId')}`);
  if (filter.branchId != null) {
    const key = requireKey(filter.branchId, 'Branch', 'filter.branchId');
    const subtree = subtreeBranchIds(key);
    conditions.push(sql`(d.branch_id IN ${subtree}
      OR d.member_id IN (SELECT m.id FROM member m WHERE m.branch_id IN ${subtree})
      OR d.budget_id IN (SELECT bl.id FROM budget bl WHERE bl.branch_id IN ${subtree}))`);
  }
  if (filter.status?.length) conditions.push(sql`d.status = ANY(${filter.status})`);
  if (filter.memberId != null)
    conditions.push(sql`d.member_id = ${requireKey(filter.memberId, 'Member', 'filter.memberId')}`);
  if (filter.dateFrom) conditions.push(sql`d.disbursed_on >= ${filter.dateFrom}::date`);
  if (filter.dateTo) conditions.push(sql`d.disbursed_on <= ${filter.dateTo}::date`);
  return conditions;
}

/** A connection with the sums of everything its filter matches, computed only when asked. */
type WithTotals<T, S> = ConnectionResult<T> & { totals: () => Promise<S> };

function withTotals<T, S>(page: Promise<ConnectionResult<T>>, totals: () => Promise<S>) {
  let computed: Promise<S> | undefined;
  return page.then((result) =>
    Object.assign(result, { totals: () => (computed ??= totals()) }),
  ) as Promise<WithTotals<T, S>>;
}

/** Latest year first, then the categories in their usual order (keyset: one integer). */
const BUDGET_SORT = `bl.year * 10 + 7 - array_position(ARRAY['CENTRE_OPERATIONS', 'ASSISTANCE', 'BRANCH_BUILDING', 'FACILITIES', 'ACTIVITIES', 'OTHER']::text[], bl.category::text)`;

function listBudgets(ctx: Context, conditions: Sql[], page: PageArgs) {
  const all = [budgetInReach('bl', ctx.reach), ...conditions];
  return withTotals(
    paginate({
      db: ctx.db,
      select: sql`SELECT ${BUDGET_COLUMNS}, (${raw(BUDGET_SORT)}) AS "sortKey" FROM budget bl`,
      countFrom: sql`FROM budget bl`,
      conditions: all,
      sort: { expr: BUDGET_SORT, property: 'sortKey', type: 'integer' },
      tiebreaker: { expr: 'bl.id', property: 'key', type: 'integer' },
      direction: OrderDirection.DESC,
      args: page,
      map: toBudget,
    }),
    () => budgetTotals(ctx.db, all),
  );
}

async function budgetTotals(db: Queryable, conditions: Sql[]): Promise<BudgetTotals> {
  const [row] = await db.run(sql`
    SELECT count(*)::int AS count, coalesce(sum(bl.amount_fen), 0) AS "amountFen",
      coalesce(sum(bl.committed_fen), 0) AS "committedFen", coalesce(sum(bl.paid_fen), 0) AS "paidFen",
      coalesce(sum(bl.amount_fen - bl.committed_fen), 0) AS "remainingFen"
    FROM budget bl ${where(conditions)}`);
  return {
    count: Number(row.count),
    amountFen: Number(row.amountFen),
    committedFen: Number(row.committedFen),
    paidFen: Number(row.paidFen),
    remainingFen: Number(row.remainingFen),
  };
}

function listDisbursements(ctx: Context, conditions: Sql[], page: PageArgs) {
  const all = [disbursementInReach('d', ctx.reach), ...conditions];
  return withTotals(
    paginate({
      db: ctx.db,
      select: sql`SELECT ${DISBURSEMENT_COLUMNS}, d.disbursed_on::text AS "sortKey" FROM disbursement d`,
      countFrom: sql`FROM disbursement d`,
      conditions: all,
      sort: { expr: 'd.disbursed_on', property: 'sortKey', type: 'date' },
      tiebreaker: { expr: 'd.id', property: 'key', type: 'integer' },
      direction: OrderDirection.DESC,
      args: page,
      map: toDisbursement,
    }),
    async (): Promise<DisbursementTotals> => {
      const [row] = await ctx.db.run(sql`
        SELECT count(*)::int AS count, coalesce(sum(d.amount_fen), 0) AS "amountFen",
          coalesce(sum(d.amount_fen) FILTER (WHERE d.status IN ('APPROVED', 'PAID')), 0) AS "committedFen",
          coalesce(sum(d.amount_fen) FILTER (WHERE d.status = 'PAID'), 0) AS "paidFen"
        FROM disbursement d ${where(all)}`);
      return {
        count: Number(row.count),
        amountFen: Number(row.amountFen),
        committedFen: Number(row.committedFen),
        paidFen: Number(row.paidFen),
      };
    },
  );
}

@Resolver(() => Budget)
export class BudgetResolver {
  @Authorized(Permission.FUNDING_READ)
  @Query(() => BudgetConnection, { description: 'Budget lines, latest year first.' })
  budgets(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => BudgetFilter, { nullable: true }) filter?: BudgetFilter,
  ) {
    return listBudgets(ctx, budgetConditions(filter), page);
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => BudgetPayload)
  async createBudget(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateBudgetInput) input: CreateBudgetInput,
  ): Promise<BudgetPayload> {
    const { record, userErrors } = await createBudget(ctx, input);
    return { budget: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => BudgetPayload, {
    description: 'Never lowers a line below what it has committed.',
  })
  async updateBudget(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateBudgetInput) input: UpdateBudgetInput,
  ): Promise<BudgetPayload> {
    const { record, userErrors } = await updateBudget(ctx, input);
    return { budget: record, userErrors };
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Paid ÷ amount; null when the amount is 0.',
  })
  executionRate(@Root() budget: Budget) {
    return budget.amountFen > 0 ? budget.paidFen / budget.amountFen : null;
  }

  @FieldResolver(() => Branch, {
    nullable: true,
    description: 'The owner; null for a county line.',
  })
  branch(@Root() budget: Budget, @Ctx() ctx: Context) {
    return budget.branchId == null ? null : ctx.loaders.branch.load(budget.branchId);
  }

  @FieldResolver(() => DisbursementConnection, { description: 'Latest first.' })
  disbursements(
    @Root() budget: Budget,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => DisbursementFilter, { nullable: true }) filter?: DisbursementFilter,
  ) {
    return listDisbursements(
      ctx,
      [sql`d.budget_id = ${budget.key}`, ...disbursementConditions(filter)],
      page,
    );
  }
}

@Resolver(() => BudgetConnection)
export class BudgetConnectionResolver {
  @FieldResolver(() => BudgetTotals, { description: 'Sums over every line the filter matches.' })
  totals(@Root() connection: WithTotals<Budget, BudgetTotals>) {
    return connection.totals();
  }
}

@Resolver(() => DisbursementConnection)
export class DisbursementConnectionResolver {
  @FieldResolver(() => DisbursementTotals, {
    description: 'Sums over everything the filter matches.',
  })
  totals(@Root() connection: WithTotals<Disbursement, DisbursementTotals>) {
    return connection.totals();
  }
}

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @Authorized(Permission.FUNDING_READ)
  @Query(() => DisbursementConnection, { description: 'Payments, latest first.' })
  disbursements(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => DisbursementFilter, { nullable: true }) filter?: DisbursementFilter,
  ) {
    return listDisbursements(ctx, disbursementConditions(filter), page);
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => DisbursementPayload, { description: 'A draft payment; it counts once approved.' })
  async createDisbursement(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateDisbursementInput) input: CreateDisbursementInput,
  ): Promise<DisbursementPayload> {
    const { record, userErrors } = await createDisbursement(ctx, input);
    return { disbursement: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => DisbursementPayload, {
    description: 'Commits a draft against its line; BUDGET_EXCEEDED when the line has no room.',
  })
  async approveDisbursement(
    @Ctx() ctx: Context,
    @Arg('input', () => DisbursementActionInput) input: DisbursementActionInput,
  ): Promise<DisbursementPayload> {
    const { record, userErrors } = await approveDisbursement(ctx, input);
    return { disbursement: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => DisbursementPayload)
  async payDisbursement(
    @Ctx() ctx: Context,
    @Arg('input', () => DisbursementActionInput) input: DisbursementActionInput,
  ): Promise<DisbursementPayload> {
    const { record, userErrors } = await payDisbursement(ctx, input);
    return { disbursement: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => DisbursementPayload, {
    description: 'Voids with a reason; an approved or paid amount goes back to its line.',
  })
  async voidDisbursement(
    @Ctx() ctx: Context,
    @Arg('input', () => VoidDisbursementInput) input: VoidDisbursementInput,
  ): Promise<DisbursementPayload> {
    const { record, userErrors } = await voidDisbursement(ctx, input);
    return { disbursement: record, userErrors };
  }

  @FieldResolver(() => Budget, {
    nullable: true,
    description: 'Null when the line is out of reach.',
  })
  budget(@Root() d: Disbursement, @Ctx() ctx: Context) {
    return ctx.loaders.budget.load(d.budgetId);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() d: Disbursement, @Ctx() ctx: Context) {
    return d.memberId == null ? null : ctx.loaders.member.load(d.memberId);
  }

  @FieldResolver(() => Branch, { nullable: true })
  branch(@Root() d: Disbursement, @Ctx() ctx: Context) {
    return d.branchId == null ? null : ctx.loaders.branch.load(d.branchId);
  }
}

@Resolver(() => FundingSummary)
export class FundingSummaryResolver {
  @Authorized(Permission.FUNDING_READ)
  @Query(() => FundingSummary, {
    description: 'The lines of a year by category, and payments by month (of the lines in reach).',
  })
  fundingSummary(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true, description: 'Lines of this branch only.' })
    branchId?: string | null,
  ) {
    checkYear(year, 'year');
    const branchKey = branchId != null ? requireKey(branchId, 'Branch', 'branchId') : null;
    return fundingSummary(ctx.db, ctx.reach, year, branchKey);
  }

  @Authorized(Permission.FUNDING_READ)
  @Query(() => FundingSettings)
  fundingSettings(@Ctx() ctx: Context) {
    return fundingSettings(ctx.db);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => FundingSettingsPayload)
  async updateFundingSettings(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateFundingSettingsInput) input: UpdateFundingSettingsInput,
  ): Promise<FundingSettingsPayload> {
    const { record, userErrors } = await updateFundingSettings(ctx, input);
    return { fundingSettings: record, userErrors };
  }
}

/** What a member received, and what a visit paid. */
@Resolver(() => Member)
export class MemberPaymentsResolver {
  @Authorized(Permission.FUNDING_READ)
  @FieldResolver(() => DisbursementConnection, {
    description: 'Payments to the member, latest first.',
  })
  payments(@Root() member: Member, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return listDisbursements(ctx, [sql`d.member_id = ${member.key}`], page);
  }
}
