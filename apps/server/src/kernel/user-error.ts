import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/** Why a mutation refused its input. Stable: clients branch on these. */
export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID = 'INVALID',
  INVALID_ID = 'INVALID_ID',
  INVALID_ID_CARD = 'INVALID_ID_CARD',
  ID_CARD_CHECK_DIGIT = 'ID_CARD_CHECK_DIGIT',
  DUPLICATE = 'DUPLICATE',
  IN_FUTURE = 'IN_FUTURE',
  TOO_EARLY = 'TOO_EARLY',
  NOT_FOUND = 'NOT_FOUND',
  STALE = 'STALE',
  CYCLE = 'CYCLE',
  HAS_MEMBERS = 'HAS_MEMBERS',
  HAS_CHILDREN = 'HAS_CHILDREN',
  ARCHIVED = 'ARCHIVED',
  NOT_CURRENT = 'NOT_CURRENT',
  TOO_SHORT = 'TOO_SHORT',
  TOO_WEAK = 'TOO_WEAK',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  LOCKED = 'LOCKED',
  FORBIDDEN = 'FORBIDDEN',
  INVALID_STATE = 'INVALID_STATE',
  /** A sign-up past its deadline, before it opens, or where none is open. */
  CLOSED = 'CLOSED',
  BUDGET_EXCEEDED = 'BUDGET_EXCEEDED',
  BELOW_COMMITTED = 'BELOW_COMMITTED',
  CAP_EXCEEDED = 'CAP_EXCEEDED',
  SELF_APPROVAL = 'SELF_APPROVAL',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** A room booked at a time it is already booked; `params` name the booking in the way. */
  BOOKING_CLASH = 'BOOKING_CLASH',
}
registerEnumType(UserErrorCode, { name: 'UserErrorCode' });

@ObjectType({ description: 'A problem with the input of a mutation; nothing was written.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the input field, e.g. ["idCardNumber"].' })
  field!: string[];

  @Field()
  message!: string;

  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The figures behind the refusal, named as the message catalogue’s placeholders: BUDGET_EXCEEDED { remainingFen, neededFen, missingFen }, CAP_EXCEEDED { capFen, receivedFen }, BOOKING_CLASH { bookingId, room, when, purpose }.',
  })
  params?: Record<string, number | string> | null;
}

export function userError(
  field: string | string[],
  code: UserErrorCode,
  message: string,
  params?: Record<string, number | string>,
): UserError {
  return {
    field: Array.isArray(field) ? field : [field],
    code,
    message,
    ...(params ? { params } : {}),
  };
}
