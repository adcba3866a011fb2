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
import { PageArgs } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { requireKey } from '../../kernel/global-id';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { Branch } from '../branch/branch.types';
import { Member } from '../member/member.types';
import { listBudgets, listDisbursements, type WithTotals } from './funding.repository';
import { budgetCriteria, checkYear, disbursementCriteria } from './funding.filters';
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
import { BUREAU_ARGUMENT, reachOfBureau, SETTINGS_BUREAU, settingsBureau } from '../bureau/county';
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

@Resolver(() => Budget)
export class BudgetResolver {
  @Authorized(Permission.FUNDING_READ)
  @Query(() => BudgetConnection, { description: 'Budget lines, latest year first.' })
  async budgets(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => BudgetFilter, { nullable: true }) filter?: BudgetFilter,
    @Arg('bureauId', () => ID, BUREAU_ARGUMENT) bureauId?: string | null,
  ) {
    const reach = await reachOfBureau(ctx, bureauId);
    return listBudgets(ctx.db, { ...ctx, reach }, budgetCriteria(filter), page);
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => BudgetPayload)
  async createBudget(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateBudgetInput) input: CreateBudgetInput,
  ): Promise<BudgetPayload> {
    const { record, userErrors } = await createBudget(ctx, input, {
      branch: decodeInputKey(input.branchId, 'Branch'),
    });
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
    const { record, userErrors } = await updateBudget(ctx, input, {
      budget: decodeInputKey(input.id, 'Budget'),
    });
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
    return listDisbursements(ctx.db, ctx, disbursementCriteria(filter), page, {
      budgetKey: budget.key,
    });
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
    return listDisbursements(ctx.db, ctx, disbursementCriteria(filter), page);
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => DisbursementPayload, { description: 'A draft payment; it counts once approved.' })
  async createDisbursement(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateDisbursementInput) input: CreateDisbursementInput,
  ): Promise<DisbursementPayload> {
    const { record, userErrors } = await createDisbursement(ctx, input, {
      budget: decodeInputKey(input.budgetId, 'Budget'),
      // An id left empty is no id.
      visit: decodeInputKey(input.visitId || null, 'Visit'),
      member: decodeInputKey(input.memberId || null, 'Member'),
      branch: decodeInputKey(input.branchId || null, 'Branch'),
    });
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
    const { record, userErrors } = await approveDisbursement(ctx, input, {
      disbursement: decodeInputKey(input.id, 'Disbursement'),
    });
    return { disbursement: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => DisbursementPayload)
  async payDisbursement(
    @Ctx() ctx: Context,
    @Arg('input', () => DisbursementActionInput) input: DisbursementActionInput,
  ): Promise<DisbursementPayload> {
    const { record, userErrors } = await payDisbursement(ctx, input, {
      disbursement: decodeInputKey(input.id, 'Disbursement'),
    });
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
    const { record, userErrors } = await voidDisbursement(ctx, input, {
      disbursement: decodeInputKey(input.id, 'Disbursement'),
    });
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
  async fundingSummary(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true, description: 'Lines of this branch only.' })
    branchId?: string | null,
    @Arg('bureauId', () => ID, BUREAU_ARGUMENT) bureauId?: string | null,
  ) {
    checkYear(year, 'year');
    const branchKey = branchId != null ? requireKey(branchId, 'Branch', 'branchId') : null;
    return fundingSummary(ctx.db, await reachOfBureau(ctx, bureauId), year, branchKey);
  }

  @Authorized(Permission.FUNDING_READ)
  @Query(() => FundingSettings, {
    description: 'The funding rules in force for a county: its own, else the province’s.',
  })
  async fundingSettings(
    @Ctx() ctx: Context,
    @Arg('bureauId', () => ID, SETTINGS_BUREAU) bureauId?: string | null,
  ) {
    return fundingSettings(ctx.db, await settingsBureau(ctx, bureauId));
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
    return listDisbursements(ctx.db, ctx, null, page, { memberKey: member.key });
  }
}
