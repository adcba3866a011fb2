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
import { insertRow } from '../../kernel/db/entity-columns';
import { parts } from '@wanxia/schema';
import { medalEligibility } from '../member/medal-rules';
import { CommitteeTermEntity } from './committee-term.entity';
import { RepresentativeRoleEntity } from './representative-role.entity';
import { CommitteePosition } from './party-org-kinds';
import {
  ASSESSMENT_COLUMNS,
  AWARD_COLUMNS,
  ROLE_COLUMNS,
  medalNotIssued,
  termColumns,
  toAssessment,
  toAward,
  toRole,
  toTerm,
} from './party-org.repository';
import type {
  AddRepresentativeRoleInput,
  BranchAssessment,
  CommitteeSeatInput,
  CommitteeTerm,
  IssueMedalsInput,
  MedalAward,
  RecordBranchAssessmentInput,
  RecordElectionInput,
  RepresentativeRole,
} from './party-org.types';

/** The most seats one committee has, and the most members one issue names. */
export const MAX_SEATS = 15;
export const MAX_MEDALS_AT_ONCE = 500;

const inFuture = (field: string, day: string, today: string, errors: UserError[]) => {
  if (day > today)
    errors.push(
      userError(field, UserErrorCode.IN_FUTURE, '日期不能晚于今天 (the date is in the future)'),
    );
};

/** A branch in reach and not archived, else NOT_FOUND on `field`. */
async function checkBranch(tx: Transaction, ctx: RequestScope, key: number, errors: UserError[]) {
  const [branch] = await tx.run(sql`
    SELECT b.id FROM branch b WHERE b.id = ${key} AND b.archived_at IS NULL AND ${ctx.reach.branch('b')}`);
  if (!branch) errors.push(notFound('branchId', '支部', 'branch'));
}

interface SeatRow {
  position: CommitteePosition;
  memberKey: number | null;
  name: string | null;
}

/** The seats decoded and checked as input: a member or a name each, one 书记, nobody twice. */
function seatRows(
  seats: CommitteeSeatInput[],
  memberKeys: (InputKey | null)[],
  errors: UserError[],
) {
  if (seats.length === 0 || seats.length > MAX_SEATS) {
    errors.push(
      userError(
        'seats',
        UserErrorCode.OUT_OF_RANGE,
        `委员须为 1 到 ${MAX_SEATS} 人 (1 to ${MAX_SEATS} seats)`,
      ),
    );
    return [];
  }
  if (seats.filter((s) => s.position === CommitteePosition.SECRETARY).length !== 1)
    errors.push(
      userError(
        'seats',
        UserErrorCode.INVALID,
        '支部委员会须有且只有一名书记 (exactly one secretary)',
      ),
    );
  const seen = new Set<number>();
  const rows: SeatRow[] = [];
  seats.forEach((seat, i) => {
    const field = ['seats', String(i)];
    const name = seat.name?.trim() || null;
    const key = memberKeys[i];
    if ((key === null) === (name === null)) {
      errors.push(
        userError(
          [...field, 'memberId'],
          UserErrorCode.REQUIRED,
          '请选择人员或填写姓名（二选一） (choose a member or give a name, not both)',
        ),
      );
      return;
    }
    const memberKey = key === null ? null : inputKey(key, [...field, 'memberId'], errors);
    if (memberKey !== null) {
      if (seen.has(memberKey)) {
        errors.push(
          userError(
            [...field, 'memberId'],
            UserErrorCode.DUPLICATE,
            '同一人员重复出现 (the member is listed twice)',
          ),
        );
        return;
      }
      seen.add(memberKey);
    }
    rows.push({ position: seat.position, memberKey, name });
  });
  return rows;
}

/** Members on the roster in reach, else NOT_FOUND on the field of each. */
async function checkMembers(
  tx: Transaction,
  ctx: RequestScope,
  keys: { key: number; field: string[] }[],
  errors: UserError[],
) {
  const found = new Set(
    (
      await tx.run(sql`
        SELECT m.id FROM member m WHERE m.id = ANY(${keys.map((k) => k.key)}::int[])
          AND m.status = 'ACTIVE' AND ${ctx.reach.member('m')}`)
    ).map((r) => Number(r.id)),
  );
  for (const { key, field } of keys)
    if (!found.has(key)) errors.push(notFound(field, '人员', 'member'));
}

/** Records an election (换届): the new committee and its term; earlier ones stay as history. */
export async function recordElection(
  ctx: RequestScope,
  input: RecordElectionInput,
  keys: { branch: InputKey; seatMembers: (InputKey | null)[] },
): Promise<MutationOutcome<CommitteeTerm>> {
  const errors = await validateInput(input);
  const branchKey = inputKey(keys.branch, 'branchId', errors);
  if (!Number.isInteger(input.termYears) || input.termYears < 1 || input.termYears > 10)
    errors.push(
      userError('termYears', UserErrorCode.OUT_OF_RANGE, '任期须为 1 到 10 年 (1 to 10 years)'),
    );
  inFuture('electedOn', input.electedOn, ctx.today, errors);
  const seats = seatRows(input.seats, keys.seatMembers, errors);
  if (refusedOutright(errors) || branchKey === null) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'recordElection',
    async (tx) => {
      await checkBranch(tx, ctx, branchKey, errors);
      const members = seats.flatMap((s, i) =>
        s.memberKey === null ? [] : [{ key: s.memberKey, field: ['seats', String(i), 'memberId'] }],
      );
      await checkMembers(tx, ctx, members, errors);
      refuseIf(errors);
      const [inserted] = await tx.run(sql`
        ${insertRow(CommitteeTermEntity, {
          branchId: branchKey,
          electedOn: input.electedOn,
          termYears: input.termYears,
          remarks: input.remarks?.trim() || null,
          createdAt: ctx.now,
        })} RETURNING id`);
      const termKey = Number(inserted.id);
      await tx.run(sql`
        INSERT INTO committee_seat (term_id, position, member_id, name)
        SELECT ${termKey}, s.position, s.member_id, s.name
        FROM unnest(${seats.map((s) => s.position)}::text[], ${seats.map((s) => s.memberKey)}::int[],
          ${seats.map((s) => s.name)}::text[]) WITH ORDINALITY AS s(position, member_id, name, n)
        ORDER BY s.n`);
      const [row] = await tx.run(
        sql`SELECT ${termColumns('t', ctx.today)} FROM committee_term t WHERE t.id = ${termKey}`,
      );
      const term = toTerm(row);
      return {
        record: term,
        change: { type: 'CommitteeTerm', key: termKey, after: term },
        details: { seats: seats.map((s) => ({ ...s })) },
      };
    },
    {
      committee_term_branch_key: userError(
        'electedOn',
        UserErrorCode.DUPLICATE,
        '该支部这一天已有换届记录 (the branch has an election on this day)',
      ),
    },
  );
}

/** Records a branch's assessment of a year, or changes the one recorded (one per branch and year). */
export async function recordBranchAssessment(
  ctx: RequestScope,
  input: RecordBranchAssessmentInput,
  keys: { branch: InputKey },
): Promise<MutationOutcome<BranchAssessment>> {
  const errors = await validateInput(input);
  const branchKey = inputKey(keys.branch, 'branchId', errors);
  if (input.year < 1949 || input.year > parts(ctx.today).year)
    errors.push(
      userError(
        'year',
        UserErrorCode.OUT_OF_RANGE,
        '年度须在 1949 年到今年之间 (1949 to this year)',
      ),
    );
  if (input.reviewedOn != null) inFuture('reviewedOn', input.reviewedOn, ctx.today, errors);
  if (!ctx.reach.wholeBureau)
    errors.push(
      userError(
        'branchId',
        UserErrorCode.FORBIDDEN,
        '支部评定由局机关记录 (the bureau records the assessments)',
      ),
    );
  if (refusedOutright(errors) || branchKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'recordBranchAssessment', async (tx) => {
    await checkBranch(tx, ctx, branchKey, errors);
    const [existing] = await tx.run(sql`
      SELECT ${ASSESSMENT_COLUMNS} FROM branch_assessment ba
      WHERE ba.branch_id = ${branchKey} AND ba.year = ${input.year} FOR UPDATE`);
    const before = existing ? toAssessment(existing) : null;
    checkVersion(input.expectedVersion, before?.version ?? 0, errors);
    refuseIf(errors);
    const values = {
      rating: input.rating,
      reviewedOn: input.reviewedOn ?? null,
      remarks: input.remarks?.trim() || null,
    };
    // The lock above and the unique key hold one row per branch and year.
    const [row] = await tx.run(sql`
      INSERT INTO branch_assessment AS ba (branch_id, year, rating, reviewed_on, remarks)
      VALUES (${branchKey}, ${input.year}, ${values.rating}, ${values.reviewedOn}::date, ${values.remarks})
      ON CONFLICT ON CONSTRAINT branch_assessment_branch_key DO UPDATE
        SET rating = excluded.rating, reviewed_on = excluded.reviewed_on, remarks = excluded.remarks,
          version = ba.version + 1
      RETURNING ${ASSESSMENT_COLUMNS}`);
    const after = toAssessment(row);
    return { record: after, change: { type: 'BranchAssessment', key: after.key, before, after } };
  });
}

/** Adds a member's role as a representative. */
export async function addRepresentativeRole(
  ctx: RequestScope,
  input: AddRepresentativeRoleInput,
  keys: { member: InputKey },
): Promise<MutationOutcome<RepresentativeRole>> {
  const errors: UserError[] = [];
  const memberKey = inputKey(keys.member, 'memberId', errors);
  inFuture('termFrom', input.termFrom, ctx.today, errors);
  if (input.termTo != null && input.termTo < input.termFrom)
    errors.push(
      userError('termTo', UserErrorCode.TOO_EARLY, '任期结束不能早于开始 (ends before it starts)'),
    );
  if (refusedOutright(errors) || memberKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'addRepresentativeRole', async (tx) => {
    await checkMembers(tx, ctx, [{ key: memberKey, field: ['memberId'] }], errors);
    refuseIf(errors);
    const [row] = await tx.run(sql`
      WITH rr AS (${insertRow(RepresentativeRoleEntity, {
        memberId: memberKey,
        kind: input.kind,
        level: input.level,
        termFrom: input.termFrom,
        termTo: input.termTo ?? null,
      })} RETURNING *) SELECT ${ROLE_COLUMNS} FROM rr`);
    const role = toRole(row);
    return { record: role, change: { type: 'RepresentativeRole', key: role.key, after: role } };
  });
}

/** Deletes a role entered by mistake. */
export async function deleteRepresentativeRole(
  ctx: RequestScope,
  keys: { role: InputKey },
): Promise<MutationOutcome<RepresentativeRole>> {
  const errors: UserError[] = [];
  const roleKey = inputKey(keys.role, 'representativeRoleId', errors);
  if (roleKey === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'deleteRepresentativeRole', async (tx) => {
    const [row] = await tx.run(sql`
      DELETE FROM representative_role rr WHERE rr.id = ${roleKey}
        AND rr.member_id IN (SELECT m.id FROM member m WHERE ${ctx.reach.member('m')})
      RETURNING ${ROLE_COLUMNS}`);
    if (!row) refuseIf([notFound('representativeRoleId', '代表任职', 'representative role')]);
    const role = toRole(row);
    return { record: role, change: { type: 'RepresentativeRole', key: roleKey, before: role } };
  });
}

/**
 * Issues a medal to members at once: each a current member in reach, eligible for it in the
 * year of issue and not yet issued it; one refused and nothing is written.
 */
export async function issueMedals(
  ctx: RequestScope,
  input: IssueMedalsInput,
  keys: { members: InputKey[] },
): Promise<MutationOutcome<MedalAward[]>> {
  const errors = await validateInput(input);
  inFuture('issuedOn', input.issuedOn, ctx.today, errors);
  if (keys.members.length === 0 || keys.members.length > MAX_MEDALS_AT_ONCE)
    errors.push(
      userError(
        'memberIds',
        UserErrorCode.OUT_OF_RANGE,
        `一次颁发 1 到 ${MAX_MEDALS_AT_ONCE} 人 (1 to ${MAX_MEDALS_AT_ONCE} members at once)`,
      ),
    );
  const seen = new Set<number>();
  const members: number[] = [];
  keys.members.forEach((k, i) => {
    const key = inputKey(k, ['memberIds', String(i)], errors);
    if (key === null) return;
    if (seen.has(key))
      errors.push(
        userError(
          ['memberIds', String(i)],
          UserErrorCode.DUPLICATE,
          '同一人员重复出现 (the member is listed twice)',
        ),
      );
    seen.add(key);
    members.push(key);
  });
  if (refusedOutright(errors)) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'issueMedals',
    async (tx) => {
      const rows = await tx.run(sql`
      SELECT m.id, ${medalEligibility(input.medal, 'm', parts(input.issuedOn).year)} AS eligible,
        ${medalNotIssued(input.medal, 'm')} AS "notIssued"
      FROM member m WHERE m.id = ANY(${members}::int[]) AND ${ctx.reach.member('m')}`);
      const found = new Map(rows.map((r) => [Number(r.id), r]));
      keys.members.forEach((k, i) => {
        if (typeof k !== 'number') return;
        const row = found.get(k);
        const field = ['memberIds', String(i)];
        if (!row) errors.push(notFound(field, '人员', 'member'));
        else if (!row.notIssued)
          errors.push(
            userError(
              field,
              UserErrorCode.DUPLICATE,
              '已颁发过该纪念章 (already issued this medal)',
            ),
          );
        else if (!row.eligible)
          errors.push(
            userError(
              field,
              UserErrorCode.INVALID_STATE,
              '不符合颁发条件 (not eligible for the medal)',
            ),
          );
      });
      refuseIf(errors);
      const awarded = await tx.run(sql`
      WITH ma AS (
        INSERT INTO medal_award (member_id, medal, issued_on, ceremony, issued_by)
        SELECT k.id, ${input.medal}, ${input.issuedOn}::date, ${input.ceremony?.trim() || null}, ${input.issuedBy.trim()}
        FROM unnest(${members}::int[]) AS k(id)
        RETURNING *)
      SELECT ${AWARD_COLUMNS} FROM ma ORDER BY ma.id`);
      const records = awarded.map(toAward);
      return {
        record: records,
        change: null,
        details: {
          medal: input.medal,
          issuedOn: input.issuedOn,
          members: members.length,
          medalAwardKeys: records.map((r) => r.key),
        },
      };
    },
    {
      medal_award_member_key: userError(
        'memberIds',
        UserErrorCode.DUPLICATE,
        '已颁发过该纪念章 (already issued this medal)',
      ),
    },
  );
}

/** Withdraws a medal recorded by mistake. */
export async function deleteMedalAward(
  ctx: RequestScope,
  keys: { award: InputKey },
): Promise<MutationOutcome<number>> {
  const errors: UserError[] = [];
  const awardKey = inputKey(keys.award, 'medalAwardId', errors);
  if (awardKey === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'deleteMedalAward', async (tx) => {
    const [row] = await tx.run(sql`
      DELETE FROM medal_award ma WHERE ma.id = ${awardKey}
        AND ma.member_id IN (SELECT m.id FROM member m WHERE ${ctx.reach.member('m')})
      RETURNING ${AWARD_COLUMNS}`);
    if (!row) refuseIf([notFound('medalAwardId', '纪念章记录', 'medal award')]);
    return {
      record: awardKey,
      change: { type: 'MedalAward', key: awardKey, before: toAward(row) },
    };
  });
}
