import { sql } from '../../kernel/db/sql';
import { assignments, insertRow } from '../../kernel/db/entity-columns';
import type { RequestScope } from '../../kernel/context';
import {
  checkVersion,
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
import { RoomEntity } from './room.entity';
import { ROOM_COLUMNS, toRoom } from './centre.repository';
import { bureauOnly } from './centre-access';
import { countyToWrite } from '../bureau/county';
import type { CreateRoomInput, Room, UpdateRoomInput } from './centre.types';

const DUPLICATE_NAME = {
  centre_room_name_key: userError(
    'name',
    UserErrorCode.DUPLICATE,
    '已有同名房间 (a room has that name)',
  ),
};

function checkFigures(
  input: { capacity?: number | null; areaSqm?: number | null },
  errors: UserError[],
) {
  const limits = { capacity: 10_000, areaSqm: 100_000 } as const;
  for (const field of ['capacity', 'areaSqm'] as const) {
    const value = input[field];
    if (value != null && (value < 1 || value > limits[field]))
      errors.push(
        userError(
          field,
          UserErrorCode.OUT_OF_RANGE,
          `须在 1 到 ${limits[field]} 之间 (1 to ${limits[field]})`,
        ),
      );
  }
}

const cleanList = (items: string[]) => [...new Set(items.map((i) => i.trim()).filter(Boolean))];

/** Adds a room to a county's centre (its bureau's). */
export async function createRoom(
  ctx: RequestScope,
  input: CreateRoomInput,
): Promise<MutationOutcome<Room>> {
  const errors = await validateInput(input);
  bureauOnly(ctx, errors);
  checkFigures(input, errors);
  if (errors.length) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'createRoom',
    async (tx) => {
      const county = await countyToWrite(tx, ctx.reach, input.bureauId, errors);
      refuseIf(errors);
      const [row] = await tx.run(sql`
        WITH r AS (${insertRow(RoomEntity, {
          bureauId: county!.key,
          name: input.name.trim(),
          capacity: input.capacity,
          areaSqm: input.areaSqm,
          equipment: cleanList(input.equipment ?? []),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })} RETURNING *) SELECT ${ROOM_COLUMNS} FROM r`);
      const room = toRoom(row);
      return { record: room, change: { type: 'Room', key: room.key, after: room } };
    },
    DUPLICATE_NAME,
  );
}

/** Changes a room; an inactive one takes no new bookings and keeps those it has. */
export async function updateRoom(
  ctx: RequestScope,
  input: UpdateRoomInput,
  keys: { room: InputKey },
): Promise<MutationOutcome<Room>> {
  const errors = await validateInput(input);
  bureauOnly(ctx, errors);
  const roomKey = inputKey(keys.room, 'roomId', errors);
  checkFigures(input, errors);
  if (refusedOutright(errors) || roomKey === null) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'updateRoom',
    async (tx) => {
      const [row] = await tx.run(
        sql`SELECT ${ROOM_COLUMNS} FROM centre_room r
          WHERE r.id = ${roomKey} AND ${ctx.reach.bureau('r')} FOR UPDATE`,
      );
      if (!row) refuseIf([notFound('roomId', '房间', 'room')]);
      const before = toRoom(row);
      checkVersion(input.expectedVersion, before.version, errors);
      refuseIf(errors);
      const [updated] = await tx.run(sql`
        UPDATE centre_room r SET ${assignments(RoomEntity, {
          name: input.name?.trim() || before.name,
          capacity: input.capacity ?? before.capacity,
          areaSqm: input.areaSqm ?? before.areaSqm,
          equipment: input.equipment ? cleanList(input.equipment) : before.equipment,
          active: input.active ?? before.active,
          updatedAt: ctx.now,
        })}, version = r.version + 1
        WHERE r.id = ${roomKey} RETURNING ${ROOM_COLUMNS}`);
      const after = toRoom(updated);
      return { record: after, change: { type: 'Room', key: roomKey, before, after } };
    },
    DUPLICATE_NAME,
  );
}
