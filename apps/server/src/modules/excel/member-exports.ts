import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Database, Row } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import type { BudgetOptions } from '../../kernel/budget';
import type { Caller, TokenCaller, UserCaller } from '../../kernel/access/caller';
import type { Permission } from '../../kernel/access/permissions';
import { Reach, type Scope } from '../../kernel/access/reach';
import { ErrorCode, httpError } from '../../kernel/errors';
import { toGlobalId } from '../../kernel/global-id';
import { inTransaction, type MutationOutcome } from '../../kernel/mutation';
import { memberCriteria } from '../member/member.filters';
import type { MemberFilter, MemberOrder } from '../member/member.types';
import { chargeExport } from './export-admission';
import { EXPORTS_AT_ONCE } from './limits';
import { memberExport } from './list-exports';
import { type MemberExport, MemberExportStatus } from './member-export.types';
import { streamXlsx } from './xlsx-export';

/** The job queue's name for writing one background export. */
export const MEMBER_EXPORT_JOB = 'member_export';
/** Where exports are written when no folder is configured (tests, benches). */
export const DEFAULT_EXPORTS_DIR = path.join(os.tmpdir(), 'wanxia-exports');
/** A ready file is kept this long, then removed. */
export const EXPORT_KEPT_HOURS = 24;

/** Where the files are written (a folder every server process reads) and the callers' budgets. */
export interface ExportSettings {
  dir: string;
  budget: BudgetOptions;
}

let configured: ExportSettings | null = null;

/** Set once at start (api/http/app.ts). */
export function useExportSettings(settings: ExportSettings): void {
  configured = settings;
}

function exportSettings(): ExportSettings {
  if (!configured) throw new Error('no export settings configured');
  return configured;
}

const COLUMNS = sql`id, status, row_count AS "rowCount", size_bytes AS "sizeBytes",
  created_at AS "createdAt", finished_at AS "finishedAt", file_key AS "fileKey"`;

function toMemberExport(row: Row): MemberExport {
  const key = Number(row.id);
  const id = toGlobalId('MemberExport', key);
  const status = row.status as MemberExportStatus;
  const finishedAt = (row.finishedAt as Date | null) ?? null;
  const ready = status === MemberExportStatus.READY;
  return {
    id,
    key,
    status,
    rowCount: row.rowCount == null ? null : Number(row.rowCount),
    sizeBytes: row.sizeBytes == null ? null : Number(row.sizeBytes),
    createdAt: row.createdAt as Date,
    finishedAt,
    downloadUrl: ready ? `/api/member-exports/${encodeURIComponent(id)}` : null,
    expiresAt:
      ready && finishedAt ? new Date(finishedAt.getTime() + EXPORT_KEPT_HOURS * 3_600_000) : null,
  };
}

/** The caller as stored with the export: its permission set as a list. */
type Stored<C> = Omit<C, 'permissions'> & { permissions: Permission[] };
type StoredCaller = Stored<UserCaller> | Stored<TokenCaller>;

function storedCaller(caller: Caller): StoredCaller {
  if (caller.kind === 'ANONYMOUS') throw new Error('an export needs a signed-in caller');
  return { ...caller, permissions: [...caller.permissions] };
}

/**
 * Queues the roster export `filter` and `orderBy` describe, charged to the caller's budget by
 * its rows as a streamed export is; at most EXPORTS_AT_ONCE of a caller's wait or run at once.
 * The job reads with the caller's reach and masking as they are now.
 */
export async function startMemberExport(
  ctx: RequestScope,
  input: { filter?: MemberFilter | null; orderBy?: MemberOrder | null },
): Promise<MutationOutcome<MemberExport>> {
  const criteria = { filter: input.filter ?? null, orderBy: input.orderBy ?? null };
  const list = await memberExport(
    ctx.db.forReads(),
    ctx,
    memberCriteria(criteria.filter),
    criteria.orderBy,
  );
  const [{ count }] = await ctx.db.run(list.count);
  await chargeExport(ctx, Number(count), exportSettings().budget);
  return inTransaction(ctx, 'exportMembers', async (tx) => {
    // One caller's starts take turns, so two at once cannot both see a free place.
    await tx.run(sql`SELECT pg_advisory_xact_lock(hashtext(${`member-export:${ctx.callerKey}`}))`);
    const [{ pending }] = await tx.run(sql`
      SELECT count(*)::int AS pending FROM member_export
      WHERE owner = ${ctx.callerKey} AND status IN ('QUEUED', 'RUNNING')`);
    if (Number(pending) >= EXPORTS_AT_ONCE)
      throw httpError(
        429,
        ErrorCode.RATE_LIMITED,
        `同时最多进行 ${EXPORTS_AT_ONCE} 个导出，请等前面的完成 (at most ${EXPORTS_AT_ONCE} exports at once)`,
      );
    const [row] = await tx.run(sql`
      INSERT INTO member_export (owner, caller, criteria, today, created_at)
      VALUES (${ctx.callerKey}, ${JSON.stringify(storedCaller(ctx.caller))}::jsonb,
        ${JSON.stringify(criteria)}::jsonb, ${ctx.today}::date, ${ctx.now})
      RETURNING ${COLUMNS}`);
    // Queued in the same transaction: no job without its record, no record without its job.
    await tx.run(sql`
      SELECT graphile_worker.add_job(${MEMBER_EXPORT_JOB}, json_build_object('id', ${row.id}::int),
        max_attempts => 1)`);
    const record = toMemberExport(row);
    return {
      record,
      change: null,
      details: { ...criteria, rows: Number(count), personalData: list.personalData, id: record.id },
    };
  });
}

/** The caller's own export; anyone else's is as missing. */
export async function memberExportOf(ctx: RequestScope, key: number): Promise<MemberExport | null> {
  const [row] = await ctx.db.run(sql`
    SELECT ${COLUMNS} FROM member_export WHERE id = ${key} AND owner = ${ctx.callerKey}`);
  return row ? toMemberExport(row) : null;
}

/** The ready file of the caller's own export, to send; null when there is none (any more). */
export async function memberExportFile(
  ctx: RequestScope,
  key: number,
): Promise<{ stream: ReadStream; today: string } | null> {
  const [row] = await ctx.db.run(sql`
    SELECT file_key AS "fileKey", today FROM member_export
    WHERE id = ${key} AND owner = ${ctx.callerKey} AND status = 'READY'`);
  if (!row) return null;
  const file = path.join(exportSettings().dir, String(row.fileKey));
  const stream = createReadStream(file);
  // A file removed by hand answers as an expired one.
  const opened = await new Promise<boolean>((resolve) => {
    stream.once('open', () => resolve(true));
    stream.once('error', () => resolve(false));
  });
  return opened ? { stream, today: String(row.today) } : null;
}

/**
 * The job: writes the export's workbook to a file in `dir` from a cursor (memory stays flat),
 * then marks it ready; a failure marks it failed and leaves no file. Afterwards removes the
 * files kept longer than EXPORT_KEPT_HOURS.
 */
export async function runMemberExport(
  db: Database,
  key: number,
  dir: string,
  now: () => Date,
): Promise<void> {
  const [job] = await db.run(sql`
    UPDATE member_export SET status = 'RUNNING' WHERE id = ${key} AND status = 'QUEUED'
    RETURNING caller, criteria, today`);
  if (!job) return;
  const stored = job.caller as StoredCaller;
  const caller: Caller = { ...stored, permissions: new Set(stored.permissions) };
  const scope: Scope = { caller, reach: Reach.of(caller), today: String(job.today) };
  const { filter, orderBy } = job.criteria as { filter: MemberFilter; orderBy: MemberOrder };
  const fileKey = `member-export-${key}-${randomUUID()}.xlsx`;
  const file = path.join(dir, fileKey);
  try {
    await mkdir(dir, { recursive: true });
    const list = await memberExport(db.forReads(), scope, memberCriteria(filter), orderBy);
    const out = new PassThrough();
    const written = finished(out.pipe(createWriteStream(file, { mode: 0o600 })));
    const rows = await streamXlsx(db, out, list.sheet, async () => undefined);
    await written;
    const { size } = await stat(file);
    await db.run(sql`
      UPDATE member_export SET status = 'READY', row_count = ${rows}, size_bytes = ${size},
        file_key = ${fileKey}, finished_at = ${now()}
      WHERE id = ${key}`);
  } catch (error) {
    await rm(file, { force: true });
    await db.run(sql`
      UPDATE member_export SET status = 'FAILED', finished_at = ${now()} WHERE id = ${key}`);
    throw error;
  }
  const expired = await db.run(sql`
    UPDATE member_export SET status = 'EXPIRED'
    WHERE status = 'READY' AND finished_at < ${now()}::timestamptz - make_interval(hours => ${EXPORT_KEPT_HOURS})
    RETURNING file_key AS "fileKey"`);
  for (const { fileKey: old } of expired) await rm(path.join(dir, String(old)), { force: true });
}
