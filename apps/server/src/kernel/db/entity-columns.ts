import { escapeIdentifier } from 'pg';
import { getMetadataArgsStorage } from 'typeorm';
import { join, raw, sql, type Sql } from './sql';

/** An entity class (db/entities.ts). */
export type EntityClass<E> = new () => E;

/** The properties of an entity that are columns; not its relations (entities, with an id). */
export type ColumnKey<E> = {
  [K in keyof E]-?: NonNullable<E[K]> extends { id: unknown } ? never : K;
}[keyof E] &
  string;

/** A row of an entity's table by property: its columns, without its relations. */
export type RowOf<E> = Pick<E, ColumnKey<E>>;

const known = new Map<EntityClass<unknown>, ReadonlyMap<string, string>>();

/**
 * Property → column name of each column of an entity, in the order the entity declares them,
 * as its decorators say (read once, without a data source).
 */
export function columnsOf<E>(entity: EntityClass<E>): ReadonlyMap<ColumnKey<E>, string> {
  let columns = known.get(entity);
  if (!columns) {
    columns = new Map(
      getMetadataArgsStorage()
        .columns.filter((c) => c.target === entity)
        .map((c) => [c.propertyName, c.options.name ?? c.propertyName]),
    );
    if (!columns.size) throw new Error(`${entity.name} is not an entity`);
    known.set(entity, columns);
  }
  return columns as ReadonlyMap<ColumnKey<E>, string>;
}

/** The SQL name (quoted) of the column of an entity's property. */
export function column<E>(entity: EntityClass<E>, property: ColumnKey<E>): string {
  const name = columnsOf(entity).get(property);
  if (name === undefined) throw new Error(`${entity.name}.${property} is not a column`);
  return escapeIdentifier(name);
}

/** The SQL name (quoted) of an entity's table. */
function tableOf<E>(entity: EntityClass<E>): string {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === entity);
  if (!table?.name) throw new Error(`${entity.name} is not an entity`);
  return escapeIdentifier(table.name);
}

/** A row's columns and values, in the order given. */
function pairs<E>(entity: EntityClass<E>, values: Partial<RowOf<E>>): [Sql, Sql][] {
  return Object.entries(byColumn(entity, values)).map(([name, value]) => [
    raw(escapeIdentifier(name)),
    sql`${value}`,
  ]);
}

/** `INSERT INTO table (column, …) VALUES (value, …)` of a row by property. */
export function insertRow<E>(entity: EntityClass<E>, values: Partial<RowOf<E>>): Sql {
  const row = pairs(entity, values);
  return sql`INSERT INTO ${raw(tableOf(entity))} (${join(
    row.map(([name]) => name),
    ', ',
  )}) VALUES (${join(
    row.map(([, value]) => value),
    ', ',
  )})`;
}

/** `column = value, …` of the properties given, for UPDATE … SET. */
export function assignments<E>(entity: EntityClass<E>, values: Partial<RowOf<E>>): Sql {
  return join(
    pairs(entity, values).map(([name, value]) => sql`${name} = ${value}`),
    ', ',
  );
}

/** Values by property as values by column name, for statements that take a row's columns. */
export function byColumn<E>(
  entity: EntityClass<E>,
  values: Partial<RowOf<E>>,
): Record<string, unknown> {
  const columns = columnsOf(entity);
  const row: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(values)) {
    const name = columns.get(property as ColumnKey<E>);
    if (name === undefined) throw new Error(`${entity.name}.${property} is not a column`);
    row[name] = value;
  }
  return row;
}
