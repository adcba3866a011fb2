import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Row } from '../../kernel/db/database';
import { sql, type Sql } from '../../kernel/db/sql';
import { ConnectionType, OrderDirection, PageArgs, paginate } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { requireKey, toGlobalId } from '../../kernel/global-id';
import { Permission } from '../../kernel/access/permissions';
import { User } from '../user/user.types';

@ObjectType({ description: 'One entry of the append-only audit trail.' })
export class AuditEvent {
  key!: number;
  actorUserId!: number | null;

  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTime)
  occurredAt!: Date;

  @Field({ description: 'The person or API token, as named at the time.' })
  actorLabel!: string;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field({ description: 'The mutation, e.g. updateMember, or revealPersonalData.' })
  operation!: string;

  @Field(() => String, { nullable: true })
  recordType!: string | null;

  @Field(() => ID, { nullable: true, description: 'The global id of the record.' })
  recordId!: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'Changed fields as { field: { before, after } }, personal data masked.',
  })
  changes!: Record<string, unknown>;
}

const AuditEventConnection = ConnectionType(AuditEvent);

@InputType()
class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  recordId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A User id.' })
  actorUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An ApiToken id.' })
  actorTokenId?: string | null;

  @Field(() => String, { nullable: true })
  operation?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Exclusive.' })
  to?: Date | null;
}

function conditions(filter: AuditEventFilter | undefined): Sql[] {
  const list: Sql[] = [];
  if (!filter) return list;
  if (filter.recordId) list.push(sql`a.record_id = ${filter.recordId}`);
  if (filter.actorUserId)
    list.push(
      sql`a.actor_user_id = ${requireKey(filter.actorUserId, 'User', 'filter.actorUserId')}`,
    );
  if (filter.actorTokenId) {
    list.push(
      sql`a.actor_token_id = ${requireKey(filter.actorTokenId, 'ApiToken', 'filter.actorTokenId')}`,
    );
  }
  if (filter.operation) list.push(sql`a.operation = ${filter.operation}`);
  if (filter.from) list.push(sql`a.occurred_at >= ${filter.from}`);
  if (filter.to) list.push(sql`a.occurred_at < ${filter.to}`);
  return list;
}

const toEvent = (row: Row) =>
  ({ ...row, id: toGlobalId('AuditEvent', Number(row.key)) }) as unknown as AuditEvent;

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(Permission.ADMIN)
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first. Read-only.' })
  auditEvents(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ) {
    return paginate({
      db: ctx.db,
      select: sql`
        SELECT a.id AS key, a.occurred_at AS "occurredAt", a.actor_user_id AS "actorUserId",
          a.actor_label AS "actorLabel", a.request_id AS "requestId", a.operation, a.record_type AS "recordType",
          a.record_id AS "recordId", a.changes, a.occurred_at::text AS "sortKey"
        FROM audit_event a`,
      countFrom: sql`FROM audit_event a`,
      conditions: conditions(filter),
      sort: { expr: 'a.occurred_at', property: 'sortKey', type: 'timestamptz' },
      tiebreaker: { expr: 'a.id', property: 'key', type: 'bigint' },
      direction: OrderDirection.DESC,
      args: page,
      map: toEvent,
    });
  }

  @FieldResolver(() => User, { nullable: true })
  actorUser(@Root() event: AuditEvent, @Ctx() ctx: Context) {
    return event.actorUserId === null ? null : ctx.loaders.user.load(event.actorUserId);
  }
}
