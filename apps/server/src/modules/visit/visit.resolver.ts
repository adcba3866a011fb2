import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  ID,
  Info,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { nodeSelection, selectionOf } from '../../kernel/selection';
import { PageArgs } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { requireKey } from '../../kernel/global-id';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';

import { addYears, compareDates } from '@wanxia/schema';

import { Branch } from '../branch/branch.types';
import { Member } from '../member/member.types';
import { visitCoverage } from './coverage';
import { BUREAU_ARGUMENT, reachOfBureau, SETTINGS_BUREAU, settingsBureau } from '../bureau/county';
import { holidaysBetween, type Holiday } from './occasions';
import { DateScalar } from '../../kernel/scalars';
import { listLifeEvents, listVisitTasks, listVisits } from './visit.repository';
import { visitCriteria, visitTaskCriteria } from './visit.filters';
import {
  generateTasksUntil,
  recordVisit,
  reportLifeEvent,
  updateVisitSetting,
  visitSettings,
  waiveVisitTask,
} from './visit.service';
import {
  BranchCoverage,
  GenerateVisitTasksInput,
  HolidayDate,
  GenerateVisitTasksPayload,
  LifeEvent,
  LifeEventConnection,
  RecordVisitInput,
  RecordVisitPayload,
  ReportLifeEventInput,
  ReportLifeEventPayload,
  UpdateVisitSettingInput,
  UpdateVisitSettingPayload,
  Visit,
  VisitConnection,
  VisitCoverage,
  VisitFilter,
  VisitSetting,
  VisitTask,
  VisitTaskConnection,
  VisitTaskFilter,
  WaiveVisitTaskInput,
  WaiveVisitTaskPayload,
} from './visit.types';

@Resolver(() => VisitTask)
export class VisitTaskResolver {
  @Authorized(Permission.VISITS_READ)
  @Query(() => VisitTaskConnection, { description: 'Visits owed, soonest due first.' })
  visitTasks(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => VisitTaskFilter, { nullable: true }) filter?: VisitTaskFilter,
  ) {
    return listVisitTasks(ctx.db, ctx, visitTaskCriteria(filter), page, {
      selection: nodeSelection(info),
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => GenerateVisitTasksPayload, {
    description:
      'Creates the birthday and holiday tasks up to a day; running it again creates nothing twice.',
  })
  async generateVisitTasks(
    @Ctx() ctx: Context,
    @Arg('input', () => GenerateVisitTasksInput) input: GenerateVisitTasksInput,
  ): Promise<GenerateVisitTasksPayload> {
    const { record, userErrors } = await generateTasksUntil(ctx, input.until);
    return {
      holidayTasks: record?.holidayTasks ?? null,
      decadeBirthdayTasks: record?.decadeBirthdayTasks ?? null,
      userErrors,
    };
  }

  @Authorized(Permission.VISITS_WRITE)
  @Mutation(() => WaiveVisitTaskPayload, {
    description: 'Marks an open (or missed) task as not owed, with the reason (免访).',
  })
  async waiveVisitTask(
    @Ctx() ctx: Context,
    @Arg('input', () => WaiveVisitTaskInput) input: WaiveVisitTaskInput,
  ): Promise<WaiveVisitTaskPayload> {
    const { record, userErrors } = await waiveVisitTask(ctx, input, {
      task: decodeInputKey(input.taskId, 'VisitTask'),
    });
    return { visitTask: record, userErrors };
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'Null when outside the caller’s reach.',
  })
  member(@Root() task: VisitTask, @Ctx() ctx: Context) {
    return task.preloadedMember ?? ctx.loaders.member.load(task.memberId);
  }

  @FieldResolver(() => LifeEvent, { nullable: true, description: 'The event that obliged it.' })
  lifeEvent(@Root() task: VisitTask, @Ctx() ctx: Context) {
    return task.lifeEventId == null ? null : ctx.loaders.lifeEvent.load(task.lifeEventId);
  }

  @FieldResolver(() => Visit, { nullable: true, description: 'The visit that completed it.' })
  visit(@Root() task: VisitTask, @Ctx() ctx: Context) {
    return task.status === 'DONE' ? ctx.loaders.visitOfTask.load(task.key) : null;
  }
}

@Resolver(() => Visit)
export class VisitResolver {
  @Authorized(Permission.VISITS_READ)
  @Query(() => VisitConnection, { description: 'Visits made, latest first.' })
  visits(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => VisitFilter, { nullable: true }) filter?: VisitFilter,
  ) {
    return listVisits(ctx.db, ctx, visitCriteria(filter), page, {
      selection: nodeSelection(info),
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.VISITS_WRITE)
  @Mutation(() => RecordVisitPayload, {
    description: 'Records a visit, completing the open task it answers.',
  })
  async recordVisit(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordVisitInput) input: RecordVisitInput,
  ): Promise<RecordVisitPayload> {
    const { record, userErrors } = await recordVisit(ctx, input, {
      member: decodeInputKey(input.memberId, 'Member'),
      task: decodeInputKey(input.taskId, 'VisitTask'),
      paymentBudget: decodeInputKey(input.payment?.budgetId, 'Budget'),
    });
    return {
      visit: record?.visit ?? null,
      visitTask: record?.visitTask ?? null,
      disbursement: record?.disbursement ?? null,
      userErrors,
    };
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() visit: Visit, @Ctx() ctx: Context) {
    return visit.preloadedMember ?? ctx.loaders.member.load(visit.memberId);
  }

  @FieldResolver(() => VisitTask, { nullable: true, description: 'The task it completed.' })
  task(@Root() visit: Visit, @Ctx() ctx: Context) {
    return visit.taskId == null ? null : ctx.loaders.visitTask.load(visit.taskId);
  }
}

@Resolver(() => LifeEvent)
export class LifeEventResolver {
  @Authorized(Permission.VISITS_WRITE)
  @Mutation(() => ReportLifeEventPayload, {
    description:
      'Reports a hospital stay, dispute or disaster; the visit it obliges is created with it.',
  })
  async reportLifeEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => ReportLifeEventInput) input: ReportLifeEventInput,
  ): Promise<ReportLifeEventPayload> {
    const { record, userErrors } = await reportLifeEvent(ctx, input, {
      member: decodeInputKey(input.memberId, 'Member'),
    });
    return {
      lifeEvent: record?.lifeEvent ?? null,
      visitTask: record?.visitTask ?? null,
      userErrors,
    };
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() event: LifeEvent, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(event.memberId);
  }
}

/** A member's visits, the visits owed them and their life events (the member page's tabs). */
@Resolver(() => Member)
export class MemberVisitsResolver {
  @Authorized(Permission.VISITS_READ)
  @FieldResolver(() => VisitConnection, { description: 'Visits to the member, latest first.' })
  visits(@Root() member: Member, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return listVisits(ctx.db, ctx, null, page, { ofMember: member.key });
  }

  @Authorized(Permission.VISITS_READ)
  @FieldResolver(() => VisitTaskConnection, {
    description: 'Visits owed to the member, soonest due first.',
  })
  visitTasks(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => VisitTaskFilter, { nullable: true }) filter?: VisitTaskFilter,
  ) {
    // The member is at hand: its tasks need not join it again.
    return listVisitTasks(ctx.db, ctx, visitTaskCriteria(filter), page, { ofMember: member.key });
  }

  @Authorized(Permission.VISITS_READ)
  @FieldResolver(() => LifeEventConnection, { description: 'Latest first.' })
  lifeEvents(@Root() member: Member, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return listLifeEvents(ctx.db, ctx, member.key, page);
  }
}

const FIRST_YEAR = 1949;
/** The longest span `holidays` answers for at once. */
const MAX_HOLIDAY_SPAN_YEARS = 10;

@Resolver(() => HolidayDate)
export class HolidayResolver {
  @Authorized(Permission.VISITS_READ)
  @Query(() => [HolidayDate], { description: 'The holidays that fall in a range, in date order.' })
  holidays(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
  ): HolidayDate[] {
    if (
      compareDates(to, from) < 0 ||
      compareDates(to, addYears(from, MAX_HOLIDAY_SPAN_YEARS)) > 0
    ) {
      throw badInput(`to must be after from and at most ${MAX_HOLIDAY_SPAN_YEARS} years later`, {
        argument: 'to',
      });
    }
    return holidaysBetween(from, to)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((h) => ({
        holiday: h.key.split(':')[0] as Holiday,
        date: h.date,
        occurrenceKey: h.key,
      }));
  }
}

@Resolver(() => VisitCoverage)
export class VisitCoverageResolver {
  @Authorized(Permission.VISITS_READ)
  @Query(() => VisitCoverage, {
    nullable: true,
    description:
      'Must-visit coverage of a year for the county, or a branch and those below it; null when the branch is out of reach.',
  })
  async visitCoverage(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId?: string | null,
    @Arg('bureauId', () => ID, BUREAU_ARGUMENT) bureauId?: string | null,
  ): Promise<VisitCoverage | null> {
    if (year < FIRST_YEAR || year > 9999) {
      throw badInput(`year must be between ${FIRST_YEAR} and 9999`, { argument: 'year' });
    }
    let branch: Branch | null = null;
    if (branchId != null) {
      branch = await ctx.loaders.branch.load(requireKey(branchId, 'Branch', 'branchId'));
      if (!branch) return null;
    }
    const reach = await reachOfBureau(ctx, bureauId);
    return visitCoverage(ctx.db.forReads(), reach, { year, branch, today: ctx.today });
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'Null for the county.' })
  branch(@Root() coverage: VisitCoverage, @Ctx() ctx: Context) {
    return coverage.branchId == null ? null : ctx.loaders.branch.load(coverage.branchId);
  }
}

@Resolver(() => BranchCoverage)
export class BranchCoverageResolver {
  @FieldResolver(() => Branch)
  branch(@Root() coverage: BranchCoverage, @Ctx() ctx: Context) {
    return ctx.loaders.branch.load(coverage.branchId);
  }
}

@Resolver(() => VisitSetting)
export class VisitSettingResolver {
  @Authorized(Permission.VISITS_READ)
  @Query(() => [VisitSetting], {
    description:
      'The window of each must-visit occasion in force for a county: its own, else the province’s.',
  })
  async visitSettings(
    @Ctx() ctx: Context,
    @Arg('bureauId', () => ID, SETTINGS_BUREAU) bureauId?: string | null,
  ) {
    return visitSettings(ctx.db, await settingsBureau(ctx, bureauId));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => UpdateVisitSettingPayload, {
    description:
      'Changes the window of an occasion, a county’s or (province-wide accounts) the province’s; tasks created from now on use it.',
  })
  async updateVisitSetting(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateVisitSettingInput) input: UpdateVisitSettingInput,
  ): Promise<UpdateVisitSettingPayload> {
    const { record, userErrors } = await updateVisitSetting(ctx, input);
    return { visitSetting: record, userErrors };
  }
}
