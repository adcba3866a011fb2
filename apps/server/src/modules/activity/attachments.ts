import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../kernel/db/database';
import { toGlobalId } from '../../kernel/global-id';
import { notFound, refuseIf } from '../../kernel/mutation';
import type { UserError } from '../../kernel/user-error';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { writeAudit } from '../../kernel/audit';
import { callerKey, callerLabel } from '../../kernel/access/caller';
import { insertRow } from '../../kernel/db/entity-columns';
import { ActivityAttachmentEntity } from './activity-attachment.entity';
import { AttachmentUploadEntity } from './attachment-upload.entity';
import { ATTACHMENT_COLUMNS, activityInReach, toAttachment } from './activity.repository';
import { isImage, sniffType, thumbnailOf, type AttachmentType } from './attachment-content';
import type { AttachmentStorage } from './attachment-storage';
import type { ActivityAttachment } from './activity.types';

/** Why an upload is refused: a code and a "中文 (English)" message. */
export class AttachmentRefusal extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'UNSUPPORTED_TYPE' | 'EMPTY' | 'INVALID_IMAGE',
    message: string,
  ) {
    super(message);
  }
}

/** A file name as kept: its last path part, without control characters, at most 200 characters. */
export function cleanFileName(name: string | undefined, type: AttachmentType): string {
  const base = (name ?? '').split(/[\\/]/).pop()?.trim() ?? '';
  const safe = [...base]
    .filter((c) => c >= ' ' && c !== '\u007f')
    .join('')
    .slice(0, 200);
  return safe || `attachment.${type === 'application/pdf' ? 'pdf' : type.split('/')[1]}`;
}

/** A checked file whose bytes (and an image's thumbnail) are in the storage. */
interface StoredFile {
  fileName: string;
  contentType: AttachmentType;
  sizeBytes: number;
  storageKey: string;
  thumbnailKey: string | null;
}

/**
 * Checks a file (its type by content: images and PDF; an image must decode) and puts its bytes
 * and an image's thumbnail in the storage under `prefix`.
 */
async function storeFile(
  storage: AttachmentStorage,
  prefix: string,
  bytes: Buffer,
  fileName: string | undefined,
): Promise<StoredFile> {
  if (!bytes.length) throw new AttachmentRefusal('EMPTY', '文件为空 (the file is empty)');
  const type = sniffType(bytes);
  if (!type)
    throw new AttachmentRefusal(
      'UNSUPPORTED_TYPE',
      '只能上传 JPEG、PNG、WebP 图片或 PDF 文件 (only JPEG, PNG or WebP images and PDF files)',
    );
  const thumbnail = isImage(type) ? await thumbnailOf(bytes) : null;
  if (isImage(type) && !thumbnail)
    throw new AttachmentRefusal('INVALID_IMAGE', '图片已损坏，无法读取 (the image cannot be read)');

  const storageKey = `${prefix}/${randomUUID()}`;
  const thumbnailKey = thumbnail ? `${storageKey}.thumb.webp` : null;
  await storage.put(storageKey, bytes);
  if (thumbnail && thumbnailKey) await storage.put(thumbnailKey, thumbnail);
  return {
    fileName: cleanFileName(fileName, type),
    contentType: type,
    sizeBytes: bytes.length,
    storageKey,
    thumbnailKey,
  };
}

async function discard(
  storage: AttachmentStorage,
  file: Pick<StoredFile, 'storageKey' | 'thumbnailKey'>,
) {
  await storage.delete(file.storageKey);
  if (file.thumbnailKey) await storage.delete(file.thumbnailKey);
}

/**
 * Adds a file to an activity in the caller's reach: the file checked and stored, then the
 * record with its audit entry in one transaction (the bytes are removed again when that fails).
 */
export async function addAttachment(
  ctx: RequestScope,
  storage: AttachmentStorage,
  activityKey: number,
  bytes: Buffer,
  fileName: string | undefined,
): Promise<ActivityAttachment> {
  if (!bytes.length) throw new AttachmentRefusal('EMPTY', '文件为空 (the file is empty)');
  const [activity] = await ctx.db.run(
    sql`SELECT a.id FROM activity a WHERE a.id = ${activityKey} AND ${activityInReach('a', ctx.reach)}`,
  );
  if (!activity) throw new AttachmentRefusal('NOT_FOUND', '活动不存在 (activity not found)');
  const file = await storeFile(storage, `activity/${activityKey}`, bytes, fileName);
  try {
    return await ctx.db.transaction(async (tx) => {
      // The activity may have gone meanwhile: the insert then fails on its foreign key.
      const [row] = await tx.run(sql`
        WITH f AS (${insertRow(ActivityAttachmentEntity, {
          activityId: activityKey,
          ...file,
          createdBy: callerLabel(ctx.caller),
          createdAt: ctx.now,
        })} RETURNING *) SELECT ${ATTACHMENT_COLUMNS} FROM f`);
      await tx.run(
        sql`UPDATE activity SET version = version + 1, updated_at = ${ctx.now} WHERE id = ${activityKey}`,
      );
      const attachment = toAttachment(row);
      await writeAudit(
        tx,
        ctx,
        'addAttachment',
        { type: 'Activity', key: activityKey },
        {
          attachment: {
            key: attachment.key,
            fileName: file.fileName,
            contentType: file.contentType,
            sizeBytes: file.sizeBytes,
          },
        },
      );
      return attachment;
    });
  } catch (error) {
    await discard(storage, file);
    if ((error as { code?: string }).code === '23503')
      throw new AttachmentRefusal('NOT_FOUND', '活动不存在 (activity not found)');
    throw error;
  }
}

/** How long an upload waits for its activity before the sweep removes it. */
export const UPLOAD_LIFETIME_HOURS = 24;

/** An uploaded file waiting for the activity that will take it. */
export interface AttachmentUpload extends StoredFile {
  id: string;
}

/**
 * Keeps a file for an activity not saved yet (`createActivity` takes it by id, only for the
 * same uploader), and sweeps the uploads nobody took within a day.
 */
export async function stageUpload(
  ctx: RequestScope,
  storage: AttachmentStorage,
  bytes: Buffer,
  fileName: string | undefined,
): Promise<AttachmentUpload> {
  await sweepUploads(ctx, storage);
  const file = await storeFile(storage, 'upload', bytes, fileName);
  try {
    const [row] = await ctx.db.run(
      sql`${insertRow(AttachmentUploadEntity, {
        owner: callerKey(ctx.caller, ''),
        ...file,
        createdAt: ctx.now,
      })} RETURNING id`,
    );
    return { id: toGlobalId('AttachmentUpload', Number(row.id)), ...file };
  } catch (error) {
    await discard(storage, file);
    throw error;
  }
}

/** Removes the uploads older than their lifetime, records first, then their bytes. */
async function sweepUploads(ctx: RequestScope, storage: AttachmentStorage) {
  const stale = await ctx.db.run(sql`
    DELETE FROM attachment_upload
    WHERE created_at < ${ctx.now}::timestamptz - make_interval(hours => ${UPLOAD_LIFETIME_HOURS})
    RETURNING storage_key AS "storageKey", thumbnail_key AS "thumbnailKey"`);
  for (const file of stale)
    await discard(storage, file as Pick<StoredFile, 'storageKey' | 'thumbnailKey'>);
}

/**
 * Turns the caller's uploads into the activity's attachments, inside the activity's
 * transaction: an upload that is missing, swept or another caller's is refused by its index in
 * `attachmentUploadIds`, and the transaction then writes nothing.
 */
export async function claimUploads(
  tx: Transaction,
  ctx: RequestScope,
  activityKey: number,
  uploadKeys: number[],
  errors: UserError[],
): Promise<number> {
  if (!uploadKeys.length) return 0;
  const claimed = await tx.run(sql`
    WITH claimed AS (
      DELETE FROM attachment_upload
      WHERE id = ANY(${uploadKeys}::int[]) AND owner = ${callerKey(ctx.caller, '')}
      RETURNING *
    ), added AS (
      INSERT INTO activity_attachment
        (activity_id, file_name, content_type, size_bytes, storage_key, thumbnail_key, created_by, created_at)
      SELECT ${activityKey}, file_name, content_type, size_bytes, storage_key, thumbnail_key,
        ${callerLabel(ctx.caller)}, ${ctx.now} FROM claimed ORDER BY id
    )
    SELECT id FROM claimed`);
  const found = new Set(claimed.map((r) => Number(r.id)));
  uploadKeys.forEach((key, i) => {
    if (!found.has(key))
      errors.push(notFound(['attachmentUploadIds', String(i)], '上传的文件', 'uploaded file'));
  });
  refuseIf(errors);
  return claimed.length;
}

/** An attachment of an activity in reach, with what a download needs; null when there is none. */
export async function attachmentInReach(
  ctx: RequestScope,
  key: number,
): Promise<ActivityAttachment | null> {
  const [row] = await ctx.db.run(sql`
    SELECT ${ATTACHMENT_COLUMNS} FROM activity_attachment f JOIN activity a ON a.id = f.activity_id
    WHERE f.id = ${key} AND ${activityInReach('a', ctx.reach)}`);
  return row ? toAttachment(row) : null;
}
