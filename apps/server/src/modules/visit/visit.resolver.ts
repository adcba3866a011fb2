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
import type { Row } from '../../db/database';
import { join, raw, sql, type Sql } from '../../db/sql';
import { nodeSelection, selectionOf, type Selection } from '../../graphql/selection';
import { memberColumns, takeMember } from '../member/member.repository';
import { OrderDirection, PageArgs, paginate } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { requireKey } from '../../graphql/global-id';
import { inTransaction } from '../../graphql/mutation';
import { UserErrorCode, userError } from '../../graphql/user-error';
import { addYears, compareDates } from '@wanxia/schema';
import { mayReadPersonalData } from '../auth/caller';
import { Permission } from '../auth/permissions';
import { Branch } from '../branch/branch.types';
import { Member } from '../member/member.types';
import { visitCoverage } from './coverage';
import { holidaysBetween, type Holiday } from './occasions';
import { DateScalar } from '../../graphql/scalars';
import { generateVisitTasks } from './task-generator';
import {
  LIFE_EVENT_COLUMNS,
  TASK_COLUMNS,
  VISIT_COLUMNS,
  memberFound,
  memberInReach,
  memberInSubtree,
  toLifeEvent,
  toVisit,
  toVisitTask,
} from './visit.repository';
import {
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

export function taskConditions(
  filter: VisitTaskFilter | undefined | null,
  today: string,
  searchIdNumbers: boolean,
): Sql[] {
  const conditions: Sql[] = [];
  if (!filter) return conditions;
  if (filter.branchSubtree != null) {
    conditions.push(
      memberInSubtree('vt', requireKey(filter.branchSubtree, 'Branch', 'filter.branchSubtree')),
    );
  }
  if (filter.memberId != null)
    conditions.push(
      sql`vt.member_id = ${requireKey(filter.memberId, 'Member', 'filter.memberId')}`,
    );
  if (filter.occasion?.length) conditions.push(sql`vt.occasion = ANY(${filter.occasion})`);
  if (filter.status?.length) {
    // One status as an equality, so the (status, due_by, id) index yields the page in order.
    conditions.push(
      filter.status.length === 1
        ? sql`vt.status = ${filter.status[0]}`
        : sql`vt.status = ANY(${filter.status})`,
    );
  }
  if (filter.dueFrom) conditions.push(sql`vt.due_by >= ${filter.dueFrom}::date`);
  if (filter.dueTo) conditions.push(sql`vt.due_by <= ${filter.dueTo}::date`);
  if (filter.triggerFrom) conditions.push(sql`vt.trigger_date >= ${filter.triggerFrom}::date`);
  if (filter.triggerTo) conditions.push(sql`vt.trigger_date <= ${filter.triggerTo}::date`);
  if (filter.opensFrom) conditions.push(sql`vt.due_from >= ${filter.opensFrom}::date`);
  if (filter.opensTo) conditions.push(sql`vt.due_from <= ${filter.opensTo}::date`);
  const found = memberFound('vt', filter.search, searchIdNumbers);
  if (found) conditions.push(found);
  if (filter.overdue != null) {
    conditions.push(
      filter.overdue
        ? sql`(vt.status = 'OPEN' AND vt.due_by < ${today}::date)`
        : sql`NOT (vt.status = 'OPEN' AND vt.due_by < ${today}::date)`,
    );
  }
  return conditions;
}

export function visitConditions(
  filter: VisitFilter | undefined | null,
  searchIdNumbers: boolean,
): Sql[] {
  const conditions: Sql[] = [];
  if (!filter) return conditions;
  if (filter.branchSubtree != null) {
    conditions.push(
      memberInSubtree('v', requireKey(filter.branchSubtree, 'Branch', 'filter.branchSubtree')),
    );
  }
  if (filter.memberId != null)
    conditions.push(sql`v.member_id = ${requireKey(filter.memberId, 'Member', 'filter.memberId')}`);
  if (filter.occasion?.length) conditions.push(sql`v.occasion = ANY(${filter.occasion})`);
  if (filter.visitedFrom) conditions.push(sql`v.visited_on >= ${filter.visitedFrom}::date`);
  if (filter.visitedTo) conditions.push(sql`v.visited_on <= ${filter.visitedTo}::date`);
  if (filter.late != null) conditions.push(sql`v.late = ${filter.late}`);
  if (filter.followUpNeeded != null)
    conditions.push(sql`v.follow_up_needed = ${filter.followUpNeeded}`);
  const found = memberFound('v', filter.search, searchIdNumbers);
  if (found) conditions.push(found);
  return conditions;
}

/**
 * The member of each row of `alias` joined in (with the branch) when the query asks for it:
 * the columns and joins to add, and how to take the member out of a row.
 */
function joinedMember(ctx: Context, alias: string, selection: Selection | undefined) {
  const memberSelection = selection?.get('member');
  if (!memberSelection) return { columns: [], joins: [], take: () => undefined };
  const member = memberColumns(memberSelection, 'jm', 'member.', ctx.reach);
  return {
    columns: member.columns,
    joins: [sql`JOIN member jm ON jm.id = ${raw(alias)}.member_id`, ...member.joins],
    take: (row: Row): Member | undefined => takeMember(row, 'member.'),
  };
}

/**
 * A page of tasks in one statement, with the member (and branch) joined in when asked for,
 * and the count too when `countWithPage`.
 */
function listVisitTasks(
  ctx: Context,
  conditions: Sql[],
  page: PageArgs,
  selection?: Selection,
  countWithPage?: boolean,
) {
  const member = joinedMember(ctx, 'vt', selection);
  return paginate({
    db: ctx.db,
    select: sql`SELECT ${join([TASK_COLUMNS, ...member.columns], ', ')}, vt.due_by::text AS "sortKey"
      FROM visit_task vt ${join(member.joins, ' ')}`,
    countFrom: sql`FROM visit_task vt`,
    conditions: [memberInReach('vt', ctx.reach), ...conditions],
    sort: { expr: 'vt.due_by', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'vt.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: (row) => Object.assign(toVisitTask(row), { preloadedMember: member.take(row) }),
    countWithPage,
  });
}

/**
 * A page of visits in one statement, with the member (and branch) joined in when asked for,
 * and the count too when `countWithPage`.
 */
function listVisits(
  ctx: Context,
  conditions: Sql[],
  page: PageArgs,
  selection?: Selection,
  countWithPage?: boolean,
) {
  const member = joinedMember(ctx, 'v', selection);
  return paginate({
    db: ctx.db,
    select: sql`SELECT ${join([VISIT_COLUMNS, ...member.columns], ', ')}, v.visited_on::text AS "sortKey"
      FROM visit v ${join(member.joins, ' ')}`,
    countFrom: sql`FROM visit v`,
    conditions: [memberInReach('v', ctx.reach), ...conditions],
    sort: { expr: 'v.visited_on', property: 'sortKey', type: 'date' },
    tiebreaker: { expr: 'v.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: (row) => Object.assign(toVisit(row), { preloadedMember: member.take(row) }),
    countWithPage,
  });
}

/** How far ahead tasks may be generated at once. */
const MAX_HORIZON_YEARS = 3;

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
    return listVisitTasks(
      ctx,
      taskConditions(filter, ctx.today, mayReadPersonalData(ctx.caller)),
      page,
      nodeSelection(info),
      selectionOf(info).has('totalCount'),
    );
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
    if (
      compareDates(input.until, ctx.today) < 0 ||
      compareDates(input.until, addYears(ctx.today, MAX_HORIZON_YEARS)) > 0
    ) {
      const message = `须在今天至 ${MAX_HORIZON_YEARS} 年后之间 (must be between today and ${MAX_HORIZON_YEARS} years ahead)`;
      return {
        holidayTasks: null,
        decadeBirthdayTasks: null,
        userErrors: [userError('until', UserErrorCode.INVALID, message)],
      };
    }
    const { record } = await inTransaction(ctx, 'generateVisitTasks', async (tx) => {
      const created = await generateVisitTasks(tx, { from: ctx.today, until: input.until });
      return { record: created, change: null, details: { until: input.until, ...created } };
    });
    return { ...record!, userErrors: [] };
  }

  @Authorized(Permission.VISITS_WRITE)
  @Mutation(() => WaiveVisitTaskPayload, {
    description: 'Marks an open (or missed) task as not owed, with the reason (免访).',
  })
  async waiveVisitTask(
    @Ctx() ctx: Context,
    @Arg('input', () => WaiveVisitTaskInput) input: WaiveVisitTaskInput,
  ): Promise<WaiveVisitTaskPayload> {
    const { record, userErrors } = await waiveVisitTask(ctx, input);
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
    return listVisits(
      ctx,
      visitConditions(filter, mayReadPersonalData(ctx.caller)),
      page,
      nodeSelection(info),
      selectionOf(info).has('totalCount'),
    );
  }

  @Authorized(Permission.VISITS_WRITE)
  @Mutation(() => RecordVisitPayload, {
    description: 'Records a visit, completing the open task it answers.',
  })
  async recordVisit(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordVisitInput) input: RecordVisitInput,
  ): Promise<RecordVisitPayload> {
    const { record, userErrors } = await recordVisit(ctx, input);
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
    const { record, userErrors } = await reportLifeEvent(ctx, input);
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
    return listVisits(ctx, [sql`v.member_id = ${member.key}`], page);
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
    const conditions = [
      sql`vt.member_id = ${member.key}`,
      ...taskConditions(filter, ctx.today, mayReadPersonalData(ctx.caller)),
    ];
    return listVisitTasks(ctx, conditions, page);
  }

  @Authorized(Permission.VISITS_READ)
  @FieldResolver(() => LifeEventConnection, { description: 'Latest first.' })
  lifeEvents(@Root() member: Member, @Ctx() ctx: Context, @Args() page: PageArgs) {
    return paginate({
      db: ctx.db,
      select: sql`SELECT ${LIFE_EVENT_COLUMNS}, le.occurred_on::text AS "sortKey" FROM life_event le`,
      countFrom: sql`FROM life_event le`,
      conditions: [sql`le.member_id = ${member.key}`, memberInReach('le', ctx.reach)],
      sort: { expr: 'le.occurred_on', property: 'sortKey', type: 'date' },
      tiebreaker: { expr: 'le.id', property: 'key', type: 'integer' },
      direction: OrderDirection.DESC,
      args: page,
      map: toLifeEvent,
    });
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
  ): Promise<VisitCoverage | null> {
    if (year < FIRST_YEAR || year > 9999) {
      throw badInput(`year must be between ${FIRST_YEAR} and 9999`, { argument: 'year' });
    }
    let branch: Branch | null = null;
    if (branchId != null) {
      branch = await ctx.loaders.branch.load(requireKey(branchId, 'Branch', 'branchId'));
      if (!branch) return null;
    }
    return visitCoverage(ctx.db, ctx.reach, { year, branch, today: ctx.today });
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
  @Query(() => [VisitSetting], { description: 'The window of each must-visit occasion.' })
  visitSettings(@Ctx() ctx: Context) {
    return visitSettings(ctx.db);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => UpdateVisitSettingPayload, {
    description: 'Changes the window of an occasion; tasks created from now on use it.',
  })
  async updateVisitSetting(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateVisitSettingInput) input: UpdateVisitSettingInput,
  ): Promise<UpdateVisitSettingPayload> {
    const { record, userErrors } = await updateVisitSetting(ctx, input);
    return { visitSetting: record, userErrors };
  }
}
