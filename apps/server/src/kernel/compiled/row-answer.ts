import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import type { Row } from '../db/database';
import { toGlobalId, type NodeType } from '../global-id';
import { responseFields, type Selection } from '../selection';

/**
 * Answers an object's fields from a row the way its resolvers would, for reads that skip the
 * executor's walk over every field of every row. The row is one read by the type's Projection:
 * the object's properties under a prefix, a joined object's under `prefix + field + '.'` (as
 * memberColumns and branchColumns name them).
 */

/** A field's value read from a row, given the prefix of its object's columns. */
export type RowField = (prefix: string) => (row: Row) => unknown;

/** What an object type answers from a row: its plain fields and the objects joined to it. */
export interface AnswerType {
  name: string;
  fields: Readonly<Record<string, RowField>>;
  /** Objects joined into the row; a nullable one is null when its key is (not joined, or out of reach). */
  joins?: Readonly<Record<string, { type: () => AnswerType; nullable: boolean }>>;
}

export const property =
  (name: string): RowField =>
  (prefix) => {
    const column = prefix + name;
    return (row) => row[column];
  };

/** The object's key as its global id. */
export const globalId =
  (type: NodeType): RowField =>
  (prefix) => {
    const column = `${prefix}key`;
    return (row) => toGlobalId(type, Number(row[column]));
  };

export type RowAnswer = (row: Row) => Record<string, unknown>;

/**
 * The answer to `field`'s selection on `type`, read from rows whose columns for it are under
 * `prefix`, and the selection (by field name) the rows must be read for; null when the
 * selection asks for a field the type does not answer from a row (a derived or audited one,
 * or one with arguments), which its resolver then answers.
 */
export function compileRowAnswer(
  type: AnswerType,
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
  prefix = '',
): { answer: RowAnswer; selection: Selection } | null {
  if (!field.selectionSet) return null;
  const fields = responseFields(field.selectionSet, type.name, fragments);
  if (!fields) return null;
  const reads: [key: string, read: (row: Row) => unknown][] = [];
  const selection: Selection = new Map();
  for (const { key, name, node } of fields) {
    if (node.arguments?.length) return null;
    const joined = type.joins?.[name];
    if (name === '__typename') {
      reads.push([key, () => type.name]);
    } else if (type.fields[name]) {
      reads.push([key, type.fields[name](prefix)]);
      selection.set(name, new Map());
    } else if (joined) {
      const inner = compileRowAnswer(joined.type(), node, fragments, `${prefix}${name}.`);
      if (!inner) return null;
      selection.set(name, inner.selection);
      const innerKey = `${prefix}${name}.key`;
      reads.push([
        key,
        joined.nullable
          ? (row) => (row[innerKey] == null ? null : inner.answer(row))
          : inner.answer,
      ]);
    } else {
      return null;
    }
  }
  const answer: RowAnswer = (row) => {
    const out: Record<string, unknown> = {};
    for (const [key, read] of reads) out[key] = read(row);
    return out;
  };
  return { answer, selection };
}
