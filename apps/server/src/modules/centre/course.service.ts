import { sql } from '../../kernel/db/sql';
import { insertRow } from '../../kernel/db/entity-columns';
import { callerLabel } from '../../kernel/access/caller';
import type { RequestScope } from '../../kernel/context';
import {
  inTransaction,
  inputKey,
  refuseIf,
  refusedOutright,
  type InputKey,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { CourseEntity } from './course.entity';
import { COURSE_COLUMNS, clashingBookings, toCourse } from './centre.repository';
import { bureauOnly } from './centre-access';
import { clashError, roomForBooking, withClashReport } from './booking.service';
import { checkSchedule, sessionsOf, type Slot } from './course-schedule';
import { BookingClash, type CreateCourseInput, type CreateCoursePayload } from './centre.types';

const MAX_CAPACITY = 1000;

const DUPLICATE_NAME = {
  course_term_name_key: userError(
    'name',
    UserErrorCode.DUPLICATE,
    '本学期已有同名课程 (the term has a course of that name)',
  ),
};

/**
 * Sets up a course for a term and books its room for every session of its weekly schedule.
 * The sessions' clashes with the room's bookings are listed first (`dryRun` stops there);
 * saving with a clash is refused, each clash named, and nothing is written.
 */
export async function createCourse(
  ctx: RequestScope,
  input: CreateCourseInput,
  keys: { room: InputKey },
): Promise<CreateCoursePayload> {
  const errors = await validateInput(input);
  bureauOnly(ctx, errors);
  const roomKey = inputKey(keys.room, 'roomId', errors);
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_CAPACITY)
    errors.push(
      userError(
        'capacity',
        UserErrorCode.OUT_OF_RANGE,
        `名额须在 1 到 ${MAX_CAPACITY} 之间 (1 to ${MAX_CAPACITY} places)`,
      ),
    );
  const schedule: Slot[] = input.schedule.map((s) => ({
    weekday: s.weekday,
    startTime: s.startTime,
    endTime: s.endTime,
  }));
  const scheduleErrors = checkSchedule(schedule, input);
  errors.push(...scheduleErrors);
  const refused = (userErrors: UserError[], clashes: BookingClash[] = [], sessionCount = null) => ({
    course: null,
    sessionCount,
    clashes,
    userErrors,
  });
  if (roomKey === null || scheduleErrors.length || refusedOutright(errors)) return refused(errors);

  const sessions = sessionsOf(schedule, input);
  const room = await roomForBooking(ctx.db, ctx.reach, roomKey, errors);
  if (!room) return refused(errors);
  const listClashes = async () =>
    (await clashingBookings(ctx.db, roomKey, sessions)).map((c) =>
      Object.assign(new BookingClash(), { ...sessions[c.index], booking: c.booking }),
    );
  const clashes = await listClashes();
  const clashRefusals = (found: BookingClash[]) =>
    found.map((c) => clashError('schedule', c.booking, room.name));
  if (input.dryRun)
    return { course: null, sessionCount: sessions.length, clashes, userErrors: errors };
  if (errors.length || clashes.length)
    return {
      course: null,
      sessionCount: sessions.length,
      clashes,
      userErrors: [...errors, ...clashRefusals(clashes)],
    };

  let raceClashes: BookingClash[] = [];
  const outcome = await withClashReport(
    () =>
      inTransaction(
        ctx,
        'createCourse',
        async (tx) => {
          const locked: UserError[] = [];
          await roomForBooking(tx, ctx.reach, roomKey, locked);
          refuseIf(locked);
          const [row] = await tx.run(sql`
            WITH c AS (${insertRow(CourseEntity, {
              bureauId: room.bureauId,
              name: input.name.trim(),
              term: input.term.trim(),
              teacher: input.teacher.trim(),
              roomId: roomKey,
              schedule: JSON.stringify(schedule) as unknown as unknown[],
              termStartsOn: input.termStartsOn,
              termEndsOn: input.termEndsOn,
              capacity: input.capacity,
              createdAt: ctx.now,
              updatedAt: ctx.now,
            })} RETURNING *) SELECT ${COURSE_COLUMNS} FROM c`);
          const course = toCourse(row);
          await tx.run(sql`
            INSERT INTO room_booking (room_id, starts_at, ends_at, purpose, course_id, booked_by, created_at, updated_at)
            SELECT ${roomKey}, s.starts_at, s.ends_at, ${course.name}, ${course.key}, ${callerLabel(ctx.caller)}, ${ctx.now}, ${ctx.now}
            FROM unnest(${sessions.map((s) => s.startsAt)}::timestamptz[], ${sessions.map((s) => s.endsAt)}::timestamptz[])
              AS s(starts_at, ends_at)`);
          return {
            record: course,
            change: { type: 'Course', key: course.key, after: course },
            details: { sessions: sessions.length, room: room.name },
          };
        },
        DUPLICATE_NAME,
      ),
    async () => {
      raceClashes = await listClashes();
      return clashRefusals(raceClashes);
    },
  );
  return {
    course: outcome.record,
    sessionCount: sessions.length,
    clashes: raceClashes,
    userErrors: outcome.userErrors,
  };
}
