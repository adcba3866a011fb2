import type { Queryable } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import { UserErrorCode, type UserError } from '../../kernel/user-error';
import type { Reach } from '../../kernel/access/reach';
import { BranchKind } from '../branch/branch.types';
import { branchProblem } from '../member/member.service';

interface BranchEntry {
  key: number;
  name: string;
  parentKey: number | null;
  kind: BranchKind;
  archived: boolean;
  inReach: boolean;
}

/** Branches by name path (总支/支部) as sheets write them: the tree is small, read it once. */
export class BranchDirectory {
  private readonly byKey = new Map<number, BranchEntry>();
  private readonly paths = new Map<number, string[]>();
  /** Branches by their own name: a cell's last name narrows a province's tree to a few. */
  private readonly byName = new Map<string, BranchEntry[]>();
  private readonly resolved = new Map<string, { key: number } | { problem: UserError }>();

  private constructor(entries: BranchEntry[]) {
    for (const entry of entries) {
      this.byKey.set(entry.key, entry);
      this.byName.set(entry.name, [...(this.byName.get(entry.name) ?? []), entry]);
    }
  }

  static async load(db: Queryable, reach: Reach): Promise<BranchDirectory> {
    const rows = await db.run(sql`
      SELECT b.id AS key, b.name, b.parent_id AS "parentKey", b.kind, b.archived_at IS NOT NULL AS archived,
        ${reach.branch('b')} AS "inReach"
      FROM branch b`);
    return new BranchDirectory(rows as unknown as BranchEntry[]);
  }

  /** The names from the top of the tree down to the branch. */
  private namesOf(key: number): string[] {
    let names = this.paths.get(key);
    if (!names) {
      const entry = this.byKey.get(key)!;
      names = [...(entry.parentKey === null ? [] : this.namesOf(entry.parentKey)), entry.name];
      this.paths.set(key, names);
    }
    return names;
  }

  /** `县直机关离退休干部党总支/县直机关离退休干部第一党支部`. */
  pathOf(key: number): string {
    return this.namesOf(key).join('/');
  }

  /** Current 党支部 in reach, for the template's list. */
  selectable(): string[] {
    return [...this.byKey.values()]
      .filter((b) => b.inReach && !b.archived && b.kind === BranchKind.BRANCH)
      .map((b) => this.pathOf(b.key))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }

  /**
   * The branch a cell names: its name, or the names down to it (`总支/支部`) from any level.
   * Out-of-reach branches are as good as missing; a current one wins over an archived namesake.
   */
  resolve(text: string): { key: number } | { problem: UserError } {
    let result = this.resolved.get(text);
    if (!result) {
      result = this.find(text);
      this.resolved.set(text, result);
    }
    return result;
  }

  private find(text: string): { key: number } | { problem: UserError } {
    const wanted = text
      .split(/[/／\\]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const named = wanted.length
      ? (this.byName.get(wanted.at(-1)!) ?? [])
      : [...this.byKey.values()];
    const matches = named.filter((b) => {
      if (!b.inReach) return false;
      const names = this.namesOf(b.key);
      return (
        wanted.length <= names.length &&
        wanted.every((name, i) => names[names.length - wanted.length + i] === name)
      );
    });
    const current = matches.filter((b) => !b.archived);
    const candidates = current.length ? current : matches;
    if (candidates.length === 0) {
      return {
        problem: {
          field: ['branchId'],
          code: UserErrorCode.NOT_FOUND,
          message: `找不到党支部“${text}”，或不在您的管理范围内 (no such branch within your reach)`,
        },
      };
    }
    if (candidates.length > 1) {
      return {
        problem: {
          field: ['branchId'],
          code: UserErrorCode.INVALID,
          message: `有 ${candidates.length} 个名为“${text}”的党支部，请写作“党总支/党支部” (several branches have this name: write the general branch too)`,
        },
      };
    }
    const [branch] = candidates;
    const problem = branchProblem({
      kind: branch.kind,
      archivedAt: branch.archived ? true : null,
    });
    return problem ? { problem } : { key: branch.key };
  }
}
