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
import { requireKey } from '../../kernel/global-id';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { DateScalar } from '../../kernel/scalars';
import { Activity } from '../activity/activity.types';
import { Member } from '../member/member.types';
import { bookingsBetween, listCourses, listRooms } from './centre.repository';
import { bookRoom, cancelBooking } from './booking.service';
import { createCourse } from './course.service';
import { enrolInCourse, recordCourseAttendance, withdrawFromCourse } from './enrolment.service';
import { createRoom, updateRoom } from './room.service';
import { weekOf } from './course-schedule';
import {
  BookRoomInput,
  CancelBookingInput,
  CentreWeek,
  Course,
  CourseAttendance,
  CourseConnection,
  CourseEnrolment,
  CourseEnrolmentPayload,
  CourseMemberInput,
  CourseSessionPayload,
  CreateCourseInput,
  CreateCoursePayload,
  CreateRoomInput,
  RecordCourseAttendanceInput,
  Room,
  RoomBooking,
  RoomBookingPayload,
  RoomConnection,
  RoomPayload,
  UpdateRoomInput,
} from './centre.types';

@Resolver(() => Room)
export class RoomResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => RoomConnection, { description: 'The activity centre’s rooms, by name.' })
  rooms(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ) {
    return listRooms(ctx.db, ctx.reach, includeInactive, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_READ)
  @Query(() => CentreWeek, {
    description:
      'The centre’s calendar: the bookings of the week (Monday to Sunday, China time) holding `weekOf`, of all rooms or one.',
  })
  async centreCalendar(
    @Ctx() ctx: Context,
    @Arg('weekOf', () => DateScalar) day: string,
    @Arg('roomId', () => ID, { nullable: true }) roomId?: string | null,
  ): Promise<CentreWeek> {
    // The week's Monday and Sunday must be dates the API can write too.
    if (day < '1800-01-08' || day > '9999-12-24')
      throw badInput('weekOf must be between 1800-01-08 and 9999-12-24', { argument: 'weekOf' });
    const roomKey = roomId == null ? null : requireKey(roomId, 'Room', 'roomId');
    const week = weekOf(day);
    return { ...week, bookings: await bookingsBetween(ctx.db, ctx.reach, week, roomKey) };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RoomPayload, { description: 'Adds a room to the activity centre (the bureau).' })
  async createRoom(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateRoomInput) input: CreateRoomInput,
  ): Promise<RoomPayload> {
    const { record, userErrors } = await createRoom(ctx, input);
    return { room: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RoomPayload, {
    description: 'Changes a room; `active: false` takes it out of use (the bureau).',
  })
  async updateRoom(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateRoomInput) input: UpdateRoomInput,
  ): Promise<RoomPayload> {
    const { record, userErrors } = await updateRoom(ctx, input, {
      room: decodeInputKey(input.roomId, 'Room'),
    });
    return { room: record, userErrors };
  }
}

@Resolver(() => RoomBooking)
export class RoomBookingResolver {
  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RoomBookingPayload, {
    description:
      'Books a room for a time range, for an activity or a purpose; a time already booked is refused with BOOKING_CLASH naming the booking.',
  })
  async bookRoom(
    @Ctx() ctx: Context,
    @Arg('input', () => BookRoomInput) input: BookRoomInput,
  ): Promise<RoomBookingPayload> {
    const { record, userErrors } = await bookRoom(ctx, input, {
      room: decodeInputKey(input.roomId, 'Room'),
      activity: decodeInputKey(input.activityId, 'Activity'),
    });
    return { booking: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => RoomBookingPayload, { description: 'Cancels a booking, freeing its time.' })
  async cancelBooking(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelBookingInput) input: CancelBookingInput,
  ): Promise<RoomBookingPayload> {
    const { record, userErrors } = await cancelBooking(ctx, input, {
      booking: decodeInputKey(input.bookingId, 'RoomBooking'),
    });
    return { booking: record, userErrors };
  }

  @FieldResolver(() => Room)
  room(@Root() booking: RoomBooking, @Ctx() ctx: Context) {
    return ctx.loaders.room.load(booking.roomId);
  }

  @FieldResolver(() => Activity, {
    nullable: true,
    description: 'The activity it is for; null when none or out of your reach.',
  })
  activity(@Root() booking: RoomBooking, @Ctx() ctx: Context) {
    return booking.activityId === null ? null : ctx.loaders.activity.load(booking.activityId);
  }

  @FieldResolver(() => Course, {
    nullable: true,
    description: 'The course it is a session of.',
  })
  course(@Root() booking: RoomBooking, @Ctx() ctx: Context) {
    return booking.courseId === null ? null : ctx.loaders.course.load(booking.courseId);
  }

  @FieldResolver(() => [CourseAttendance], {
    description: 'A course session’s attendance (of members in your reach), by name.',
  })
  attendance(@Root() booking: RoomBooking, @Ctx() ctx: Context) {
    return booking.courseId === null ? [] : ctx.loaders.attendanceOfSession.load(booking.key);
  }
}

@Resolver(() => Course)
export class CourseResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => CourseConnection, { description: 'Courses of the 老年大学, latest term first.' })
  courses(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('term', () => String, { nullable: true, description: 'One term, e.g. 2026春季.' })
    term?: string | null,
  ) {
    return listCourses(ctx.db, ctx.reach, { term }, page, {
      countWithPage: selectionOf(info).has('totalCount'),
    });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => CreateCoursePayload, {
    description:
      'Sets up a course and books its room for every session of the term; `dryRun` lists the clashes only. Saving with a clash is refused (BOOKING_CLASH per clash).',
  })
  createCourse(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCourseInput) input: CreateCourseInput,
  ): Promise<CreateCoursePayload> {
    return createCourse(ctx, input, { room: decodeInputKey(input.roomId, 'Room') });
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => CourseEnrolmentPayload, {
    description: 'Enrols a member in a course: a place while there is one, else the waiting list.',
  })
  async enrolInCourse(
    @Ctx() ctx: Context,
    @Arg('input', () => CourseMemberInput) input: CourseMemberInput,
  ): Promise<CourseEnrolmentPayload> {
    const { record, userErrors } = await enrolInCourse(ctx, {
      course: decodeInputKey(input.courseId, 'Course'),
      member: decodeInputKey(input.memberId, 'Member'),
    });
    return { enrolment: record, promoted: null, userErrors };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => CourseEnrolmentPayload, {
    description:
      'Withdraws a member from a course; the first on the waiting list moves up to the place.',
  })
  async withdrawFromCourse(
    @Ctx() ctx: Context,
    @Arg('input', () => CourseMemberInput) input: CourseMemberInput,
  ): Promise<CourseEnrolmentPayload> {
    const { record, userErrors } = await withdrawFromCourse(ctx, {
      course: decodeInputKey(input.courseId, 'Course'),
      member: decodeInputKey(input.memberId, 'Member'),
    });
    return {
      enrolment: record?.enrolment ?? null,
      promoted:
        record?.promotedKey == null
          ? null
          : await ctx.loaders.courseEnrolment.load(record.promotedKey),
      userErrors,
    };
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => CourseSessionPayload, {
    description: 'Records who came to a session of a course (the others enrolled did not).',
  })
  async recordCourseAttendance(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordCourseAttendanceInput) input: RecordCourseAttendanceInput,
  ): Promise<CourseSessionPayload> {
    const { record, userErrors } = await recordCourseAttendance(ctx, {
      session: decodeInputKey(input.sessionId, 'RoomBooking'),
      present: input.presentMemberIds.map((id) => decodeInputKey(id, 'Member')),
    });
    return { session: record, userErrors };
  }

  @FieldResolver(() => Room)
  room(@Root() course: Course, @Ctx() ctx: Context) {
    return ctx.loaders.room.load(course.roomId);
  }

  @FieldResolver(() => [RoomBooking], {
    description: 'Its sessions (cancelled ones too), by start.',
  })
  sessions(@Root() course: Course, @Ctx() ctx: Context) {
    return ctx.loaders.sessionsOfCourse.load(course.key);
  }

  @FieldResolver(() => Int, { description: 'Places taken.' })
  async enrolledCount(@Root() course: Course, @Ctx() ctx: Context) {
    return (await ctx.loaders.enrolmentCountsOfCourse.load(course.key)).enrolled;
  }

  @FieldResolver(() => Int, { description: 'Members on the waiting list.' })
  async waitingCount(@Root() course: Course, @Ctx() ctx: Context) {
    return (await ctx.loaders.enrolmentCountsOfCourse.load(course.key)).waiting;
  }

  @FieldResolver(() => [CourseEnrolment], {
    description:
      'Its enrolments of members in your reach: the enrolled by name, then the waiting list in order.',
  })
  enrolments(@Root() course: Course, @Ctx() ctx: Context) {
    return ctx.loaders.enrolmentsOfCourse.load(course.key);
  }
}

@Resolver(() => CourseEnrolment)
export class CourseEnrolmentResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() enrolment: CourseEnrolment, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(enrolment.memberId);
  }

  @FieldResolver(() => Course)
  course(@Root() enrolment: CourseEnrolment, @Ctx() ctx: Context) {
    return ctx.loaders.course.load(enrolment.courseId);
  }
}

@Resolver(() => CourseAttendance)
export class CourseAttendanceResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() attendance: CourseAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(attendance.memberId);
  }
}

/** The centre's fields on other modules' records: an activity's room, a member's courses. */
@Resolver(() => Activity)
export class ActivityRoomResolver {
  @FieldResolver(() => Room, {
    nullable: true,
    description: 'The room of the activity centre it is booked in.',
  })
  room(@Root() activity: Activity, @Ctx() ctx: Context) {
    return activity.roomId == null ? null : ctx.loaders.room.load(activity.roomId);
  }
}

@Resolver(() => Member)
export class MemberCoursesResolver {
  @FieldResolver(() => [CourseEnrolment], {
    description: 'The member’s courses of the 老年大学 (enrolled or waiting), latest term first.',
  })
  courses(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.enrolmentsOfMember.load(member.key);
  }
}
