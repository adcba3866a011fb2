import { escapeIdentifier } from 'pg';
import type { Selection } from '../selection';
import { raw, type Sql } from './sql';
import type { Row } from './database';
import { toGlobalId, type NodeType } from '../global-id';
import { columnsOf, type ColumnKey, type EntityClass } from './entity-columns';

/** How a GraphQL object reads its entity's columns (`Projection.of`). */
export interface ProjectionOptions<E> {
  /** Columns the object does not read. */
  omit?: readonly ColumnKey<E>[];
  /** Properties the object names otherwise than the entity (the id is always `key`). */
  rename?: Partial<Record<ColumnKey<E>, string>>;
  /** Computed properties: SQL over the table with `$.` where its alias goes. */
  computed?: Readonly<Record<string, string>>;
}

/**
 * How a table's columns become a GraphQL object's properties, and which properties each field
 * needs, so a list selects only what its query asks for (less to read, parse and collect).
 */
export class Projection {
  private constructor(
    /** Property → column (quoted), or a computed expression. */
    private readonly columns: Readonly<Record<string, string>>,
    /** Field → properties it reads; a field not listed reads the property of its own name. */
    private readonly needs: Readonly<Record<string, readonly string[]>>,
  ) {}

  /** The entity's columns (all but `omit`), under the entity's property names or `rename`'s. */
  static of<E>(
    entity: EntityClass<E>,
    options: ProjectionOptions<E>,
    needs: Readonly<Record<string, readonly string[]>>,
  ): Projection {
    const omitted = new Set<string>(options.omit);
    const renamed: Record<string, string | undefined> = { id: 'key', ...options.rename };
    const columns: Record<string, string> = {};
    for (const [property, name] of columnsOf(entity)) {
      if (!omitted.has(property)) columns[renamed[property] ?? property] = escapeIdentifier(name);
    }
    return new Projection({ ...columns, ...options.computed }, needs);
  }

  /** The properties a selection needs; all of them without one. */
  properties(selection?: Selection): string[] {
    if (!selection) return Object.keys(this.columns);
    const wanted = new Set(['key'].filter((key) => key in this.columns));
    for (const field of selection.keys()) {
      for (const property of this.needs[field] ?? [field]) {
        if (property in this.columns) wanted.add(property);
      }
    }
    return [...wanted];
  }

  /**
   * `t.column AS "prefix.property", …` for the table alias `t`; a computed column is an
   * expression with `$.` where the alias goes (`$.amount - $.spent`).
   */
  select(table: string, properties: string[], prefix = ''): Sql {
    const expression = (column: string) =>
      column.includes('$.') ? `(${column.replaceAll('$.', `${table}.`)})` : `${table}.${column}`;
    return raw(
      properties.map((p) => `${expression(this.columns[p])} AS "${prefix}${p}"`).join(', '),
    );
  }
}

/**
 * The `prefix`-named properties of a joined row (`prefix` + a name without a dot) as an object
 * of their own, or null when the joined record is absent (its key is null). The row is left as
 * it is: deleting from it would make every later read of it slow.
 */
export function takePrefixed(row: Row, prefix: string): Row | null {
  let taken: Row | null = null;
  for (const name in row) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    if (!rest.includes('.')) (taken ??= {})[rest] = row[name];
  }
  return taken && taken.key !== null ? taken : null;
}

/** A joined row's own properties: those whose names have no dot. */
export function ownColumns(row: Row): Row {
  const own: Row = {};
  for (const name in row) if (!name.includes('.')) own[name] = row[name];
  return own;
}

/**
 * A row as an instance of its GraphQL class with its global id: type-graphql then passes it to
 * field resolvers as is instead of copying the row for each, and `Node` resolves its type by class.
 */
export function toNode<T extends { key: number; id: string }>(
  type: new () => T,
  nodeType: NodeType,
  row: Row,
): T {
  const node = Object.assign(Object.create(type.prototype) as T, row);
  node.id = toGlobalId(nodeType, node.key);
  return node;
}
