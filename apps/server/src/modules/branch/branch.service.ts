import type { Transaction } from '../../db/database';
import { join, sql } from '../../db/sql';
import type { Reach } from '../auth/reach';
import type { Context } from '../../graphql/context';
import {
  checkVersion,
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  type MutationOutcome,
  refusedOutright,
} from '../../graphql/mutation';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error';
import { validateInput } from '../../graphql/validate-input';
import { parts } from '@wanxia/schema';
import { namePinyin } from '../../lib/pinyin';
import { BRANCH_COLUMNS, toBranch } from './branch.repository';
import {
  BranchKind,
  type ArchiveBranchInput,
  type Branch,
  type BranchDetailsInput,
  type CreateBranchInput,
  type MoveBranchInput,
  type UpdateBranchInput,
} from './branch.types';

/** Serialises changes to the shape of the tree across every server process. */
const lockTree = (tx: Transaction) =>
  tx.run(sql`SELECT pg_advisory_xact_lock(hashtext('wanxia.branch-tree'))`);

const siblingNameTaken = userError(
  'name',
  UserErrorCode.DUPLICATE,
  '同一上级下已有同名组织 (a sibling branch already has this name)',
);

function searchColumns(name: string) {
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
  ctx: Context,
  input: CreateBranchInput,
): Promise<MutationOutcome<Branch>> {
  const errors = await validateInput(input);
  checkDetails(input, ctx.today, errors);
  const parentKey =
    input.parentId != null ? inputKey(input.parentId, 'Branch', 'parentId', errors) : null;
  const secretaryKey =
    input.secretaryId != null ? inputKey(input.secretaryId, 'Member', 'secretaryId', errors) : null;
  if (refusedOutright(errors)) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'createBranch',
    async (tx) => {
      await lockTree(tx);
      const parent =
        parentKey !== null ? await checkParent(tx, ctx.reach, parentKey, errors) : null;
      if (secretaryKey !== null) await checkSecretary(tx, ctx.reach, secretaryKey, errors);
      refuseIf(errors);
      const [{ id }] = await tx.run(sql`SELECT nextval('branch_id_seq')::int AS id`);
      const name = input.name.trim();
      const { namePinyin: pinyin, searchText } = searchColumns(name);
      await tx.run(sql`
        INSERT INTO branch (id, name, name_pinyin, search_text, kind, parent_id, path, depth, demonstration_level,
          demonstration_year, has_members_home, secretary_id, founded_on, address, meeting_place)
        VALUES (${id}, ${name}, ${pinyin}, ${searchText}, ${input.kind}, ${parentKey},
          ${`${parent?.path ?? '/'}${id}/`}, ${parent ? parent.depth + 1 : 0}, ${input.demonstrationLevel ?? null},
          ${input.demonstrationYear ?? null}, ${input.hasMembersHome ?? false}, ${secretaryKey},
          ${input.foundedOn ?? null}, ${input.address ?? null}, ${input.meetingPlace ?? null})`);
      const record = await reload(tx, Number(id));
      return { record, change: { type: 'Branch', key: record.key, after: record } };
    },
    { branch_sibling_name_key: siblingNameTaken },
  );
}

export async function updateBranch(
  ctx: Context,
  input: UpdateBranchInput,
): Promise<MutationOutcome<Branch>> {
  const errors = await validateInput(input);
  const key = inputKey(input.id, 'Branch', 'id', errors);
  const secretaryKey = input.secretaryId
    ? inputKey(input.secretaryId, 'Member', 'secretaryId', errors)
    : null;
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
  ctx: Context,
  input: MoveBranchInput,
): Promise<MutationOutcome<Branch>> {
  const errors: UserError[] = [];
  const key = inputKey(input.id, 'Branch', 'id', errors);
  const parentKey =
    input.parentId != null ? inputKey(input.parentId, 'Branch', 'parentId', errors) : null;
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
        UPDATE branch SET path = ${newPath} || substr(path, ${branch!.path.length + 1}), depth = depth + ${depthChange}
        WHERE path LIKE ${`${branch!.path}%`}`);
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
  ctx: Context,
  input: ArchiveBranchInput,
): Promise<MutationOutcome<Branch>> {
  const errors: UserError[] = [];
  const key = inputKey(input.id, 'Branch', 'id', errors);
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
          WHERE d.path LIKE ${`${branch!.path}%`} AND m.status = 'ACTIVE') AS members,
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
