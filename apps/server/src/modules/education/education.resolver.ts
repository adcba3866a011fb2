import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectionOf } from '../../kernel/selection';
import { PageArgs } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { requireKey, toGlobalId } from '../../kernel/global-id';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { Member } from '../member/member.types';
import { listWorks } from './work.repository';
import { createWork, deleteWork, updateWork } from './work.service';
import { listRanking } from './learning-points.repository';
import {
  CreateWorkInput,
  DeleteWorkInput,
  DeleteWorkPayload,
  UpdateWorkInput,
  Work,
  WorkAward,
  WorkConnection,
  WorkFilter,
  WorkPayload,
} from './work.types';
import { LearningPointsMonth, LearningRank, LearningRankConnection } from './learning-points.types';
import { Branch } from '../branch/branch.types';
import { Activity } from '../activity/activity.types';
import { listLectureOrders, listLectures } from './lecture.repository';
import {
  cancelLectureOrder,
  createLecture,
  deleteLecture,
  holdLectureOrder,
  orderLecture,
  rateLecture,
  scheduleLectureOrder,
  updateLecture,
} from './lecture.service';
import {
  CancelLectureOrderInput,
  CreateLectureInput,
  DeleteLectureInput,
  DeleteLecturePayload,
  Lecture,
  LectureConnection,
  LectureOrder,
  LectureOrderConnection,
  LectureOrderFilter,
  LectureOrderPayload,
  LectureOrderStepInput,
  LecturePayload,
  LectureRatingSummary,
  OrderLectureInput,
  RateLectureInput,
  ScheduleLectureOrderInput,
  UpdateLectureInput,
} from './lecture.types';

const FIRST_YEAR = 1949;

function checkYear(year: number, argument = 'year') {
  if (year < FIRST_YEAR || year > 9999)
    throw badInput(`${argument} must be between ${FIRST_YEAR} and 9999`, { argument });
}

@Resolver(() => Work)
export class WorkResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => WorkConnection, {
    description: 'Works (作品与获奖) in reach, latest year first.',
  })
  works(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => WorkFilter, { nullable: true }) filter?: WorkFilter,
  ) {
    const { authorId, ...rest } = filter ?? {};
    const criteria = {
      ...rest,
      authorKey: authorId == null ? null : requireKey(authorId, 'Member', 'filter.authorId'),
    };
    return listWorks(ctx.db, ctx, criteria, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => WorkPayload, { description: 'Records a work with its authors and award.' })
  async createWork(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateWorkInput) input: CreateWorkInput,
  ): Promise<WorkPayload> {
    const { record, userErrors } = await createWork(ctx, input, {
      authors: input.authorIds.map((id) => decodeInputKey(id, 'Member')),
    });
    return { work: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => WorkPayload, {
    description: 'Sets every field of a work, its authors and award anew.',
  })
  async updateWork(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateWorkInput) input: UpdateWorkInput,
  ): Promise<WorkPayload> {
    const { record, userErrors } = await updateWork(ctx, input, {
      work: decodeInputKey(input.workId, 'Work'),
      authors: input.authorIds.map((id) => decodeInputKey(id, 'Member')),
    });
    return { work: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => DeleteWorkPayload, { description: 'Deletes a work.' })
  async deleteWork(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteWorkInput) input: DeleteWorkInput,
  ): Promise<DeleteWorkPayload> {
    const { record, userErrors } = await deleteWork(ctx, input, {
      work: decodeInputKey(input.workId, 'Work'),
    });
    return { deletedWorkId: record === null ? null : toGlobalId('Work', record), userErrors };
  }

  @FieldResolver(() => [Member], {
    nullable: 'items',
    description: 'In the order the work names them; null for an author outside your reach.',
  })
  async authors(@Root() work: Work, @Ctx() ctx: Context) {
    const keys = await ctx.loaders.authorsOfWork.load(work.key);
    return Promise.all(keys.map((key) => ctx.loaders.member.load(key)));
  }

  @FieldResolver(() => WorkAward, { nullable: true, description: 'None when it won no award.' })
  award(@Root() work: Work): WorkAward | null {
    return work.awardLevel && work.awardGrade
      ? { level: work.awardLevel, grade: work.awardGrade }
      : null;
  }
}

@Resolver(() => LearningRank)
export class LearningRankResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => LearningRankConnection, {
    description:
      'The county’s learning ranking (三湘老干部e家 points) of a month or a year: the members in reach, first place first.',
  })
  learningRanking(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int, { nullable: true, description: '1–12; the whole year without.' })
    month?: number | null,
  ) {
    checkYear(year);
    if (month != null && (month < 1 || month > 12))
      throw badInput('month must be 1 to 12', { argument: 'month' });
    return listRanking(ctx.db, ctx, { year, month: month ?? null }, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Null when outside your reach.' })
  member(@Root() rank: LearningRank, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(rank.memberKey);
  }
}

@Resolver(() => Member)
export class MemberEducationResolver {
  @Authorized(Permission.MEMBERS_READ)
  @FieldResolver(() => [Work], { description: 'The member’s works, latest year first.' })
  works(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.worksOfMember.load(member.key);
  }

  @Authorized(Permission.MEMBERS_READ)
  @FieldResolver(() => [LearningPointsMonth], {
    description: 'The member’s learning points of a year, by month.',
  })
  learningPoints(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
  ) {
    checkYear(year);
    return ctx.loaders.learningPointsOfMember(year).load(member.key);
  }
}

@Resolver(() => Lecture)
export class LectureResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => LectureConnection, {
    description: 'The 红色讲堂’s catalogue of lectures by topic; archived ones when asked.',
  })
  lectures(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
  ) {
    return listLectures(ctx.db, ctx.reach, includeArchived, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => LecturePayload, { description: 'Adds a lecture to the catalogue.' })
  async createLecture(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateLectureInput) input: CreateLectureInput,
  ): Promise<LecturePayload> {
    const { record, userErrors } = await createLecture(ctx, input);
    return { lecture: record, userErrors };
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => LecturePayload, { description: 'Sets a lecture of the catalogue anew.' })
  async updateLecture(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateLectureInput) input: UpdateLectureInput,
  ): Promise<LecturePayload> {
    const { record, userErrors } = await updateLecture(ctx, input, {
      lecture: decodeInputKey(input.lectureId, 'Lecture'),
    });
    return { lecture: record, userErrors };
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => DeleteLecturePayload, {
    description: 'Deletes a lecture no branch has ordered (archive the others).',
  })
  async deleteLecture(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteLectureInput) input: DeleteLectureInput,
  ): Promise<DeleteLecturePayload> {
    const { record, userErrors } = await deleteLecture(ctx, input, {
      lecture: decodeInputKey(input.lectureId, 'Lecture'),
    });
    return {
      deletedLectureId: record === null ? null : toGlobalId('Lecture', record),
      userErrors,
    };
  }
}

@Resolver(() => LectureOrder)
export class LectureOrderResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => LectureOrderConnection, {
    description: 'Orders of lectures (点单) of the branches in reach, latest first.',
  })
  lectureOrders(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => LectureOrderFilter, { nullable: true }) filter?: LectureOrderFilter,
  ) {
    const criteria = {
      state: filter?.state ?? null,
      branchKey:
        filter?.branchId == null ? null : requireKey(filter.branchId, 'Branch', 'filter.branchId'),
    };
    return listLectureOrders(ctx.db, ctx, criteria, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => LectureOrderPayload, {
    description: 'A branch orders a lecture of the catalogue (点单).',
  })
  async orderLecture(
    @Ctx() ctx: Context,
    @Arg('input', () => OrderLectureInput) input: OrderLectureInput,
  ): Promise<LectureOrderPayload> {
    const { record, userErrors } = await orderLecture(ctx, input, {
      lecture: decodeInputKey(input.lectureId, 'Lecture'),
      branch: decodeInputKey(input.branchId, 'Branch'),
    });
    return { order: record, userErrors };
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => LectureOrderPayload, {
    description: 'The bureau schedules an order (派单): when, where, who; again to reschedule.',
  })
  async scheduleLectureOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => ScheduleLectureOrderInput) input: ScheduleLectureOrderInput,
  ): Promise<LectureOrderPayload> {
    const { record, userErrors } = await scheduleLectureOrder(ctx, input, {
      order: decodeInputKey(input.orderId, 'LectureOrder'),
    });
    return { order: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => LectureOrderPayload, {
    description:
      'Records a scheduled lecture as held: a party-education activity of the branch, linked to the order; record its attendance on the activity.',
  })
  async holdLectureOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => LectureOrderStepInput) input: LectureOrderStepInput,
  ): Promise<LectureOrderPayload> {
    const { record, userErrors } = await holdLectureOrder(ctx, input, {
      order: decodeInputKey(input.orderId, 'LectureOrder'),
    });
    return { order: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => LectureOrderPayload, { description: 'Cancels an order not yet held.' })
  async cancelLectureOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelLectureOrderInput) input: CancelLectureOrderInput,
  ): Promise<LectureOrderPayload> {
    const { record, userErrors } = await cancelLectureOrder(ctx, input, {
      order: decodeInputKey(input.orderId, 'LectureOrder'),
    });
    return { order: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => LectureOrderPayload, {
    description: 'Participants present rate a lecture held, 1–5 each.',
  })
  async rateLecture(
    @Ctx() ctx: Context,
    @Arg('input', () => RateLectureInput) input: RateLectureInput,
  ): Promise<LectureOrderPayload> {
    const { record, userErrors } = await rateLecture(ctx, input, {
      order: decodeInputKey(input.orderId, 'LectureOrder'),
      members: input.ratings.map((r) => decodeInputKey(r.memberId, 'Member')),
    });
    return { order: record, userErrors };
  }

  @FieldResolver(() => Lecture)
  lecture(@Root() order: LectureOrder, @Ctx() ctx: Context) {
    return ctx.loaders.lecture.load(order.lectureId);
  }

  @FieldResolver(() => Branch, { nullable: true })
  branch(@Root() order: LectureOrder, @Ctx() ctx: Context) {
    return ctx.loaders.branch.load(order.branchId);
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'The activity it was held as.' })
  activity(@Root() order: LectureOrder, @Ctx() ctx: Context) {
    return order.activityId === null ? null : ctx.loaders.activity.load(order.activityId);
  }

  @FieldResolver(() => LectureRatingSummary)
  rating(@Root() order: LectureOrder, @Ctx() ctx: Context) {
    return ctx.loaders.lectureRatings.load(order.key);
  }
}

@Resolver(() => Activity)
export class ActivityLectureOrderResolver {
  @FieldResolver(() => LectureOrder, {
    nullable: true,
    description: 'The 红色讲堂 order this activity held, if it held one.',
  })
  lectureOrder(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.lectureOrderOfActivity.load(activity.key);
  }
}
