import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { sql, type Sql } from '../../db/sql';
import { OrderDirection, PageArgs, paginate } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { requireKey } from '../../graphql/global-id';
import { inTransaction } from '../../graphql/mutation';
import { UserErrorCode, userError } from '../../graphql/user-error';
import { addYears } from '../../lib/calendar-date';
import { Permission } from '../auth/permissions';
import { Member } from '../member/member.types';
import { generateVisitTasks } from './task-generator';
import { recordVisit, reportLifeEvent, TASK_COLUMNS, toVisitTask } from './visit.service';
import {
  GenerateVisitTasksInput,
  GenerateVisitTasksPayload,
  RecordVisitInput,
  RecordVisitPayload,
  ReportLifeEventInput,
  ReportLifeEventPayload,
  VisitTask,
  VisitTaskConnection,
  VisitTaskFilter,
} from './visit.types';

function taskConditions(filter: VisitTaskFilter | undefined, today: string): Sql[] {
  const conditions: Sql[] = [];
  if (!filter) return conditions;
  if (filter.branchSubtree != null) {
    const key = requireKey(filter.branchSubtree, 'Branch', 'filter.branchSubtree');
    conditions.push(sql`vt.member_id IN (SELECT m.id FROM member m JOIN branch d ON d.id = m.branch_id
      WHERE d.path LIKE (SELECT s.path FROM branch s WHERE s.id = ${key}) || '%')`);
  }
  if (filter.memberId != null)
    conditions.push(
      sql`vt.member_id = ${requireKey(filter.memberId, 'Member', 'filter.memberId')}`,
    );
  if (filter.occasion?.length) conditions.push(sql`vt.occasion = ANY(${filter.occasion})`);
  if (filter.status?.length) conditions.push(sql`vt.status = ANY(${filter.status})`);
  if (filter.dueFrom) conditions.push(sql`vt.due_by >= ${filter.dueFrom}::date`);
  if (filter.dueTo) conditions.push(sql`vt.due_by <= ${filter.dueTo}::date`);
  if (filter.overdue != null) {
    conditions.push(
      filter.overdue
        ? sql`(vt.status = 'OPEN' AND vt.due_by < ${today}::date)`
        : sql`NOT (vt.status = 'OPEN' AND vt.due_by < ${today}::date)`,
    );
  }
  return conditions;
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
    @Arg('filter', () => VisitTaskFilter, { nullable: true }) filter?: VisitTaskFilter,
  ) {
    return paginate({
      db: ctx.db,
      select: sql`SELECT ${TASK_COLUMNS}, vt.due_by::text AS "sortKey" FROM visit_task vt`,
      countFrom: sql`FROM visit_task vt`,
      conditions: [
        sql`vt.member_id IN (SELECT m.id FROM member m WHERE ${ctx.reach.member('m')})`,
        ...taskConditions(filter, ctx.today),
      ],
      sort: { expr: 'vt.due_by', property: 'sortKey' },
      tiebreaker: { expr: 'vt.id', property: 'key' },
      direction: OrderDirection.ASC,
      args: page,
      map: toVisitTask,
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
    if (input.until < ctx.today || input.until > addYears(ctx.today, MAX_HORIZON_YEARS)) {
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

  @Authorized(Permission.VISITS_WRITE)
  @Mutation(() => RecordVisitPayload, {
    description: 'Records a visit, completing the open task it answers.',
  })
  async recordVisit(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordVisitInput) input: RecordVisitInput,
  ): Promise<RecordVisitPayload> {
    const { record, userErrors } = await recordVisit(ctx, input);
    return { visit: record?.visit ?? null, visitTask: record?.visitTask ?? null, userErrors };
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'Null when outside the caller’s reach.',
  })
  member(@Root() task: VisitTask, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(task.memberId);
  }
}
