import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
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
import { Activity } from '../activity/activity.types';
import { Course, EnrolmentStatus } from '../centre/centre.types';
import { Member } from '../member/member.types';
import {
  isOpen,
  listActivitySignups,
  listCourseSignups,
  listOpenWindows,
  signupOfEnrolment,
} from './signup.repository';
import { cancelSignup, closeSignup, openSignup, signUp, type TargetKeys } from './signup.service';
import {
  CancelSignupInput,
  CloseSignupInput,
  OpenSignupInput,
  SignUpInput,
  Signup,
  SignupConnection,
  SignupPayload,
  SignupStatus,
  SignupWindow,
  SignupWindowConnection,
  SignupWindowPayload,
} from './signup.types';

const targetKeys = (input: {
  activityId?: string | null;
  courseId?: string | null;
}): TargetKeys => ({
  activity: decodeInputKey(input.activityId, 'Activity'),
  course: decodeInputKey(input.courseId, 'Course'),
});

@Resolver(() => SignupWindow)
export class SignupWindowResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => SignupWindowConnection, {
    description:
      'Activities (in your reach, and the county’s) and courses open for sign-up now, the nearest deadline first.',
  })
  openSignups(@Ctx() ctx: Context, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return listOpenWindows(ctx.db, ctx.reach, ctx.now, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => SignupWindowPayload, {
    description:
      'Opens an activity (with its places) or a course (its capacity) for sign-up until `closesAt`, or changes its window: a closed one reopens, more places move the waiting list up.',
  })
  async openSignup(
    @Ctx() ctx: Context,
    @Arg('input', () => OpenSignupInput) input: OpenSignupInput,
  ): Promise<SignupWindowPayload> {
    const { record, userErrors } = await openSignup(ctx, input, targetKeys(input));
    return { signupWindow: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => SignupWindowPayload, {
    description: 'Closes an open sign-up before its deadline; the sign-ups stay.',
  })
  async closeSignup(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseSignupInput) input: CloseSignupInput,
  ): Promise<SignupWindowPayload> {
    const { record, userErrors } = await closeSignup(ctx, targetKeys(input));
    return { signupWindow: record, userErrors };
  }

  @FieldResolver(() => Boolean, { description: 'Taking sign-ups now.' })
  open(@Root() window: SignupWindow, @Ctx() ctx: Context) {
    return isOpen(window, ctx.now);
  }

  @FieldResolver(() => Int, { description: 'Places not taken.' })
  placesLeft(@Root() window: SignupWindow) {
    return Math.max(0, window.capacity - window.signedUp);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The activity’s id, if it is one (to sign members up for it).',
  })
  activityId(@Root() window: SignupWindow) {
    return window.activityId === null ? null : toGlobalId('Activity', window.activityId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The course’s id, if it is one.' })
  courseId(@Root() window: SignupWindow) {
    return window.courseId === null ? null : toGlobalId('Course', window.courseId);
  }

  @FieldResolver(() => Activity, {
    nullable: true,
    description:
      'The activity, if it is one and in your reach (the county’s activities are open to every branch for sign-up, not as records).',
  })
  activity(@Root() window: SignupWindow, @Ctx() ctx: Context) {
    return window.activityId === null ? null : ctx.loaders.activity.load(window.activityId);
  }

  @FieldResolver(() => Course, { nullable: true, description: 'The course, if it is one.' })
  course(@Root() window: SignupWindow, @Ctx() ctx: Context) {
    return window.courseId === null ? null : ctx.loaders.course.load(window.courseId);
  }

  @FieldResolver(() => [Member], {
    description:
      'The members in your reach holding a place, by name: the participants an activity’s attendance starts from.',
  })
  async signedUpMembers(@Root() window: SignupWindow, @Ctx() ctx: Context) {
    const keys =
      window.activityId === null
        ? (await ctx.loaders.enrolmentsOfCourse.load(window.courseId!))
            .filter((e) => e.status === EnrolmentStatus.ENROLLED)
            .map((e) => e.memberId)
        : await ctx.loaders.signedUpMembersOfActivity.load(window.activityId);
    const members = await ctx.loaders.member.loadMany(keys);
    return members.filter((m): m is Member => m != null && !(m instanceof Error));
  }
}

@Resolver(() => Signup)
export class SignupResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => SignupConnection, {
    description:
      'The sign-ups for an activity (in your reach, or the county’s) or a course, of members in your reach: places by when signed up, then the waiting list in order. Name exactly one of activityId and courseId; `status` defaults to SIGNED_UP and WAITING.',
  })
  signups(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('activityId', () => ID, { nullable: true }) activityId?: string | null,
    @Arg('courseId', () => ID, { nullable: true }) courseId?: string | null,
    @Arg('status', () => [SignupStatus], { nullable: true }) status?: SignupStatus[] | null,
  ) {
    if ((activityId == null) === (courseId == null))
      throw badInput('Name exactly one of activityId and courseId', { argument: 'activityId' });
    const statuses = status?.length ? status : [SignupStatus.SIGNED_UP, SignupStatus.WAITING];
    const options = { countWithPage: selectionOf(info).has('totalCount') };
    return activityId != null
      ? listActivitySignups(
          ctx.db,
          ctx.reach,
          requireKey(activityId, 'Activity', 'activityId'),
          statuses,
          page,
          options,
        )
      : listCourseSignups(
          ctx.db,
          ctx.reach,
          requireKey(courseId!, 'Course', 'courseId'),
          statuses,
          page,
          options,
        );
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => SignupPayload, {
    description:
      'Signs a member of the roster in your reach up for an activity (in your reach, or the county’s) or a course open for sign-up: a place while there is one, else the waiting list. Past the deadline: CLOSED.',
  })
  async signUp(
    @Ctx() ctx: Context,
    @Arg('input', () => SignUpInput) input: SignUpInput,
  ): Promise<SignupPayload> {
    const { record, userErrors } = await signUp(ctx, {
      ...targetKeys(input),
      member: decodeInputKey(input.memberId, 'Member'),
    });
    return { signup: record, promoted: null, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => SignupPayload, {
    description:
      'Cancels a member’s sign-up before the activity starts; the first on the waiting list moves up to the place.',
  })
  async cancelSignup(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelSignupInput) input: CancelSignupInput,
  ): Promise<SignupPayload> {
    const { record, userErrors } = await cancelSignup(ctx, {
      ...targetKeys(input),
      member: decodeInputKey(input.memberId, 'Member'),
    });
    let promoted: Signup | null = null;
    if (record?.promotedKey != null)
      promoted = record.signup.activityId
        ? await ctx.loaders.activitySignup.load(record.promotedKey)
        : await ctx.loaders.courseEnrolment
            .load(record.promotedKey)
            .then((e) => (e ? signupOfEnrolment(e) : null));
    return { signup: record?.signup ?? null, promoted, userErrors };
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() signup: Signup, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(signup.memberId);
  }

  @FieldResolver(() => Activity, { nullable: true })
  activity(@Root() signup: Signup, @Ctx() ctx: Context) {
    return signup.activityId === null ? null : ctx.loaders.activity.load(signup.activityId);
  }

  @FieldResolver(() => Course, { nullable: true })
  course(@Root() signup: Signup, @Ctx() ctx: Context) {
    return signup.courseId === null ? null : ctx.loaders.course.load(signup.courseId);
  }
}

/** Sign-up on the records it is for: an activity's, a course's. */
@Resolver(() => Activity)
export class ActivitySignupResolver {
  @FieldResolver(() => SignupWindow, {
    nullable: true,
    description: 'Its sign-up (网络报名), if it was opened for one.',
  })
  signup(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.signupWindowOfActivity.load(activity.key);
  }
}

@Resolver(() => Course)
export class CourseSignupResolver {
  @FieldResolver(() => SignupWindow, {
    nullable: true,
    description: 'Its sign-up (网络报名), if it was opened for one.',
  })
  signup(@Root() course: Course, @Ctx() ctx: Context) {
    return ctx.loaders.signupWindowOfCourse.load(course.key);
  }
}
