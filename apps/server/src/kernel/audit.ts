import type { Queryable } from './db/database';
import { sql } from './db/sql';
import { toGlobalId, type NodeType } from './global-id';
import { callerLabel, type Caller } from './access/caller';
import { maskIfPresent } from './access/mask';
import { auditBureau } from './audit-bureau';

/** What a mutation changed, for the audit trail. */
export interface AuditChange {
  type: NodeType;
  key: number;
  before?: object | null;
  after?: object | null;
}

export interface AuditActor {
  caller: Caller;
  requestId: string;
  now: Date;
}

/** Bookkeeping that says nothing about what changed. */
const IGNORED = new Set([
  'version',
  'updatedAt',
  'createdAt',
  'namePinyin',
  'key',
  'id',
  'path',
  'depth',
]);

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** Changed fields with before and after, personal data masked. */
export function diff(before: object | null | undefined, after: object | null | undefined) {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (IGNORED.has(field) || field.startsWith('preloaded')) continue;
    const [from, to] = [comparable(a[field]), comparable(b[field])];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[field] = { before: maskIfPresent(field, from), after: maskIfPresent(field, to) };
  }
  return changes;
}

/** Appends one entry to the audit trail, inside the caller's transaction. */
export async function writeAudit(
  db: Queryable,
  actor: AuditActor,
  operation: string,
  change?: AuditChange | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  const { caller } = actor;
  const changes = change ? { ...details, ...diff(change.before, change.after) } : details;
  await db.run(sql`
    INSERT INTO audit_event (occurred_at, actor_user_id, actor_token_id, actor_label, request_id, operation,
      record_type, record_id, changes, bureau_id)
    VALUES (${actor.now}, ${caller.kind === 'USER' ? caller.userKey : null},
      ${caller.kind === 'TOKEN' ? caller.tokenKey : null}, ${callerLabel(caller)}, ${actor.requestId},
      ${operation}, ${change?.type ?? null}, ${change ? toGlobalId(change.type, change.key) : null},
      ${JSON.stringify(changes)}::jsonb,
      ${auditBureau(change, caller.kind === 'ANONYMOUS' ? null : caller.scopeBureauKey)})`);
}
