import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
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
import { assignments, insertRow } from '../../kernel/db/entity-columns';
import { ActivityEntity } from './activity.entity';
import { type ActivityKind, Attendance, OrganiserKind, PARTY_LIFE_KINDS } from './activity-kinds';
import { ACTIVITY_COLUMNS, activityInReach, toActivity } from './activity.repository';
import type { AttachmentStorage } from './attachment-storage';
import { claimUploads } from './attachments';
import type {
  Activity,
  CreateActivityInput,
  DeleteActivityInput,
  ParticipantInput,
  RecordAttendanceInput,
  UpdateActivityInput,
} from './activity.types';
import { countyToWrite } from '../bureau/county';

/** The most participants one activity records. */
export const MAX_PARTICIPANTS = 2000;

/** The activity, in reach, locked for the change; missing or out of reach refuses. */
export async function lockActivity(
  tx: Transaction,
  ctx: RequestScope,
  key: number,
  field = 'activityId',
): Promise<Activity> {
  const [row] = await tx.run(sql`
    SELECT ${ACTIVITY_COLUMNS} FROM activity a
    WHERE a.id = ${key} AND ${activityInReach('a', ctx.reach)} FOR UPDATE`);
  if (!row) refuseIf([notFound(field, '活动', 'activity')]);
  return toActivity(row);
}

/** The kinds of 三会一课 and 组织生活 are a branch's own. */
function checkOrganiserOfKind(kind: ActivityKind, organiser: OrganiserKind, errors: UserError[]) {
  if (organiser !== OrganiserKind.BRANCH && PARTY_LIFE_KINDS.includes(kind)) {
    errors.push(
      userError(
        ['organiser', 'kind'],
        UserErrorCode.INVALID,
        '三会一课和组织生活须由支部组织 (a branch holds its own party-life meetings)',
      ),
    );
  }
}

function checkTimes(startsAt: Date, endsAt: Date, errors: UserError[]) {
  if (endsAt < startsAt)
    errors.push(
      userError(
        'endsAt',
        UserErrorCode.TOO_EARLY,
        '结束时间不能早于开始时间 (ends before it starts)',
      ),
    );
}

function checkCounts(
  input: { externalAttendance?: number | null; beneficiaries?: number | null },
  errors: UserError[],
) {
  for (const field of ['externalAttendance', 'beneficiaries'] as const) {
    const value = input[field];
    if (value != null && (value < 0 || value > 1_000_000))
      errors.push(
        userError(field, UserErrorCode.OUT_OF_RANGE, '人数须在 0 到 1000000 之间 (0 to 1,000,000)'),
      );
  }
}

interface ParticipantRow {
  memberKey: number;
  attendance: Attendance;
  absenceReason: string | null;
}

/** The participant list decoded and checked as input; the members are checked in the transaction. */
function participantRows(
  participants: ParticipantInput[],
  memberKeys: InputKey[],
  errors: UserError[],
): ParticipantRow[] {
  if (participants.length > MAX_PARTICIPANTS) {
    errors.push(
      userError(
        'participants',
        UserErrorCode.OUT_OF_RANGE,
        `参加人员最多 ${MAX_PARTICIPANTS} 人 (at most ${MAX_PARTICIPANTS} participants)`,
      ),
    );
    return [];
  }
  const seen = new Set<number>();
  const rows: ParticipantRow[] = [];
  participants.forEach((p, i) => {
    const key = inputKey(memberKeys[i], ['participants', String(i), 'memberId'], errors);
    const reason = p.absenceReason?.trim() || null;
    if (p.attendance === Attendance.ABSENT && !reason) {
      errors.push(
        userError(
          ['participants', String(i), 'absenceReason'],
          UserErrorCode.REQUIRED,
          '请填写缺席原因 (an absence needs its reason)',
        ),
      );
    }
    if (key === null) return;
    if (seen.has(key)) {
      errors.push(
        userError(
          ['participants', String(i), 'memberId'],
          UserErrorCode.DUPLICATE,
          '同一人员重复出现 (the member is listed twice)',
        ),
      );
      return;
    }
    seen.add(key);
    rows.push({
      memberKey: key,
      attendance: p.attendance,
      absenceReason: p.attendance === Attendance.ABSENT ? reason : null,
    });
  });
  return rows;
}

/** Replaces an activity's participants; members must be on record within the caller's reach. */
async function writeParticipants(
  tx: Transaction,
  ctx: RequestScope,
  activityKey: number,
  rows: ParticipantRow[],
  errors: UserError[],
) {
  const keys = rows.map((r) => r.memberKey);
  const found = new Set(
    (
      await tx.run(
        sql`SELECT m.id FROM member m WHERE m.id = ANY(${keys}::int[]) AND ${ctx.reach.member('m')}`,
      )
    ).map((r) => Number(r.id)),
  );
  rows.forEach((row, i) => {
    if (!found.has(row.memberKey))
      errors.push(notFound(['participants', String(i), 'memberId'], '人员', 'member'));
  });
  refuseIf(errors);
  await tx.run(sql`DELETE FROM activity_participant WHERE activity_id = ${activityKey}`);
  if (!rows.length) return;
  await tx.run(sql`
    INSERT INTO activity_participant (activity_id, member_id, attendance, absence_reason)
    SELECT ${activityKey}, p.member_id, p.attendance, p.absence_reason
    FROM unnest(${keys}::int[], ${rows.map((r) => r.attendance)}::text[], ${rows.map((r) => r.absenceReason)}::text[])
      AS p(member_id, attendance, absence_reason)`);
}

/** The organiser records an activity may name, by the input field that names each. */
export interface OrganiserKeys {
  branchId: InputKey | null;
  teamId: InputKey | null;
  associationId: InputKey | null;
}

/** The field naming each kind's organiser record (the bureau has none). */
const ORGANISER_FIELD: Record<OrganiserKind, keyof OrganiserKeys | null> = {
  [OrganiserKind.BUREAU]: null,
  [OrganiserKind.BRANCH]: 'branchId',
  [OrganiserKind.TEAM]: 'teamId',
  [OrganiserKind.ASSOCIATION]: 'associationId',
};

const ORGANISER_NAME: Record<keyof OrganiserKeys, [string, string]> = {
  branchId: ['组织支部', 'branch'],
  teamId: ['志愿服务队', 'volunteer team'],
  associationId: ['社会团体', 'association'],
};

/**
 * The organiser's key of an activity's input: the record of its kind must be named, no other
 * may be. Only a branch's activities are a secretary's; the others are the county's.
 */
function organiserKey(
  ctx: RequestScope,
  organiser: OrganiserKind,
  keys: OrganiserKeys,
  errors: UserError[],
): number | null {
  const own = ORGANISER_FIELD[organiser];
  let key: number | null = null;
  for (const field of Object.keys(ORGANISER_NAME) as (keyof OrganiserKeys)[]) {
    const given = keys[field];
    if (field === own) {
      const [zh, en] = ORGANISER_NAME[field];
      if (given === null)
        errors.push(
          userError(['organiser', field], UserErrorCode.REQUIRED, `请选择${zh} (choose the ${en})`),
        );
      else key = inputKey(given, ['organiser', field], errors);
    } else if (given !== null) {
      errors.push(
        userError(
          ['organiser', field],
          UserErrorCode.INVALID,
          '组织方只填与其类别相符的一项 (name only the organiser of its kind)',
        ),
      );
    }
  }
  if (organiser !== OrganiserKind.BRANCH && !ctx.reach.wholeBureau)
    errors.push(
      userError(
        ['organiser', 'kind'],
        UserErrorCode.FORBIDDEN,
        '只能为本支部记录活动 (record your own branches’ activities)',
      ),
    );
  return key;
}

/**
 * The organiser record named exists (a branch in reach and not archived, a team or association
 * in reach): the county bureau of the activity is its organiser's, or, for the bureau's own, the
 * county the caller writes for (`bureauId`).
 */
async function organiserCounty(
  tx: Transaction,
  ctx: RequestScope,
  organiser: OrganiserKind,
  key: number | null,
  bureauId: string | null | undefined,
  errors: UserError[],
): Promise<number | null> {
  if (organiser === OrganiserKind.BUREAU)
    return (await countyToWrite(tx, ctx.reach, bureauId, errors))?.key ?? null;
  if (key === null) return null;
  const found = {
    [OrganiserKind.BRANCH]: sql`SELECT b.bureau_id FROM branch b
      WHERE b.id = ${key} AND b.archived_at IS NULL AND ${ctx.reach.branch('b')}`,
    [OrganiserKind.TEAM]: sql`SELECT t.bureau_id FROM volunteer_team t
      WHERE t.id = ${key} AND ${ctx.reach.countyRecords('t')}`,
    [OrganiserKind.ASSOCIATION]: sql`SELECT s.bureau_id FROM association s
      WHERE s.id = ${key} AND ${ctx.reach.countyRecords('s')}`,
  }[organiser];
  const field = ORGANISER_FIELD[organiser];
  const [row] = await tx.run(found);
  if (!row) {
    if (field) errors.push(notFound(['organiser', field], ...ORGANISER_NAME[field]));
    return null;
  }
  return Number(row.bureau_id);
}

/** Records an activity with its participants and the files uploaded for it, in one transaction. */
export async function createActivity(
  ctx: RequestScope,
  input: CreateActivityInput,
  keys: { organiser: OrganiserKeys; participants: InputKey[]; uploads: InputKey[] },
): Promise<MutationOutcome<Activity>> {
  const errors = await validateInput(input);
  const uploads = keys.uploads.flatMap((key, i) => {
    const upload = inputKey(key, ['attachmentUploadIds', String(i)], errors);
    return upload === null ? [] : [upload];
  });
  const organiser = input.organiser.kind;
  const organiserRecord = organiserKey(ctx, organiser, keys.organiser, errors);
  checkOrganiserOfKind(input.kind, organiser, errors);
  checkTimes(input.startsAt, input.endsAt, errors);
  checkCounts(input, errors);
  const participants = participantRows(input.participants ?? [], keys.participants, errors);
  if (refusedOutright(errors)) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'createActivity', async (tx) => {
    const bureauKey = await organiserCounty(
      tx,
      ctx,
      organiser,
      organiserRecord,
      input.bureauId,
      errors,
    );
    refuseIf(errors);
    const [row] = await tx.run(sql`
      WITH a AS (${insertRow(ActivityEntity, {
        bureauId: bureauKey!,
        kind: input.kind,
        title: input.title.trim(),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: input.place?.trim() || null,
        organiserKind: organiser,
        organiserBranchId: organiser === OrganiserKind.BRANCH ? organiserRecord : null,
        organiserTeamId: organiser === OrganiserKind.TEAM ? organiserRecord : null,
        organiserAssociationId: organiser === OrganiserKind.ASSOCIATION ? organiserRecord : null,
        externalAttendance: input.externalAttendance ?? 0,
        beneficiaries: input.beneficiaries ?? 0,
        summary: input.summary?.trim() || null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })} RETURNING *) SELECT ${ACTIVITY_COLUMNS} FROM a`);
    const activity = toActivity(row);
    await writeParticipants(tx, ctx, activity.key, participants, errors);
    const attachments = await claimUploads(tx, ctx, activity.key, uploads, errors);
    return {
      record: activity,
      change: { type: 'Activity', key: activity.key, after: activity },
      details: { participants: participants.length, attachments },
    };
  });
}

/** Changes an activity's fields (not its organiser). */
export async function updateActivity(
  ctx: RequestScope,
  input: UpdateActivityInput,
  keys: { activity: InputKey },
): Promise<MutationOutcome<Activity>> {
  const errors = await validateInput(input);
  const activityKey = inputKey(keys.activity, 'activityId', errors);
  checkCounts(input, errors);
  if (refusedOutright(errors) || activityKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'updateActivity', async (tx) => {
    const before = await lockActivity(tx, ctx, activityKey);
    checkVersion(input.expectedVersion, before.version, errors);
    const kind = input.kind ?? before.kind;
    checkOrganiserOfKind(kind, before.organiserKind, errors);
    checkTimes(input.startsAt ?? before.startsAt, input.endsAt ?? before.endsAt, errors);
    refuseIf(errors);
    const text = (value: string | null | undefined, was: string | null) =>
      value === undefined || value === null ? was : value.trim() || null;
    const [row] = await tx.run(sql`
      UPDATE activity a SET ${assignments(ActivityEntity, {
        kind,
        title: input.title?.trim() || before.title,
        startsAt: input.startsAt ?? before.startsAt,
        endsAt: input.endsAt ?? before.endsAt,
        place: text(input.place, before.place),
        externalAttendance: input.externalAttendance ?? before.externalAttendance,
        beneficiaries: input.beneficiaries ?? before.beneficiaries,
        summary: text(input.summary, before.summary),
        updatedAt: ctx.now,
      })}, version = a.version + 1
      WHERE a.id = ${activityKey}
      RETURNING ${ACTIVITY_COLUMNS}`);
    const after = toActivity(row);
    return { record: after, change: { type: 'Activity', key: activityKey, before, after } };
  });
}

/** Sets the whole participant list of an activity at once. */
export async function recordAttendance(
  ctx: RequestScope,
  input: RecordAttendanceInput,
  keys: { activity: InputKey; participants: InputKey[] },
): Promise<MutationOutcome<Activity>> {
  const errors = await validateInput(input);
  const activityKey = inputKey(keys.activity, 'activityId', errors);
  const participants = participantRows(input.participants, keys.participants, errors);
  if (refusedOutright(errors) || activityKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'recordAttendance', async (tx) => {
    const before = await lockActivity(tx, ctx, activityKey);
    checkVersion(input.expectedVersion, before.version, errors);
    await writeParticipants(tx, ctx, activityKey, participants, errors);
    const [row] = await tx.run(sql`
      UPDATE activity a SET version = a.version + 1, updated_at = ${ctx.now}
      WHERE a.id = ${activityKey} RETURNING ${ACTIVITY_COLUMNS}`);
    const counts = Object.values(Attendance).map(
      (a) => [a, participants.filter((p) => p.attendance === a).length] as const,
    );
    return {
      record: toActivity(row),
      change: { type: 'Activity', key: activityKey },
      details: { attendance: Object.fromEntries(counts) },
    };
  });
}

/**
 * Deletes an activity with its participants and files; the files leave the storage once the
 * transaction has committed (a file left by a crash in between is only unreferenced bytes).
 */
export async function deleteActivity(
  ctx: RequestScope,
  storage: AttachmentStorage,
  input: DeleteActivityInput,
  keys: { activity: InputKey },
): Promise<MutationOutcome<number>> {
  const errors: UserError[] = [];
  const activityKey = inputKey(keys.activity, 'activityId', errors);
  if (activityKey === null) return { record: null, userErrors: errors };
  let storageKeys: string[] = [];
  const outcome = await inTransaction(ctx, 'deleteActivity', async (tx) => {
    const before = await lockActivity(tx, ctx, activityKey);
    checkVersion(input.expectedVersion, before.version, errors);
    refuseIf(errors);
    const files = await tx.run(sql`
      DELETE FROM activity_attachment WHERE activity_id = ${activityKey}
      RETURNING storage_key AS "storageKey", thumbnail_key AS "thumbnailKey"`);
    storageKeys = files.flatMap((f) =>
      [f.storageKey, f.thumbnailKey].filter((k): k is string => typeof k === 'string'),
    );
    await tx.run(sql`DELETE FROM activity WHERE id = ${activityKey}`);
    return {
      record: activityKey,
      change: { type: 'Activity', key: activityKey, before },
      details: { attachments: files.length },
    };
  });
  if (outcome.record !== null) await Promise.all(storageKeys.map((k) => storage.delete(k)));
  return outcome;
}

/** Deletes one attachment of an activity in reach, then its bytes. */
export async function deleteAttachment(
  ctx: RequestScope,
  storage: AttachmentStorage,
  keys: { attachment: InputKey },
): Promise<MutationOutcome<Activity>> {
  const errors: UserError[] = [];
  const attachmentKey = inputKey(keys.attachment, 'attachmentId', errors);
  if (attachmentKey === null) return { record: null, userErrors: errors };
  let storageKeys: string[] = [];
  const outcome = await inTransaction(ctx, 'deleteAttachment', async (tx) => {
    const [file] = await tx.run(sql`
      SELECT f.activity_id AS "activityId" FROM activity_attachment f JOIN activity a ON a.id = f.activity_id
      WHERE f.id = ${attachmentKey} AND ${activityInReach('a', ctx.reach)}`);
    if (!file) refuseIf([notFound('attachmentId', '附件', 'attachment')]);
    const activityKey = Number(file.activityId);
    await lockActivity(tx, ctx, activityKey);
    const [gone] = await tx.run(sql`
      DELETE FROM activity_attachment WHERE id = ${attachmentKey}
      RETURNING storage_key AS "storageKey", thumbnail_key AS "thumbnailKey", file_name AS "fileName"`);
    storageKeys = [gone.storageKey, gone.thumbnailKey].filter(
      (k): k is string => typeof k === 'string',
    );
    const [row] = await tx.run(sql`
      UPDATE activity a SET version = a.version + 1, updated_at = ${ctx.now}
      WHERE a.id = ${activityKey} RETURNING ${ACTIVITY_COLUMNS}`);
    return {
      record: toActivity(row),
      change: { type: 'Activity', key: activityKey },
      details: { deletedAttachment: { key: attachmentKey, fileName: gone.fileName } },
    };
  });
  if (outcome.record !== null) await Promise.all(storageKeys.map((k) => storage.delete(k)));
  return outcome;
}
