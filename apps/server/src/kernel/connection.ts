import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Min } from 'class-validator';
import { badInput } from './errors';
import { isCalendarDate } from '@wanxia/schema';
import { controlCharacterIn } from '../lib/control-characters';
import { join, raw, sql, where, type Sql } from './db/sql';
import type { Queryable } from './db/database';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** How far `offset` may jump: page 100 of 100 rows; deeper, a filter or cursors serve better. */
export const MAX_OFFSET = 10_000;

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.`,
  })
  @Min(0)
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Rows to skip forwards (with first, from the start or after the cursor): a jump to a page by its number, e.g. page 5 of 20 rows is first: 20, offset: 80. At most ${MAX_OFFSET}; not with last or before.`,
  })
  offset?: number | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  readonly cursor: string;
  node: T;
}

/** An edge whose cursor is encoded only when a query asks for it (most read `nodes`). */
class KeysetEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly keys: unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.keys);
  }
}

/** What every connection resolves to; `totalCount` runs its query only when asked for. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionTypeClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All records matching the filter, regardless of paging.' })
    totalCount!: number;
  }
  return ConnectionTypeClass;
}

/**
 * The SQL type of a keyset column: a cursor's values are checked against it before they reach
 * a statement, where a wrong one would be an error of the database.
 */
export type SortType = 'text' | 'smallint' | 'integer' | 'bigint' | 'date' | 'timestamptz';

/** One column of a keyset ordering. `expr` must never be NULL (coalesce it). */
export interface SortKey {
  expr: string;
  /** The row property holding the value of `expr`. */
  property: string;
  type: SortType;
}

export interface PaginateOptions<Row> {
  db: Queryable;
  /** `SELECT … FROM …` with no WHERE, ORDER or LIMIT. */
  select: Sql;
  /** `FROM …` for the count; defaults to the FROM part of `select` via `countFrom`. */
  countFrom: Sql;
  conditions: Sql[];
  sort: SortKey;
  /** Unique tiebreaker, e.g. `m.id`, and its row property. */
  tiebreaker: SortKey;
  direction: OrderDirection;
  args: PageArgs;
  map: (row: Record<string, unknown>) => Row;
  /**
   * Counts in the page's own statement (pass it when the query asks for `totalCount`): one
   * round trip instead of two. The count is an uncorrelated subquery, run once.
   */
  countWithPage?: boolean;
  /**
   * Keep the page's statement prepared on each connection: planned once for all pages of its
   * shape. For pages read often whose plan does not hinge on the values (not a search).
   */
  prepared?: boolean;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Integer columns hold values in [-limit, limit). */
const INTEGER_LIMITS = { smallint: 2 ** 15, integer: 2 ** 31, bigint: 2 ** 63 } as const;

/** `timestamptz::text` as PostgreSQL writes it: `2026-06-15 08:30:00.123456+08`. */
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-](0\d|1[0-4])(:[0-5]\d){0,2}$/;

/** A cursor's value for a column of `type`, or undefined when it cannot be one. */
function keyValue(value: unknown, type: SortType): string | number | undefined {
  switch (type) {
    case 'text':
      return typeof value === 'string' && !controlCharacterIn(value) ? value : undefined;
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? value : undefined;
    case 'timestamptz': {
      const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
      return match && isCalendarDate(match[1]) ? (value as string) : undefined;
    }
    default: {
      // Sort keys selected as text hold their numbers as strings of digits.
      const n = typeof value === 'string' && /^-?\d{1,19}$/.test(value) ? Number(value) : value;
      const limit = INTEGER_LIMITS[type];
      return typeof n === 'number' && Number.isSafeInteger(n) && n >= -limit && n < limit
        ? n
        : undefined;
    }
  }
}

/** A cursor's sort value and tiebreaker, each checked against its column's type. */
function decodeCursor(
  cursor: string,
  argument: string,
  sort: SortKey,
  tiebreaker: SortKey,
): [string | number, string | number] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // refused below
  }
  if (Array.isArray(parsed) && parsed.length === 2) {
    const value = keyValue(parsed[0], sort.type);
    const id = keyValue(parsed[1], tiebreaker.type);
    if (value !== undefined && id !== undefined) return [value, id];
  }
  throw badInput(`${argument} 不是有效的分页游标 (${argument} is not a valid cursor)`, {
    argument,
  });
}

/** Validates page arguments: how many rows, how many to skip, and in which direction to read. */
export function pageWindow(args: PageArgs): { limit: number; offset: number; backward: boolean } {
  const { first, last } = args;
  if (first != null && last != null) throw badInput('Pass either first or last, not both');
  const offset = args.offset ?? 0;
  if (offset < 0 || offset > MAX_OFFSET) {
    throw badInput(`offset must be between 0 and ${MAX_OFFSET}`, {
      argument: 'offset',
      maximum: MAX_OFFSET,
    });
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue;
    if (value < 0) throw badInput(`${name} must not be negative`, { argument: name });
    if (value > MAX_PAGE_SIZE) {
      throw badInput(`${name} must be at most ${MAX_PAGE_SIZE}; page through with cursors`, {
        argument: name,
        maximum: MAX_PAGE_SIZE,
      });
    }
  }
  const backward = last != null || (first == null && args.before != null && args.after == null);
  if (offset > 0 && (backward || args.before != null)) {
    throw badInput('offset skips forwards: pass it with first (and after), not last or before', {
      argument: 'offset',
    });
  }
  return { limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE, offset, backward };
}

const preparedIf = (prepared: boolean | undefined, query: Sql) =>
  prepared ? query.prepare() : query;

/**
 * Relay cursor pagination by keyset: the cursor holds the sort value and the tiebreaker,
 * so a page costs one index range scan whatever its depth. `offset` (a jump to a numbered page)
 * skips rows along the same scan.
 */
export async function paginate<Row>(options: PaginateOptions<Row>): Promise<ConnectionResult<Row>> {
  const { db, sort, tiebreaker, args } = options;
  const { limit, offset, backward } = pageWindow(args);
  const keys = raw(`(${sort.expr}, ${tiebreaker.expr})`);
  const conditions = [...options.conditions];
  const ascending = options.direction === OrderDirection.ASC;
  if (args.after != null) {
    const [value, id] = decodeCursor(args.after, 'after', sort, tiebreaker);
    conditions.push(sql`${keys} ${raw(ascending ? '>' : '<')} (${value}, ${id})`);
  }
  if (args.before != null) {
    const [value, id] = decodeCursor(args.before, 'before', sort, tiebreaker);
    conditions.push(sql`${keys} ${raw(ascending ? '<' : '>')} (${value}, ${id})`);
  }
  const readAscending = ascending !== backward;
  const dir = raw(readAscending ? 'ASC' : 'DESC');
  const order = join([sql`${raw(sort.expr)} ${dir}`, sql`${raw(tiebreaker.expr)} ${dir}`], ', ');
  const countQuery = sql`SELECT count(*)::int AS n ${options.countFrom} ${where(options.conditions)}`;
  const pageQuery = sql`${options.select} ${where(conditions)} ORDER BY ${order} LIMIT ${limit + 1}${offset ? sql` OFFSET ${offset}` : raw('')}`;
  // A scan of a subquery keeps the subquery's order; the count rides along on every row.
  const rows =
    limit === 0
      ? []
      : await db.run(
          preparedIf(
            options.prepared,
            options.countWithPage
              ? sql`SELECT page.*, (${countQuery}) AS "totalCount" FROM (${pageQuery}) page`
              : pageQuery,
          ),
        );
  // No rows (an empty page) carry no count: it is then counted on its own when asked for.
  let counted: Promise<number> | undefined =
    options.countWithPage && rows.length ? Promise.resolve(Number(rows[0].totalCount)) : undefined;
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const edges = page.map(
    (row) => new KeysetEdge(options.map(row), [row[sort.property], row[tiebreaker.property]]),
  );
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: backward ? args.before != null : hasMore,
      hasPreviousPage: backward ? hasMore : args.after != null || offset > 0,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    get totalCount() {
      counted ??= db.run(countQuery).then((r) => Number(r[0].n));
      return counted;
    },
  };
}
