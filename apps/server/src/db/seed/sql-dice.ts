import { raw, sql, type Sql } from '../../kernel/db/sql';

/** A deterministic number in [0, 1000) from a salt and a column: the seed's dice, in SQL. */
export function dice(salt: string, column: string): Sql {
  return raw(`(('x' || substr(md5(${column}::text || '${salt}'), 1, 7))::bit(28)::int % 1000)`);
}

/** Picks one of `options` by a die. */
export function oneOf(options: readonly string[], die: Sql): Sql {
  return sql`(${options}::text[])[1 + ${die} % ${options.length}]`;
}
