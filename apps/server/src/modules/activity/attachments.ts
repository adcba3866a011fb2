import { randomUUID } from 'node:crypto';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { writeAudit } from '../../kernel/audit';
import { callerLabel } from '../../kernel/access/caller';
import { insertRow } from '../../kernel/db/entity-columns';
import { ActivityAttachmentEntity } from './activity-attachment.entity';
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

/**
 * Adds a file to an activity in the caller's reach: its type by content (images and PDF), a
 * thumbnail for an image, the bytes in the storage, then the record with its audit entry in one
 * transaction (the bytes are removed again when that fails).
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
  const type = sniffType(bytes);
  if (!type)
    throw new AttachmentRefusal(
      'UNSUPPORTED_TYPE',
      '只能上传 JPEG、PNG、WebP 图片或 PDF 文件 (only JPEG, PNG or WebP images and PDF files)',
    );
  const thumbnail = isImage(type) ? await thumbnailOf(bytes) : null;
  if (isImage(type) && !thumbnail)
    throw new AttachmentRefusal('INVALID_IMAGE', '图片已损坏，无法读取 (the image cannot be read)');

  const storageKey = `activity/${activityKey}/${randomUUID()}`;
  const thumbnailKey = thumbnail ? `${storageKey}.thumb.webp` : null;
  await storage.put(storageKey, bytes);
  if (thumbnail && thumbnailKey) await storage.put(thumbnailKey, thumbnail);
  const name = cleanFileName(fileName, type);
  try {
    return await ctx.db.transaction(async (tx) => {
      // The activity may have gone meanwhile: the insert then fails on its foreign key.
      const [row] = await tx.run(sql`
        WITH f AS (${insertRow(ActivityAttachmentEntity, {
          activityId: activityKey,
          fileName: name,
          contentType: type,
          sizeBytes: bytes.length,
          storageKey,
          thumbnailKey,
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
            fileName: name,
            contentType: type,
            sizeBytes: bytes.length,
          },
        },
      );
      return attachment;
    });
  } catch (error) {
    await storage.delete(storageKey);
    if (thumbnailKey) await storage.delete(thumbnailKey);
    if ((error as { code?: string }).code === '23503')
      throw new AttachmentRefusal('NOT_FOUND', '活动不存在 (activity not found)');
    throw error;
  }
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
