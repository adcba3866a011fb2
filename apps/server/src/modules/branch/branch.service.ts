import type { Transaction } from '../../kernel/db/database';
import { join, sql } from '../../kernel/db/sql';
import type { Reach } from '../../kernel/access/reach';
import type { RequestScope } from '../../kernel/context';
import { insertRow } from '../../kernel/db/entity-columns';
import {
  checkVersion,
  inTransaction,
  inputKey,
  type InputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
  refusedOutright,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { parts } from '@wanxia/schema';
import { namePinyin } from '../../lib/pinyin';
import { BRANCH_COLUMNS, toBranch } from './branch.repository';
import { inSubtree } from '../../kernel/access/subtree';
import { BranchEntity } from './branch.entity';
import {
  BranchKind,
  type ArchiveBranchInput,
  type Branch,
  type BranchDetailsInput,
  type CreateBranchInput,
  type MoveBranchInput,
  type UpdateBranchInput,
} from './branch.types';
import { countyToWrite } from '../bureau/county';

/** Serialises changes to the shape of the tree across every server process. */
const lockTree = (tx: Transaction) =>
  tx.run(sql`SELECT pg_advisory_xact_lock(hashtext('wanxia.branch-tree'))`);

const siblingNameTaken = userError(
  'name',
  UserErrorCode.DUPLICATE,
  '同一上级下已有同名组织 (a sibling branch already has this name)',
);

export function searchColumns(name: string) {
  const { full, initials } = namePinyin(name);
  return { namePinyin: full, searchText: `${name} ${full} ${initials}`.toLowerCase() };
}

/** Locks a branch in the caller's reach; one out of reach is as good as missing. */
async function lockBranch(tx: Transaction, reach: Reach, key: number): Promise<Branch | null> {
  const [row] = await tx.run(
    sql`SELECT ${BRANCH_COLUMNS} FROM branch b WHERE b.id = ${key} AND ${reach.branch('b')} FOR UPDATE`,
  );
  return row ? toBranch(row) : null;
}

async function reload(tx: Transaction, key: number): Promise<Branch> {
  const [row] = await tx.run(sql`SELECT ${BRANCH_COLUMNS} FROM branch b WHERE b.id = ${key}`);
  return toBranch(row);
}

/** Checks a new parent: it must exist, be current and be a general branch. */
async function checkParent(
  tx: Transaction,
  reach: Reach,
  key: number,
  errors: UserError[],
): Promise<Branch | null> {
  const parent = await lockBranch(tx, reach, key);
  if (!parent) errors.push(notFound('parentId', '上级组织', 'parent branch'));
  else if (parent.archivedAt) {
    errors.push(
      userError(
        'parentId',
        UserErrorCode.ARCHIVED,
        '上级组织已撤销 (the parent branch is archived)',
      ),
    );
  } else if (parent.kind !== BranchKind.GENERAL_BRANCH) {
    errors.push(
      userError(
        'parentId',
        UserErrorCode.INVALID,
        '党支部下不能再设组织 (only a general branch can contain branches)',
      ),
    );
  }
  return parent;
}

/** Rules shared by create and update that need no database. */
function checkDetails(input: BranchDetailsInput, today: string, errors: UserError[]): void {
  if ((input.demonstrationLevel == null) !== (input.demonstrationYear == null)) {
    errors.push(
      userError(
        input.demonstrationLevel == null ? 'demonstrationLevel' : 'demonstrationYear',
        UserErrorCode.REQUIRED,
        '示范级别和年份须同时填写 (give both the demonstration level and its year, or neither)',
      ),
    );
  }
  if (input.demonstrationYear != null && input.demonstrationYear > parts(today).year) {
    errors.push(
      userError(
        'demonstrationYear',
        UserErrorCode.IN_FUTURE,
        '示范年份不能晚于今年 (year is in the future)',
      ),
    );
  }
  if (input.foundedOn != null && input.foundedOn > today) {
    errors.push(
      userError(
        'foundedOn',
        UserErrorCode.IN_FUTURE,
        '成立日期不能晚于今天 (founding date is in the future)',
      ),
    );
  }
}

async function checkSecretary(
  tx: Transaction,
  reach: Reach,
  key: number,
  errors: UserError[],
): Promise<void> {
  const [row] = await tx.run(
    sql`SELECT m.status FROM member m WHERE m.id = ${key} AND ${reach.member('m')}`,
  );
  if (!row) errors.push(notFound('secretaryId', '书记人选', 'secretary'));
  else if (row.status !== 'ACTIVE') {
    errors.push(
      userError(
        'secretaryId',
        UserErrorCode.NOT_CURRENT,
        '书记须为在册人员 (the secretary must be a current member)',
      ),
    );
  }
}

export async function createBranch(
  ctx: RequestScope,
  input: CreateBranchInput,
  keys: { parent: InputKey | null; secretary: InputKey | null },
): Promise<MutationOutcome<Branch>> {
  const errors = await validateInput(input);
  checkDetails(input, ctx.today, errors);
  const parentKey = keys.parent != null ? inputKey(keys.parent, 'parentId', errors) : null;
  const secretaryKey =
    keys.secretary != null ? inputKey(keys.secretary, 'secretaryId', errors) : null;
  if (refusedOutright(errors)) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'createBranch',
    async (tx) => {
      await lockTree(tx);
      const parent =
        parentKey !== null ? await checkParent(tx, ctx.reach, parentKey, errors) : null;
      if (secretaryKey !== null) await checkSecretary(tx, ctx.reach, secretaryKey, errors);
      // A branch is its parent's county's; a top-level one the county the caller writes for.
      const bureauKey = parent
        ? parent.bureauId
        : parentKey === null
          ? (await countyToWrite(tx, ctx.reach, input.bureauId, errors))?.key
          : null;
      refuseIf(errors);
      const [{ id }] = await tx.run(sql`SELECT nextval('branch_id_seq')::int AS id`);
      const name = input.name.trim();
      const { namePinyin: pinyin, searchText } = searchColumns(name);
      await tx.run(
        insertRow(BranchEntity, {
          id: Number(id),
          name,
          namePinyin: pinyin,
          searchText,
          kind: input.kind,
          parentId: parentKey,
          bureauId: bureauKey!,
          path: `${parent?.path ?? '/'}${id}/`,
          depth: parent ? parent.depth + 1 : 0,
          demonstrationLevel: input.demonstrationLevel ?? null,
          demonstrationYear: input.demonstrationYear ?? null,
          hasMembersHome: input.hasMembersHome ?? false,
          secretaryId: secretaryKey,
          foundedOn: input.foundedOn ?? null,
          address: input.address ?? null,
          meetingPlace: input.meetingPlace ?? null,
        }),
      );
      const record = await reload(tx, Number(id));
      return { record, change: { type: 'Branch', key: record.key, after: record } };
    },
    { branch_sibling_name_key: siblingNameTaken },
  );
}

export async function updateBranch(
  ctx: RequestScope,
  input: UpdateBranchInput,
  keys: { branch: InputKey; secretary: InputKey | null },
): Promise<MutationOutcome<Branch>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.branch, 'id', errors);
  const secretaryKey =
    keys.secretary != null ? inputKey(keys.secretary, 'secretaryId', errors) : null;
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'updateBranch',
    async (tx) => {
      const branch = await lockBranch(tx, ctx.reach, key);
      if (!branch) refuseIf([notFound('id', '组织', 'branch')]);
      checkVersion(input.expectedVersion, branch!.version, errors);
      // Level and year are checked together, as they will be after the change.
      checkDetails(
        {
          ...input,
          demonstrationLevel:
            input.demonstrationLevel !== undefined
              ? input.demonstrationLevel
              : branch!.demonstrationLevel,
          demonstrationYear:
            input.demonstrationYear !== undefined
              ? input.demonstrationYear
              : branch!.demonstrationYear,
        },
        ctx.today,
        errors,
      );
      if (secretaryKey !== null) await checkSecretary(tx, ctx.reach, secretaryKey, errors);
      refuseIf(errors);
      const name = input.name?.trim();
      const set = [
        name !== undefined &&
          sql`name = ${name}, name_pinyin = ${searchColumns(name).namePinyin},
          search_text = ${searchColumns(name).searchText}`,
        input.demonstrationLevel !== undefined &&
          sql`demonstration_level = ${input.demonstrationLevel}`,
        input.demonstrationYear !== undefined &&
          sql`demonstration_year = ${input.demonstrationYear}`,
        input.hasMembersHome != null && sql`has_members_home = ${input.hasMembersHome}`,
        input.secretaryId !== undefined && sql`secretary_id = ${secretaryKey}`,
        input.foundedOn !== undefined && sql`founded_on = ${input.foundedOn}`,
        input.address !== undefined && sql`address = ${input.address}`,
        input.meetingPlace !== undefined && sql`meeting_place = ${input.meetingPlace}`,
        sql`version = version + 1, updated_at = now()`,
      ].filter((s) => s !== false);
      await tx.run(sql`UPDATE branch SET ${join(set, ', ')} WHERE id = ${key}`);
      const record = await reload(tx, key);
      return { record, change: { type: 'Branch', key, before: branch, after: record } };
    },
    { branch_sibling_name_key: siblingNameTaken },
  );
}

export async function moveBranch(
  ctx: RequestScope,
  input: MoveBranchInput,
  keys: { branch: InputKey; parent: InputKey | null },
): Promise<MutationOutcome<Branch>> {
  const errors: UserError[] = [];
  const key = inputKey(keys.branch, 'id', errors);
  const parentKey = keys.parent != null ? inputKey(keys.parent, 'parentId', errors) : null;
  if (errors.length || key === null) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'moveBranch',
    async (tx) => {
      await lockTree(tx);
      const branch = await lockBranch(tx, ctx.reach, key);
      if (!branch) refuseIf([notFound('id', '组织', 'branch')]);
      checkVersion(input.expectedVersion, branch!.version, errors);
      const parent =
        parentKey !== null ? await checkParent(tx, ctx.reach, parentKey, errors) : null;
      if (parent && parent.bureauId !== branch!.bureauId) {
        errors.push(
          userError(
            'parentId',
            UserErrorCode.INVALID,
            '不能移到其他县的组织之下 (cannot move a branch into another county)',
          ),
        );
      }
      if (parent?.path.startsWith(branch!.path)) {
        errors.push(
          userError(
            'parentId',
            UserErrorCode.CYCLE,
            '不能移到自身或其下级组织之下 (cannot move a branch under itself or its descendants)',
          ),
        );
      }
      refuseIf(errors);
      const newPath = `${parent?.path ?? '/'}${key}/`;
      const depthChange = (parent ? parent.depth + 1 : 0) - branch!.depth;
      await tx.run(sql`
        UPDATE branch d SET path = ${newPath} || substr(d.path, ${branch!.path.length + 1}), depth = d.depth + ${depthChange}
        WHERE ${inSubtree('d', branch!.path)}`);
      await tx.run(
        sql`UPDATE branch SET parent_id = ${parentKey}, version = version + 1, updated_at = now() WHERE id = ${key}`,
      );
      const record = await reload(tx, key);
      return { record, change: { type: 'Branch', key, before: branch, after: record } };
    },
    { branch_sibling_name_key: siblingNameTaken },
  );
}

export async function archiveBranch(
  ctx: RequestScope,
  input: ArchiveBranchInput,
  keys: { branch: InputKey },
): Promise<MutationOutcome<Branch>> {
  const errors: UserError[] = [];
  const key = inputKey(keys.branch, 'id', errors);
  if (key === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'archiveBranch', async (tx) => {
    await lockTree(tx);
    const branch = await lockBranch(tx, ctx.reach, key);
    if (!branch) refuseIf([notFound('id', '组织', 'branch')]);
    checkVersion(input.expectedVersion, branch!.version, errors);
    if (branch!.archivedAt)
      errors.push(userError('id', UserErrorCode.ARCHIVED, '该组织已撤销 (already archived)'));
    const [{ members, children }] = await tx.run(sql`
      SELECT
        (SELECT count(*)::int FROM member m JOIN branch d ON d.id = m.branch_id
          WHERE ${inSubtree('d', branch!.path)} AND m.status = 'ACTIVE') AS members,
        (SELECT count(*)::int FROM branch c WHERE c.parent_id = ${key} AND c.archived_at IS NULL) AS children`);
    if (Number(members) > 0) {
      errors.push(
        userError(
          'id',
          UserErrorCode.HAS_MEMBERS,
          `该组织仍有 ${members} 名在册人员，请先转出 (still has ${members} current members)`,
        ),
      );
    }
    if (Number(children) > 0) {
      errors.push(
        userError(
          'id',
          UserErrorCode.HAS_CHILDREN,
          `该组织下仍有 ${children} 个组织 (still contains ${children} branches)`,
        ),
      );
    }
    refuseIf(errors);
    await tx.run(
      sql`UPDATE branch SET archived_at = now(), version = version + 1, updated_at = now() WHERE id = ${key}`,
    );
    const record = await reload(tx, key);
    return { record, change: { type: 'Branch', key, before: branch, after: record } };
  });
}
