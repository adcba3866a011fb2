import DataLoader from 'dataloader';
import { byKey, grouped, type LoaderScope } from '../../kernel/context';
import {
  attendanceOfSessions,
  bookingsByKeys,
  coursesByKeys,
  enrolmentCounts,
  enrolmentsByKeys,
  enrolmentsOfCourses,
  enrolmentsOfMembers,
  roomsByKeys,
  sessionsOfCourses,
} from './centre.repository';
import type { Course, CourseAttendance, CourseEnrolment, Room, RoomBooking } from './centre.types';

export type CentreLoaders = ReturnType<typeof centreLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends CentreLoaders {}
}

export function centreLoaders({ db, reach }: LoaderScope) {
  return {
    room: new DataLoader<number, Room | null>(async (keys) =>
      byKey(keys, await roomsByKeys(db, reach, keys)),
    ),
    roomBooking: new DataLoader<number, RoomBooking | null>(async (keys) =>
      byKey(keys, await bookingsByKeys(db, keys)),
    ),
    course: new DataLoader<number, Course | null>(async (keys) =>
      byKey(keys, await coursesByKeys(db, reach, keys)),
    ),
    /** Enrolments of members in reach. */
    courseEnrolment: new DataLoader<number, CourseEnrolment | null>(async (keys) =>
      byKey(keys, await enrolmentsByKeys(db, reach, keys)),
    ),
    /** Each course's sessions, by start. */
    sessionsOfCourse: new DataLoader<number, RoomBooking[]>(async (keys) =>
      grouped(keys, await sessionsOfCourses(db, keys), (b) => b.courseId!),
    ),
    /** Each course's places taken and members waiting (all of them, in reach or not). */
    enrolmentCountsOfCourse: new DataLoader<number, { enrolled: number; waiting: number }>(
      async (keys) => {
        const counts = await enrolmentCounts(db, keys);
        return keys.map((k) => counts.get(k) ?? { enrolled: 0, waiting: 0 });
      },
    ),
    /** Each course's enrolments of members in reach. */
    enrolmentsOfCourse: new DataLoader<number, CourseEnrolment[]>(async (keys) =>
      grouped(keys, await enrolmentsOfCourses(db, reach, keys), (e) => e.courseId),
    ),
    /** Each member's courses (of members already in reach). */
    enrolmentsOfMember: new DataLoader<number, CourseEnrolment[]>(async (keys) =>
      grouped(keys, await enrolmentsOfMembers(db, keys), (e) => e.memberId),
    ),
    /** Each session's attendance of members in reach. */
    attendanceOfSession: new DataLoader<number, CourseAttendance[]>(async (keys) =>
      grouped(keys, await attendanceOfSessions(db, reach, keys), (a) => Number(a.bookingId)),
    ),
  };
}
