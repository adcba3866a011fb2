import { chinaDateTime } from '@wanxia/schema';
import type { Queryable, Transaction } from '../../kernel/db/database';
import type { Reach } from '../../kernel/access/reach';
import { sql } from '../../kernel/db/sql';
import { insertRow } from '../../kernel/db/entity-columns';
import { callerLabel } from '../../kernel/access/caller';
import type { RequestScope } from '../../kernel/context';
import {
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  refusedOutright,
  type InputKey,
  type MutationOutcome,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { activityInReach } from '../activity/activity.repository';
import { RoomBookingEntity } from './room-booking.entity';
import { BOOKING_COLUMNS, clashingBookings, toBooking } from './centre.repository';
import {
  BookingStatus,
  type BookRoomInput,
  type CancelBookingInput,
  type RoomBooking,
} from './centre.types';
import type { TimeRange } from './course-schedule';

/** The exclusion constraint that keeps two bookings of one room from overlapping. */
export const NO_OVERLAP = 'room_booking_no_overlap';

/** The longest one booking may be. */
const MAX_BOOKING_DAYS = 31;

/** How many times a booking refused by the constraint is tried again when nothing is in the way. */
const ATTEMPTS = 3;

/** Whether an error is PostgreSQL refusing an overlapping booking. */
export function isOverlap(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23P01' && constraint === NO_OVERLAP;
}

/** `2026-06-15 09:00–11:00` (China time); the end's date too when it is another day. */
export function whenText(range: TimeRange): string {
  const start = chinaDateTime(range.startsAt);
  const end = chinaDateTime(range.endsAt);
  return `${start}–${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}`;
}

/** The refusal that names the booking in the way: which room, when and what for. */
export function clashError(
  field: string | string[],
  booking: RoomBooking,
  roomName: string,
): UserError {
  const when = whenText(booking);
  return userError(
    field,
    UserErrorCode.BOOKING_CLASH,
    `与已有预约冲突：${roomName} ${when}，${booking.purpose} (clashes with a booking of ${roomName}, ${when}: ${booking.purpose})`,
    { bookingId: booking.id, room: roomName, when, purpose: booking.purpose },
  );
}

/** The room in reach, locked against changes while it is booked; missing refuses. */
export async function roomForBooking(
  db: Queryable,
  reach: Reach,
  roomKey: number,
  errors: UserError[],
  field = 'roomId',
): Promise<{ name: string; bureauId: number } | null> {
  const [room] = await db.run(sql`
    SELECT r.name, r.active, r.bureau_id FROM centre_room r
    WHERE r.id = ${roomKey} AND ${reach.bureau('r')} FOR SHARE`);
  if (!room) {
    errors.push(notFound(field, '房间', 'room'));
    return null;
  }
  if (!room.active)
    errors.push(
      userError(field, UserErrorCode.INVALID_STATE, '该房间已停用 (the room is not in use)'),
    );
  return { name: String(room.name), bureauId: Number(room.bureau_id) };
}

/** The bookings in the way of `ranges`, as refusals on `field`. */
export async function clashErrors(
  db: Queryable,
  roomKey: number,
  roomName: string,
  ranges: readonly TimeRange[],
  field: string | string[],
): Promise<UserError[]> {
  const clashes = await clashingBookings(db, roomKey, ranges);
  return clashes.map((c) => clashError(field, c.booking, roomName));
}

/**
 * Runs a booking's transaction; when PostgreSQL refuses it as overlapping another (one that
 * committed meanwhile, from any server process), answers with the booking now in the way.
 */
export async function withClashReport<T>(
  attempt: () => Promise<MutationOutcome<T>>,
  inTheWay: () => Promise<UserError[]>,
): Promise<MutationOutcome<T>> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isOverlap(error)) throw error;
      // The constraint waited for the other transaction: committed, it is there to name.
      const errors = await inTheWay();
      if (errors.length || i >= ATTEMPTS) {
        return {
          record: null,
          userErrors: errors.length
            ? errors
            : [
                userError(
                  'startsAt',
                  UserErrorCode.BOOKING_CLASH,
                  '该时段房间已被预约 (the room is booked at that time)',
                ),
              ],
        };
      }
    }
  }
}

function checkRange(range: TimeRange, errors: UserError[]) {
  if (range.endsAt <= range.startsAt)
    errors.push(
      userError(
        'endsAt',
        UserErrorCode.TOO_EARLY,
        '结束时间须晚于开始时间 (ends before it starts)',
      ),
    );
  else if (range.endsAt.getTime() - range.startsAt.getTime() > MAX_BOOKING_DAYS * 86_400_000)
    errors.push(
      userError(
        'endsAt',
        UserErrorCode.OUT_OF_RANGE,
        `一次预约最长 ${MAX_BOOKING_DAYS} 天 (at most ${MAX_BOOKING_DAYS} days)`,
      ),
    );
}

/** The activity in reach, locked, for its booking; missing or out of reach refuses. */
async function activityForBooking(tx: Transaction, ctx: RequestScope, key: number) {
  const [row] = await tx.run(sql`
    SELECT a.title FROM activity a WHERE a.id = ${key} AND ${activityInReach('a', ctx.reach)} FOR UPDATE`);
  return row ? { title: String(row.title) } : null;
}

/**
 * Books a room for a time range: for an activity in reach (which then names the room), or for
 * a purpose. Two bookings of a room never overlap: PostgreSQL refuses the second whichever
 * server process sends it, and the answer names the booking in the way (BOOKING_CLASH).
 */
export async function bookRoom(
  ctx: RequestScope,
  input: BookRoomInput,
  keys: { room: InputKey; activity: InputKey | null },
): Promise<MutationOutcome<RoomBooking>> {
  const errors = await validateInput(input);
  const roomKey = inputKey(keys.room, 'roomId', errors);
  const activityKey = keys.activity === null ? null : inputKey(keys.activity, 'activityId', errors);
  checkRange(input, errors);
  const purpose = input.purpose?.trim() || null;
  if (activityKey === null && keys.activity === null && !purpose)
    errors.push(userError('purpose', UserErrorCode.REQUIRED, '请填写用途 (what is it for?)'));
  // A range that is not one cannot be compared with the bookings: refuse it as it is.
  if (errors.length || roomKey === null) return { record: null, userErrors: errors };

  let roomName = '';
  return withClashReport(
    () =>
      inTransaction(ctx, 'bookRoom', async (tx) => {
        const room = await roomForBooking(tx, ctx.reach, roomKey, errors);
        roomName = room?.name ?? '';
        let title: string | null = null;
        if (activityKey !== null) {
          const activity = await activityForBooking(tx, ctx, activityKey);
          if (!activity) errors.push(notFound('activityId', '活动', 'activity'));
          title = activity?.title ?? null;
        }
        if (room) errors.push(...(await clashErrors(tx, roomKey, room.name, [input], 'startsAt')));
        refuseIf(errors);
        const [row] = await tx.run(sql`
          WITH rb AS (${insertRow(RoomBookingEntity, {
            roomId: roomKey,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            purpose: (purpose ?? title)!,
            activityId: activityKey,
            bookedBy: callerLabel(ctx.caller),
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })} RETURNING *) SELECT ${BOOKING_COLUMNS} FROM rb`);
        const booking = toBooking(row);
        if (activityKey !== null) {
          await tx.run(sql`
            UPDATE activity SET room_id = ${roomKey}, version = version + 1, updated_at = ${ctx.now}
            WHERE id = ${activityKey}`);
        }
        return {
          record: booking,
          change: { type: 'RoomBooking', key: booking.key, after: booking },
          details: { room: room!.name },
        };
      }),
    () => clashErrors(ctx.db, roomKey, roomName, [input], 'startsAt'),
  );
}

/**
 * Cancels a booking, freeing its time. The bureau cancels any; a branch's secretary those of
 * their branches' activities and those they made. An activity keeps the room of a booking it
 * still has.
 */
export async function cancelBooking(
  ctx: RequestScope,
  input: CancelBookingInput,
  keys: { booking: InputKey },
): Promise<MutationOutcome<RoomBooking>> {
  const errors = await validateInput(input);
  const bookingKey = inputKey(keys.booking, 'bookingId', errors);
  if (refusedOutright(errors) || bookingKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'cancelBooking', async (tx) => {
    const me = callerLabel(ctx.caller);
    const [row] = await tx.run(sql`
      SELECT ${BOOKING_COLUMNS} FROM room_booking rb
      WHERE rb.id = ${bookingKey} AND (${ctx.reach.wholeBureau ? sql`rb.room_id IN (SELECT r.id FROM centre_room r WHERE ${ctx.reach.bureau('r')})` : sql`FALSE`}
        OR rb.booked_by = ${me}
        OR EXISTS (SELECT 1 FROM activity a WHERE a.id = rb.activity_id AND ${activityInReach('a', ctx.reach)}))
      FOR UPDATE`);
    if (!row) refuseIf([notFound('bookingId', '预约', 'booking')]);
    const before = toBooking(row);
    if (before.status === BookingStatus.CANCELLED)
      errors.push(
        userError('bookingId', UserErrorCode.INVALID_STATE, '该预约已取消 (already cancelled)'),
      );
    refuseIf(errors);
    const [updated] = await tx.run(sql`
      UPDATE room_booking rb SET status = 'CANCELLED', cancelled_at = ${ctx.now}, cancelled_by = ${me},
        cancel_reason = ${input.reason?.trim() || null}, updated_at = ${ctx.now}, version = rb.version + 1
      WHERE rb.id = ${bookingKey} RETURNING ${BOOKING_COLUMNS}`);
    const after = toBooking(updated);
    if (before.activityId !== null) {
      await tx.run(sql`
        UPDATE activity a SET room_id = (SELECT rb.room_id FROM room_booking rb
          WHERE rb.activity_id = a.id AND rb.status = 'BOOKED' ORDER BY rb.starts_at, rb.id LIMIT 1),
          version = a.version + 1, updated_at = ${ctx.now}
        WHERE a.id = ${before.activityId}`);
    }
    return { record: after, change: { type: 'RoomBooking', key: bookingKey, before, after } };
  });
}
