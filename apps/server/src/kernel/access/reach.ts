import { raw, sql, type Sql } from '../db/sql';
import { inSubtree, subtreeBranchIds } from './subtree';
import type { Caller } from './caller';

/**
 * The part of the tree a caller may see, as SQL: every read and write adds these conditions to
 * its own statement, so out-of-reach rows are never loaded (they behave as missing).
 */
export class Reach {
  private constructor(readonly path: string | null) {}

  static of(caller: Caller): Reach {
    return new Reach(caller.kind === 'ANONYMOUS' ? null : caller.scopePath);
  }

  static readonly COUNTY = new Reach(null);

  get isCounty(): boolean {
    return this.path === null;
  }

  /**
   * The reach narrowed to a subtree within it: a branch the caller reaches, by its path. The
   * county's own records (countyRecords) hang under no branch, so a subtree never holds them.
   */
  within(path: string): Reach {
    if (this.path !== null && !path.startsWith(this.path)) {
      throw new Error('the subtree lies outside the reach');
    }
    return new Reach(path);
  }

  /** Condition on a `branch` row under `alias`. */
  branch(alias: string): Sql {
    return this.path === null ? sql`TRUE` : inSubtree(alias, this.path);
  }

  /**
   * Condition on the county's own records, which hang under no branch (volunteer teams,
   * associations, studios): those who see the whole county reach them, no one else.
   */
  countyRecords(): Sql {
    return this.path === null ? sql`TRUE` : sql`FALSE`;
  }

  /** Condition on a `member` row under `alias`. */
  member(alias: string): Sql {
    return this.path === null
      ? sql`TRUE`
      : sql`${raw(alias)}.branch_id IN ${subtreeBranchIds(this.path)}`;
  }
}

/** Who asks, what of the tree they reach and which day it is: what every list query takes. */
export interface Scope {
  caller: Caller;
  reach: Reach;
  today: string;
}
