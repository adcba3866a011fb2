import type { Queryable, Row } from '../../kernel/db/database';
import { sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach } from '../../kernel/access/reach';

/** What the audit trail is searched by, ids decoded. */
export interface AuditCriteria {
  recordId?: string | null;
  actorUserKey?: number | null;
  actorTokenKey?: number | null;
  operation?: string | null;
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}

/**
 * The entries a caller reads: those about their bureau's subtree (the province's own, with no
 * bureau, only the province-wide reach).
 */
function auditConditions(reach: Reach, criteria: AuditCriteria | null | undefined): Sql[] {
  const list: Sql[] = [reach.countyRecords('a')];
  if (!criteria) return list;
  if (criteria.recordId) list.push(sql`a.record_id = ${criteria.recordId}`);
  if (criteria.actorUserKey != null) list.push(sql`a.actor_user_id = ${criteria.actorUserKey}`);
  if (criteria.actorTokenKey != null) list.push(sql`a.actor_token_id = ${criteria.actorTokenKey}`);
  if (criteria.operation) list.push(sql`a.operation = ${criteria.operation}`);
  if (criteria.from) list.push(sql`a.occurred_at >= ${criteria.from}`);
  if (criteria.to) list.push(sql`a.occurred_at < ${criteria.to}`);
  return list;
}

/** A page of the audit trail, newest first; `map` makes each row the API's entry. */
export function listAuditEvents<T>(
  db: Queryable,
  reach: Reach,
  criteria: AuditCriteria | null | undefined,
  page: PageArgs,
  map: (row: Row) => T,
) {
  return paginate({
    db,
    select: sql`
      SELECT a.id AS key, a.occurred_at AS "occurredAt", a.actor_user_id AS "actorUserId",
        a.actor_label AS "actorLabel", a.request_id AS "requestId", a.operation, a.record_type AS "recordType",
        a.record_id AS "recordId", a.changes, a.occurred_at::text AS "sortKey"
      FROM audit_event a`,
    countFrom: sql`FROM audit_event a`,
    conditions: auditConditions(reach, criteria),
    sort: { expr: 'a.occurred_at', property: 'sortKey', type: 'timestamptz' },
    tiebreaker: { expr: 'a.id', property: 'key', type: 'bigint' },
    direction: OrderDirection.DESC,
    args: page,
    map,
  });
}
