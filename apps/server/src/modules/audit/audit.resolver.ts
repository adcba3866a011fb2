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
import { ConnectionType, PageArgs } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { requireKey, toGlobalId } from '../../kernel/global-id';
import { Permission } from '../../kernel/access/permissions';
import { User } from '../user/user.types';
import { listAuditEvents, type AuditCriteria } from './audit.repository';

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

/** The filter with its ids decoded; a malformed or wrong-type id is a BAD_USER_INPUT error. */
function auditCriteria(filter: AuditEventFilter | undefined): AuditCriteria | null {
  if (!filter) return null;
  const { actorUserId, actorTokenId, ...rest } = filter;
  return {
    ...rest,
    actorUserKey: actorUserId ? requireKey(actorUserId, 'User', 'filter.actorUserId') : null,
    actorTokenKey: actorTokenId
      ? requireKey(actorTokenId, 'ApiToken', 'filter.actorTokenId')
      : null,
  };
}

const toEvent = (row: Row) =>
  ({ ...row, id: toGlobalId('AuditEvent', Number(row.key)) }) as unknown as AuditEvent;

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(Permission.ADMIN)
  @Query(() => AuditEventConnection, {
    description:
      'The audit trail, newest first. Read-only. A bureau’s admins read the entries about their bureau’s subtree; the province’s read them all.',
  })
  auditEvents(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ) {
    return listAuditEvents(ctx.db, ctx.reach, auditCriteria(filter), page, toEvent);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The account that acted; null when it lies outside your reach (see actorLabel).',
  })
  actorUser(@Root() event: AuditEvent, @Ctx() ctx: Context) {
    return event.actorUserId === null ? null : ctx.loaders.user.load(event.actorUserId);
  }
}
