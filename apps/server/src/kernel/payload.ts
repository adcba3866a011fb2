import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { MutationOutcome } from './mutation';
import { UserError } from './user-error';

/** Declares `XPayload { <recordField>: Record, userErrors: [UserError!]! }`. */
export function PayloadType<T extends object>(
  name: string,
  recordType: ClassType<T>,
  recordField: string,
) {
  @ObjectType(name)
  class Payload {
    @Field(() => [UserError])
    userErrors!: UserError[];
  }
  Field(() => recordType, { nullable: true, description: 'Null when there are userErrors.' })(
    Payload.prototype,
    recordField,
  );
  return Payload;
}

export function toPayload<T>(recordField: string, outcome: MutationOutcome<T>) {
  return { [recordField]: outcome.record, userErrors: outcome.userErrors };
}
