import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import {
  checkVersion,
  inTransaction,
  inputKey,
  notFound,
  refuseIf,
  refusedOutright,
  type InputKey,
  type MutationOutcome,
} from '../../kernel/mutation';
import { UserErrorCode, userError, type UserError } from '../../kernel/user-error';
import { validateInput } from '../../kernel/validate-input';
import { assignments, insertRow } from '../../kernel/db/entity-columns';
import { parts } from '@wanxia/schema';
import { WorkEntity } from './work.entity';
import { WorkKind } from './education-kinds';
import { WORK_COLUMNS, toWork, workInReach } from './work.repository';
import type { CreateWorkInput, DeleteWorkInput, UpdateWorkInput, Work } from './work.types';

/** The most authors one work names. */
export const MAX_AUTHORS = 20;
const FIRST_YEAR = 1949;

/** The work, in reach, locked for the change; missing or out of reach refuses. */
async function lockWork(tx: Transaction, ctx: RequestScope, key: number): Promise<Work> {
  const [row] = await tx.run(sql`
    SELECT ${WORK_COLUMNS} FROM work w WHERE w.id = ${key} AND ${workInReach('w', ctx.reach)}
    FOR UPDATE`);
  if (!row) refuseIf([notFound('workId', '作品', 'work')]);
  return toWork(row);
}

/** The author list decoded and checked as input: 1 to MAX_AUTHORS, none twice. */
function authorKeys(keys: InputKey[], errors: UserError[]): number[] {
  if (keys.length === 0 || keys.length > MAX_AUTHORS) {
    errors.push(
      userError(
        'authorIds',
        keys.length ? UserErrorCode.OUT_OF_RANGE : UserErrorCode.REQUIRED,
        `请选择作者，1 到 ${MAX_AUTHORS} 人 (1 to ${MAX_AUTHORS} authors)`,
      ),
    );
    return [];
  }
  const seen = new Set<number>();
  const authors: number[] = [];
  keys.forEach((k, i) => {
    const key = inputKey(k, ['authorIds', String(i)], errors);
    if (key === null) return;
    if (seen.has(key)) {
      errors.push(
        userError(
          ['authorIds', String(i)],
          UserErrorCode.DUPLICATE,
          '同一作者重复出现 (the author is listed twice)',
        ),
      );
      return;
    }
    seen.add(key);
    authors.push(key);
  });
  return authors;
}

/** The fields of a work as input, checked; the authors are checked in the transaction. */
function workFields(ctx: RequestScope, input: CreateWorkInput, errors: UserError[]) {
  const thisYear = parts(ctx.today).year;
  if (!Number.isInteger(input.year) || input.year < FIRST_YEAR || input.year > thisYear)
    errors.push(
      userError(
        'year',
        UserErrorCode.OUT_OF_RANGE,
        `年份须在 ${FIRST_YEAR} 到 ${thisYear} 之间 (a year from ${FIRST_YEAR} to ${thisYear})`,
      ),
    );
  const research = input.kind === WorkKind.RESEARCH_REPORT;
  const topicArea = input.topicArea?.trim() || null;
  if (!research && topicArea !== null)
    errors.push(
      userError(
        'topicArea',
        UserErrorCode.INVALID,
        '只有调研报告填写调研领域 (only a research report has a topic area)',
      ),
    );
  if (!research && input.adopted != null)
    errors.push(
      userError(
        'adopted',
        UserErrorCode.INVALID,
        '只有调研报告填写是否采纳 (only a research report is adopted)',
      ),
    );
  return {
    kind: input.kind,
    title: input.title.trim(),
    year: input.year,
    topicArea: research ? topicArea : null,
    submittedTo: input.submittedTo?.trim() || null,
    adopted: research ? (input.adopted ?? null) : null,
    awardLevel: input.award?.level ?? null,
    awardGrade: input.award?.grade ?? null,
  };
}

/** The authors must be on record within the caller's reach; refuses with every problem so far. */
async function checkAuthors(
  tx: Transaction,
  ctx: RequestScope,
  authors: number[],
  errors: UserError[],
) {
  const found = new Set(
    (
      await tx.run(
        sql`SELECT m.id FROM member m WHERE m.id = ANY(${authors}::int[]) AND ${ctx.reach.member('m')}`,
      )
    ).map((r) => Number(r.id)),
  );
  authors.forEach((key, i) => {
    if (!found.has(key)) errors.push(notFound(['authorIds', String(i)], '人员', 'member'));
  });
  refuseIf(errors);
}

/** Sets a work's authors anew, in order. */
async function writeAuthors(tx: Transaction, workKey: number, authors: number[]) {
  await tx.run(sql`DELETE FROM work_author WHERE work_id = ${workKey}`);
  await tx.run(sql`
    INSERT INTO work_author (work_id, member_id, position)
    SELECT ${workKey}, a.member_id, a.position
    FROM unnest(${authors}::int[]) WITH ORDINALITY AS a(member_id, position)`);
}

/** Records a work with its authors and award, in one transaction. */
export async function createWork(
  ctx: RequestScope,
  input: CreateWorkInput,
  keys: { authors: InputKey[] },
): Promise<MutationOutcome<Work>> {
  const errors = await validateInput(input);
  const fields = workFields(ctx, input, errors);
  const authors = authorKeys(keys.authors, errors);
  if (refusedOutright(errors)) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'createWork', async (tx) => {
    await checkAuthors(tx, ctx, authors, errors);
    const [row] = await tx.run(sql`
      WITH w AS (${insertRow(WorkEntity, { ...fields, createdAt: ctx.now, updatedAt: ctx.now })}
        RETURNING *) SELECT ${WORK_COLUMNS} FROM w`);
    const work = toWork(row);
    await writeAuthors(tx, work.key, authors);
    return {
      record: work,
      change: { type: 'Work', key: work.key, after: { ...work, authors } },
    };
  });
}

/** Sets every field of a work and its authors anew. */
export async function updateWork(
  ctx: RequestScope,
  input: UpdateWorkInput,
  keys: { work: InputKey; authors: InputKey[] },
): Promise<MutationOutcome<Work>> {
  const errors = await validateInput(input);
  const workKey = inputKey(keys.work, 'workId', errors);
  const fields = workFields(ctx, input, errors);
  const authors = authorKeys(keys.authors, errors);
  if (refusedOutright(errors) || workKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'updateWork', async (tx) => {
    const before = await lockWork(tx, ctx, workKey);
    checkVersion(input.expectedVersion, before.version, errors);
    await checkAuthors(tx, ctx, authors, errors);
    await writeAuthors(tx, workKey, authors);
    const [row] = await tx.run(sql`
      UPDATE work w SET ${assignments(WorkEntity, { ...fields, updatedAt: ctx.now })},
        version = w.version + 1
      WHERE w.id = ${workKey} RETURNING ${WORK_COLUMNS}`);
    const after = toWork(row);
    return { record: after, change: { type: 'Work', key: workKey, before, after } };
  });
}

/** Deletes a work with its author list. */
export async function deleteWork(
  ctx: RequestScope,
  input: DeleteWorkInput,
  keys: { work: InputKey },
): Promise<MutationOutcome<number>> {
  const errors: UserError[] = [];
  const workKey = inputKey(keys.work, 'workId', errors);
  if (workKey === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'deleteWork', async (tx) => {
    const before = await lockWork(tx, ctx, workKey);
    checkVersion(input.expectedVersion, before.version, errors);
    refuseIf(errors);
    await tx.run(sql`DELETE FROM work WHERE id = ${workKey}`);
    return { record: workKey, change: { type: 'Work', key: workKey, before } };
  });
}
