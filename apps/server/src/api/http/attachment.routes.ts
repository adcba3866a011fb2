import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../kernel/db/database';
import { ApiError, ErrorCode, httpError, safeError } from '../../kernel/errors';
import { keyOf } from '../../kernel/global-id';
import { Permission } from '../../kernel/access/permissions';
import type { AttachmentStorage } from '../../modules/activity/attachment-storage';
import {
  AttachmentRefusal,
  addAttachment,
  attachmentInReach,
  stageUpload,
} from '../../modules/activity/attachments';
import type { ActivityAttachment } from '../../modules/activity/activity.types';
import { authorizeApiRequest } from './authorize';
import { refuseControlCharactersInUrl } from './url-strings';

export interface AttachmentRoutesOptions {
  db: Database;
  clock: Clock;
  storage: AttachmentStorage;
  /** The largest file accepted, in bytes (ATTACHMENT_MAX_BYTES). */
  maxBytes: number;
}

const STATUS: Record<AttachmentRefusal['code'], number> = {
  NOT_FOUND: 404,
  EMPTY: 400,
  UNSUPPORTED_TYPE: 415,
  INVALID_IMAGE: 400,
};

const notFound = () => httpError(404, ErrorCode.NOT_FOUND, '附件不存在 (attachment not found)');

/** `inline` with the file's name, ASCII fallback first (RFC 6266). */
function inline(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function described(attachment: ActivityAttachment) {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    url: `/api/attachments/${attachment.id}`,
    thumbnailUrl: attachment.thumbnailKey ? `/api/attachments/${attachment.id}/thumbnail` : null,
  };
}

/**
 * An activity's files under /api: upload to a saved activity, or ahead of a new one (the body
 * is the file; its type by content, images and PDF) and download, authenticated and refused as
 * the Excel routes are; an activity out of reach is as missing (404).
 */
export async function attachmentRoutes(app: FastifyInstance, options: AttachmentRoutesOptions) {
  const { db, clock, storage, maxBytes } = options;
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    if (error instanceof ApiError && error.status)
      return reply.code(error.status).send(error.httpBody);
    if (error instanceof AttachmentRefusal)
      return reply
        .code(STATUS[error.code])
        .send({ error: { code: error.code, message: error.message } });
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send({
        error: {
          code: 'TOO_LARGE',
          message: `文件超过 ${megabytes} MB (the file is larger than ${megabytes} MB)`,
        },
      });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return reply
        .code(error.statusCode)
        .send({ error: { code: 'BAD_REQUEST', message: `请求无效 (${error.message})` } });
    request.log.error({ err: safeError(error) }, 'internal error in an attachment request');
    return reply.code(500).send({
      error: { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误 (internal error)' },
    });
  });

  // A file name is a string that enters like any other.
  refuseControlCharactersInUrl(app);

  app.post(
    '/activities/:activityId/attachments',
    { bodyLimit: maxBytes },
    async (request, reply) => {
      const ctx = await authorizeApiRequest(db, clock, request, Permission.MEMBERS_WRITE);
      const { activityId } = request.params as { activityId: string };
      const key = keyOf(activityId, 'Activity');
      if (key === null)
        throw httpError(404, ErrorCode.NOT_FOUND, '活动不存在 (activity not found)');
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const { filename } = request.query as { filename?: string };
      const attachment = await addAttachment(ctx, storage, key, body, filename);
      return reply.code(201).send({ attachment: described(attachment) });
    },
  );

  // A file for an activity not saved yet: createActivity takes it by the id answered here.
  app.post('/attachments', { bodyLimit: maxBytes }, async (request, reply) => {
    const ctx = await authorizeApiRequest(db, clock, request, Permission.MEMBERS_WRITE);
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const { filename } = request.query as { filename?: string };
    const upload = await stageUpload(ctx, storage, body, filename);
    return reply.code(201).send({
      upload: {
        id: upload.id,
        fileName: upload.fileName,
        contentType: upload.contentType,
        sizeBytes: upload.sizeBytes,
      },
    });
  });

  async function download(
    reply: FastifyReply,
    id: string,
    request: Parameters<typeof authorizeApiRequest>[2],
    thumbnail: boolean,
  ) {
    const ctx = await authorizeApiRequest(db, clock, request, Permission.MEMBERS_READ);
    const key = keyOf(id, 'ActivityAttachment');
    const attachment = key === null ? null : await attachmentInReach(ctx, key);
    const storageKey = thumbnail ? attachment?.thumbnailKey : attachment?.storageKey;
    if (!attachment || !storageKey) throw notFound();
    const bytes = await storage.get(storageKey);
    if (!bytes) throw notFound();
    return reply
      .type(thumbnail ? 'image/webp' : attachment.contentType)
      .header('content-disposition', inline(attachment.fileName))
      .send(bytes);
  }

  app.get('/attachments/:id', async (request, reply) =>
    download(reply, (request.params as { id: string }).id, request, false),
  );
  app.get('/attachments/:id/thumbnail', async (request, reply) =>
    download(reply, (request.params as { id: string }).id, request, true),
  );
}
