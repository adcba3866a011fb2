import type { GraphQLScalarType } from 'graphql';
import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { MutationOutcome } from './mutation';
import { UserError } from './user-error';

/** A field of a mutation payload besides `userErrors`. */
export interface PayloadField {
  type: () => ClassType | GraphQLScalarType | StringConstructor | BooleanConstructor;
  description?: string;
  /** Payload fields are nullable (null when there are userErrors) unless this says otherwise. */
  nullable?: boolean;
}

/** Declares `<name> { ...fields, userErrors: [UserError!]! }`; `T` is the shape of its fields. */
export function PayloadFields<T extends object>(
  name: string,
  fields: { [K in keyof T]: PayloadField },
): ClassType<T & { userErrors: UserError[] }> {
  @ObjectType(name)
  class Payload {
    @Field(() => [UserError])
    userErrors!: UserError[];
  }
  for (const [field, { type, description, nullable = true }] of Object.entries<PayloadField>(
    fields,
  )) {
    Field(type, { nullable, description })(Payload.prototype, field);
  }
  return Payload as ClassType<T & { userErrors: UserError[] }>;
}

/** Declares `XPayload { <recordField>: Record, userErrors: [UserError!]! }`. */
export function PayloadType<T extends object>(
  name: string,
  recordType: ClassType<T>,
  recordField: string,
) {
  return PayloadFields<Record<string, T | null>>(name, {
    [recordField]: { type: () => recordType, description: 'Null when there are userErrors.' },
  });
}

export function toPayload<T>(recordField: string, outcome: MutationOutcome<T>) {
  return { [recordField]: outcome.record, userErrors: outcome.userErrors };
}
