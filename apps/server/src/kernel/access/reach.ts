import { raw, sql, type Sql } from '../db/sql';
import { inSubtree, subtreeBranchIds, subtreeBureauIds } from './subtree';
import type { Caller } from './caller';

/**
 * The part of the province a caller may see, as SQL: every read and write adds these conditions
 * to its own statement, so out-of-reach rows are never loaded (they behave as missing). Two
 * dimensions: the bureau subtree (`bureauPath`; null: the whole province) and, for a caller
 * limited to a branch, that branch's subtree (`path`; its branch lies in one county bureau).
 */
export class Reach {
  private constructor(
    readonly bureauPath: string | null,
    readonly path: string | null,
  ) {}

  static of(caller: Caller): Reach {
    return caller.kind === 'ANONYMOUS'
      ? Reach.ALL
      : new Reach(caller.scopeBureauPath, caller.scopePath);
  }

  /** The whole province: no condition at all. */
  static readonly ALL = new Reach(null, null);

  /** Not limited to a branch: the whole of a bureau's subtree, its county records included. */
  get wholeBureau(): boolean {
    return this.path === null;
  }

  /** Limited to nothing: every row of every bureau. */
  get isAll(): boolean {
    return this.path === null && this.bureauPath === null;
  }

  /**
   * The reach narrowed to a subtree within it: a branch the caller reaches, by its path. The
   * county's own records (countyRecords) hang under no branch, so a subtree never holds them.
   */
  within(path: string): Reach {
    if (this.path !== null && !path.startsWith(this.path)) {
      throw new Error('the subtree lies outside the reach');
    }
    return new Reach(this.bureauPath, path);
  }

  /** The reach narrowed to a bureau the caller reaches, by its path. */
  withinBureau(bureauPath: string): Reach {
    if (this.bureauPath !== null && !bureauPath.startsWith(this.bureauPath)) {
      throw new Error('the bureau lies outside the reach');
    }
    return new Reach(bureauPath, this.path);
  }

  /** Condition on a row with a `bureau_id` under `alias`: its bureau lies in the bureau subtree. */
  bureau(alias: string): Sql {
    return this.bureauPath === null
      ? sql`TRUE`
      : sql`${raw(alias)}.bureau_id IN ${subtreeBureauIds(this.bureauPath)}`;
  }

  /** Condition on a `bureau` row under `alias`: it lies in the bureau subtree. */
  bureauRow(alias: string): Sql {
    return this.bureauPath === null ? sql`TRUE` : inSubtree(alias, this.bureauPath);
  }

  /**
   * The key of the one county bureau the reach holds whole, as an SQL expression: NULL when it
   * holds several counties (a city's figures are its counties' added up, never one's snapshot)
   * or is limited to a branch.
   */
  soleCounty(): Sql {
    if (this.path !== null) return sql`NULL::int`;
    return sql`(SELECT min(u.id) FROM bureau u
      WHERE u.level = 'COUNTY' AND ${this.bureauRow('u')} HAVING count(*) = 1)`;
  }

  /** Condition on a `branch` row under `alias`. */
  branch(alias: string): Sql {
    return this.path !== null ? inSubtree(alias, this.path) : this.bureau(alias);
  }

  /**
   * Condition on the county's own records, which hang under no branch but under their county
   * bureau (volunteer teams, associations, studios, county budget lines…) under `alias`: those
   * who see a whole bureau reach the records of its counties, a caller limited to a branch none.
   */
  countyRecords(alias: string): Sql {
    return this.path === null ? this.bureau(alias) : sql`FALSE`;
  }

  /**
   * Condition on a part of a county record (a membership of a team, of an association): the
   * record its `column` names, a row of `table`, is in reach.
   */
  countyRecordOf(column: string, table: string): Sql {
    if (this.path !== null) return sql`FALSE`;
    if (this.bureauPath === null) return sql`TRUE`;
    return sql`${raw(column)} IN (SELECT o.id FROM ${raw(table)} o WHERE ${this.bureau('o')})`;
  }

  /**
   * Condition on an account or API token (`bureau_id`, `branch_id`) under `alias`: it is limited
   * to a bureau or a branch within this reach (only a province-wide caller reaches the
   * province-wide accounts).
   */
  account(alias: string): Sql {
    if (this.isAll) return sql`TRUE`;
    return sql`(${this.bureau(alias)} OR (${raw(alias)}.branch_id IS NOT NULL
      AND ${this.branchKey(`${alias}.branch_id`)}))`;
  }

  /** Condition on an SQL expression holding a branch id (null: none). */
  branchKey(column: string): Sql {
    if (this.path !== null) return sql`${raw(column)} IN ${subtreeBranchIds(this.path)}`;
    if (this.bureauPath === null) return sql`TRUE`;
    return sql`${raw(column)} IN (SELECT d.id FROM branch d WHERE ${this.bureau('d')})`;
  }

  /** Condition on a `member` row under `alias`. */
  member(alias: string): Sql {
    return this.branchKey(`${alias}.branch_id`);
  }
}

/** Who asks, what of the province they reach and which day it is: what every list query takes. */
export interface Scope {
  caller: Caller;
  reach: Reach;
  today: string;
}
