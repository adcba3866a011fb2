import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { MaxText, REQUIRED, TOO_LONG } from '../../kernel/validate-input';
import { UserError } from '../../kernel/user-error';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { COUNTY_INPUT } from '../bureau/bureau.types';

export enum BookingStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' });

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  /** On the waiting list, in the order asked: the first moves up when a place frees. */
  WAITING = 'WAITING',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });

@ObjectType({
  implements: Node,
  description: 'A room of the activity centre (老干部活动中心): 多功能厅, 排练室, a classroom …',
})
export class Room extends Node {
  key!: number;
  bureauId!: number;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'People it seats.' })
  capacity!: number;

  @Field(() => Int, { description: 'Floor area in m².' })
  areaSqm!: number;

  @Field(() => [String], { description: 'What it is equipped with (音响, 钢琴, 投影 …).' })
  equipment!: string[];

  @Field({ description: 'An inactive room takes no new bookings.' })
  active!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

export const RoomConnection = ConnectionType(Room);

@ObjectType({
  implements: Node,
  description:
    'A room booked for a time range: for an activity, a session of a course, or a plain purpose.',
})
export class RoomBooking extends Node {
  key!: number;
  roomId!: number;
  activityId!: number | null;
  courseId!: number | null;

  @Field(() => GraphQLDateTime)
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'Exclusive: another booking may start then.' })
  endsAt!: Date;

  @Field({ description: 'What it is for (the activity’s title, the course’s name).' })
  purpose!: string;

  @Field(() => BookingStatus)
  status!: BookingStatus;

  @Field({ description: 'Who booked it.' })
  bookedBy!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelledBy!: string | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  updatedAt!: Date;
}

@ObjectType({ description: 'A week of the centre’s calendar (Monday to Sunday, China time).' })
export class CentreWeek {
  @Field(() => DateScalar, { description: 'The Monday.' })
  from!: string;

  @Field(() => DateScalar, { description: 'The Sunday.' })
  to!: string;

  @Field(() => [RoomBooking], {
    description: 'The week’s bookings (not cancelled), by start, then room.',
  })
  bookings!: RoomBooking[];
}

@ObjectType({ description: 'A weekly meeting of a course: weekday and time, China time.' })
export class CourseSlot {
  @Field(() => Int, { description: '1 Monday … 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'HH:MM' })
  startTime!: string;

  @Field({ description: 'HH:MM' })
  endTime!: string;
}

@ObjectType({
  implements: Node,
  description:
    'A course of the 老年大学 in one term (学期): its teacher, room, weekly schedule, sessions and enrolments.',
})
export class Course extends Node {
  key!: number;
  bureauId!: number;
  roomId!: number;

  @Field()
  name!: string;

  @Field({ description: 'The term, e.g. 2026春季.' })
  term!: string;

  @Field()
  teacher!: string;

  @Field(() => [CourseSlot])
  schedule!: CourseSlot[];

  @Field(() => DateScalar)
  termStartsOn!: string;

  @Field(() => DateScalar)
  termEndsOn!: string;

  @Field(() => Int, { description: 'Places; enrolments beyond it wait.' })
  capacity!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  updatedAt!: Date;
}

export const CourseConnection = ConnectionType(Course);

@ObjectType({
  implements: Node,
  description: 'A member’s place in a course: enrolled, waiting (in order) or withdrawn.',
})
export class CourseEnrolment extends Node {
  key!: number;
  courseId!: number;
  memberId!: number;
  enrolledBy!: string;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Place on the waiting list (1 moves up next); null unless WAITING.',
  })
  waitingPosition!: number | null;

  @Field(() => GraphQLDateTime, { description: 'When the member asked for a place.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the member moved up from the waiting list.',
  })
  promotedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  withdrawnAt!: Date | null;
}

@ObjectType({ description: 'Whether an enrolled member came to a session of a course.' })
export class CourseAttendance {
  memberId!: number;
  bookingId!: number;

  @Field()
  present!: boolean;
}

@ObjectType({ description: 'A time asked for that an existing booking of the room holds.' })
export class BookingClash {
  @Field(() => GraphQLDateTime, { description: 'The start of the time asked for.' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime)
  endsAt!: Date;

  @Field(() => RoomBooking, { description: 'The booking in the way.' })
  booking!: RoomBooking;
}

@ObjectType({ description: 'A year of the activity centre, from its records.' })
export class CentreStats {
  @Field(() => Int, { description: 'Rooms in use.' })
  rooms!: number;

  @Field(() => Int, {
    description: 'Bookings (not cancelled) starting in the year, up to the day.',
  })
  bookings!: number;

  @Field(() => Float, { description: 'Hours those bookings hold.' })
  bookedHours!: number;

  @Field(() => Int, { description: 'Courses with a session in the year.' })
  courses!: number;

  @Field(() => Int, { description: 'Sessions of those courses held (up to the day).' })
  sessionsHeld!: number;

  @Field(() => Int, { description: 'Members enrolled in those courses (not withdrawn).' })
  enrolments!: number;

  @Field(() => Int, { description: 'Members waiting for a place in them.' })
  waiting!: number;

  @Field(() => Int, { description: 'Members recorded present at their sessions.' })
  courseAttendance!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Present ÷ attendance recorded; null when none was.',
  })
  courseAttendanceRate!: number | null;
}

// --- inputs ---

@InputType()
export class CreateRoomInput {
  @Field(() => ID, COUNTY_INPUT)
  bureauId?: string | null;

  @Field()
  @Matches(/\S/, { message: '请填写名称 (a name is required)', ...REQUIRED })
  @MaxText(50)
  name!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int)
  areaSqm!: number;

  @Field(() => [String], { defaultValue: [] })
  @MaxLength(50, {
    each: true,
    message: '每项不能超过 50 个字 (at most 50 characters each)',
    ...TOO_LONG,
  })
  equipment!: string[];
}

@InputType()
export class UpdateRoomInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: '请填写名称 (a name is required)', ...REQUIRED })
  @MaxText(50)
  name?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => Int, { nullable: true })
  areaSqm?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @MaxLength(50, {
    each: true,
    message: '每项不能超过 50 个字 (at most 50 characters each)',
    ...TOO_LONG,
  })
  equipment?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class BookRoomInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => GraphQLDateTime)
  startsAt!: Date;

  @Field(() => GraphQLDateTime)
  endsAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Required unless for an activity (then its title by default).',
  })
  @IsOptional()
  @MaxText(200)
  purpose?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The activity the room is for; it then names the room.',
  })
  activityId?: string | null;
}

@InputType()
export class CancelBookingInput {
  @Field(() => ID)
  bookingId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  reason?: string | null;
}

@InputType()
export class CourseSlotInput {
  @Field(() => Int, { description: '1 Monday … 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'HH:MM, China time.' })
  startTime!: string;

  @Field({ description: 'HH:MM, China time.' })
  endTime!: string;
}

@InputType()
export class CreateCourseInput {
  @Field()
  @Matches(/\S/, { message: '请填写课程名称 (a name is required)', ...REQUIRED })
  @MaxText(50)
  name!: string;

  @Field({ description: 'e.g. 2026春季' })
  @Matches(/\S/, { message: '请填写学期 (a term is required)', ...REQUIRED })
  @MaxText(20)
  term!: string;

  @Field()
  @Matches(/\S/, { message: '请填写授课教师 (a teacher is required)', ...REQUIRED })
  @MaxText(50)
  teacher!: string;

  @Field(() => ID)
  roomId!: string;

  @Field(() => [CourseSlotInput])
  @ValidateNested({ each: true })
  schedule!: CourseSlotInput[];

  @Field(() => DateScalar)
  termStartsOn!: string;

  @Field(() => DateScalar)
  termEndsOn!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Check only: list the sessions’ clashes and write nothing.',
  })
  dryRun!: boolean;
}

@InputType()
export class CourseMemberInput {
  @Field(() => ID)
  courseId!: string;

  @Field(() => ID)
  memberId!: string;
}

@InputType()
export class RecordCourseAttendanceInput {
  @Field(() => ID, { description: 'The session: a booking of the course.' })
  sessionId!: string;

  @Field(() => [ID], {
    description: 'The enrolled members who came; the others enrolled are recorded absent.',
  })
  presentMemberIds!: string[];
}

// --- payloads ---

export const RoomPayload = PayloadFields<{ room: Room | null }>('RoomPayload', {
  room: { type: () => Room, description: 'Null when there are userErrors.' },
});
export type RoomPayload = InstanceType<typeof RoomPayload>;

export const RoomBookingPayload = PayloadFields<{ booking: RoomBooking | null }>(
  'RoomBookingPayload',
  { booking: { type: () => RoomBooking, description: 'Null when there are userErrors.' } },
);
export type RoomBookingPayload = InstanceType<typeof RoomBookingPayload>;

@ObjectType()
export class CreateCoursePayload {
  @Field(() => Course, {
    nullable: true,
    description: 'Null on a dry run and when there are userErrors.',
  })
  course!: Course | null;

  @Field(() => Int, { nullable: true, description: 'The sessions the schedule makes in the term.' })
  sessionCount!: number | null;

  @Field(() => [BookingClash], {
    description: 'Each session whose time the room is already booked at (none: it can be saved).',
  })
  clashes!: BookingClash[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export const CourseEnrolmentPayload = PayloadFields<{
  enrolment: CourseEnrolment | null;
  promoted: CourseEnrolment | null;
}>('CourseEnrolmentPayload', {
  enrolment: { type: () => CourseEnrolment, description: 'Null when there are userErrors.' },
  promoted: {
    type: () => CourseEnrolment,
    description: 'On a withdrawal: the first waiting member, who moved up to the place.',
  },
});
export type CourseEnrolmentPayload = InstanceType<typeof CourseEnrolmentPayload>;

export const CourseSessionPayload = PayloadFields<{ session: RoomBooking | null }>(
  'CourseSessionPayload',
  { session: { type: () => RoomBooking, description: 'Null when there are userErrors.' } },
);
export type CourseSessionPayload = InstanceType<typeof CourseSessionPayload>;
