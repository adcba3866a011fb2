import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { assignments, insertRow, type RowOf } from '../../kernel/db/entity-columns';
import {
  EARLIEST_BIRTH_DATE,
  earliestPartyJoinDate,
  idCardBirthDate,
  idCardGender,
  idCardProblem,
  normalizeIdCard,
} from '@wanxia/schema';
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
import { namePinyin } from '../../lib/pinyin';
import { BRANCH_PROJECTION } from '../branch/branch.repository';
import { BranchKind } from '../branch/branch.types';
import { applyRosterExit } from './roster-exit';
import type { Reach } from '../../kernel/access/reach';
import { MEMBER_COLUMNS, toMember } from './member.repository';
import { BranchMembershipEntity } from './branch-membership.entity';
import { MemberEntity } from './member.entity';
import { COUNTY_TOWNSHIPS, ResidenceKind } from './residence';
import {
  MemberStatus,
  type CreateMemberInput,
  type Member,
  type RecordDeathInput,
  type RecordTransferOutInput,
  type TransferMemberInput,
  type UpdateMemberInput,
} from './member.types';

export const duplicateIdCard = userError(
  'idCardNumber',
  UserErrorCode.DUPLICATE,
  '该身份证号已登记在册 (a current member already has this ID number)',
);
export const UNIQUE_VIOLATIONS = { member_current_id_card_key: duplicateIdCard };

/** A member's row by property. */
type MemberRow = RowOf<MemberEntity>;

/** The member as it will be after the change, for rules that look at several fields. */
export type MemberState = Pick<
  MemberRow,
  | 'idCardNumber'
  | 'gender'
  | 'birthDate'
  | 'partyMember'
  | 'partyJoinDate'
  | 'fullMembershipDate'
  | 'retirementDate'
  | 'workStartDate'
  | 'residenceKind'
  | 'residencePlace'
>;

/** What is wrong with an ID number, per problem of idCardProblem. */
export const ID_CARD_MESSAGES = {
  LEGACY_15:
    '旧版15位身份证号请换算为18位 (15-digit numbers of the first generation are no longer valid: convert it to the 18-character number)',
  FORMAT: '身份证号应为 18 位，末位可为 X (18 characters: 17 digits and a digit or X)',
  AREA_CODE:
    '身份证号前两位不是有效的省级行政区划代码 (the first two digits are not a province code)',
  BIRTH_DATE: '身份证号中的出生日期无效 (the birth date inside the ID number is not a date)',
  CHECK_DIGIT: '身份证号校验位不正确，请核对 (the check digit does not match: a digit is mistyped)',
};

/** Rules on the whole record; `given` says which fields the caller sent, to point at them. */
export function checkState(
  state: MemberState,
  given: Partial<Record<keyof MemberState, boolean>>,
  today: string,
): UserError[] {
  const errors: UserError[] = [];
  const problem = idCardProblem(state.idCardNumber);
  if (problem) {
    const code =
      problem === 'CHECK_DIGIT' ? UserErrorCode.ID_CARD_CHECK_DIGIT : UserErrorCode.INVALID_ID_CARD;
    errors.push(userError('idCardNumber', code, ID_CARD_MESSAGES[problem]));
  } else {
    if (state.birthDate !== idCardBirthDate(state.idCardNumber)) {
      errors.push(
        userError(
          given.birthDate ? 'birthDate' : 'idCardNumber',
          UserErrorCode.INVALID,
          '出生日期与身份证号不一致 (the birth date does not match the ID number)',
        ),
      );
    }
    if (state.gender !== idCardGender(state.idCardNumber)) {
      errors.push(
        userError(
          given.gender ? 'gender' : 'idCardNumber',
          UserErrorCode.INVALID,
          '性别与身份证号不一致 (the gender does not match the ID number)',
        ),
      );
    }
  }
  const birthField = given.birthDate ? 'birthDate' : 'idCardNumber';
  // Without a valid ID number or a birth date given, the birth date is unknown: the ID number's
  // own problem says it all, and rules against the birth date wait until it is known.
  const born = state.birthDate !== '';
  if (born && state.birthDate > today) {
    errors.push(
      userError(
        birthField,
        UserErrorCode.IN_FUTURE,
        '出生日期不能晚于今天 (the birth date is in the future)',
      ),
    );
  } else if (born && state.birthDate < EARLIEST_BIRTH_DATE) {
    errors.push(
      userError(birthField, UserErrorCode.TOO_EARLY, '出生日期不能早于 1900 年 (born before 1900)'),
    );
  }
  if (!state.partyMember && state.partyJoinDate) {
    errors.push(
      userError(
        'partyJoinDate',
        UserErrorCode.INVALID,
        '非党员不应填写入党日期 (only party members have a joining date)',
      ),
    );
  } else if (state.partyJoinDate) {
    if (state.partyJoinDate > today) {
      errors.push(
        userError(
          'partyJoinDate',
          UserErrorCode.IN_FUTURE,
          '入党日期不能晚于今天 (the joining date is in the future)',
        ),
      );
    } else if (born && state.partyJoinDate < earliestPartyJoinDate(state.birthDate)) {
      errors.push(
        userError(
          'partyJoinDate',
          UserErrorCode.TOO_EARLY,
          '入党日期不能早于 14 周岁生日 (joined before the 14th birthday)',
        ),
      );
    }
  }
  // Against a joining date that is itself wrong, a second problem would only repeat the first.
  const joiningRefused = errors.some((e) => e.field[0] === 'partyJoinDate');
  if (state.fullMembershipDate && !joiningRefused) {
    if (!state.partyMember || !state.partyJoinDate) {
      errors.push(
        userError(
          'fullMembershipDate',
          UserErrorCode.INVALID,
          '转正日期需有入党日期 (a full-membership date needs a party joining date)',
        ),
      );
    } else if (state.fullMembershipDate > today) {
      errors.push(
        userError(
          'fullMembershipDate',
          UserErrorCode.IN_FUTURE,
          '转正日期不能晚于今天 (the full-membership date is in the future)',
        ),
      );
    } else if (state.fullMembershipDate < state.partyJoinDate) {
      errors.push(
        userError(
          'fullMembershipDate',
          UserErrorCode.TOO_EARLY,
          '转正日期不能早于入党日期 (full membership before joining)',
        ),
      );
    }
  }
  for (const [field, label] of [
    ['retirementDate', '离退休日期 (retirement date)'],
    ['workStartDate', '参加工作日期 (date of joining work)'],
  ] as const) {
    const value = state[field];
    if (!value) continue;
    if (value > today)
      errors.push(
        userError(field, UserErrorCode.IN_FUTURE, `${label}不能晚于今天 (is in the future)`),
      );
    else if (born && value < state.birthDate)
      errors.push(
        userError(field, UserErrorCode.TOO_EARLY, `${label}不能早于出生日期 (is before birth)`),
      );
  }
  if (
    state.residenceKind === ResidenceKind.TOWNSHIP &&
    !(COUNTY_TOWNSHIPS as readonly string[]).includes(state.residencePlace)
  ) {
    errors.push(
      userError(
        'residencePlace',
        UserErrorCode.INVALID,
        `“${state.residencePlace}”不是本县乡镇 (not a township of the county)`,
      ),
    );
  }
  return errors;
}

/** What is wrong with a target branch (one in reach, or undefined when none is): null when it is a current 党支部. */
export function branchProblem(
  branch: { kind?: unknown; archivedAt?: unknown } | undefined,
): UserError | null {
  if (!branch) return notFound('branchId', '党支部', 'branch');
  if (branch.archivedAt)
    return userError('branchId', UserErrorCode.ARCHIVED, '该党支部已撤销 (the branch is archived)');
  if (branch.kind !== BranchKind.BRANCH) {
    return userError(
      'branchId',
      UserErrorCode.INVALID,
      '人员须编入党支部，而非党总支 (members belong to a branch, not a general branch)',
    );
  }
  return null;
}

/** The target branch must be a current 党支部 in the caller's reach. */
async function checkBranch(
  tx: Transaction,
  reach: Reach,
  key: number,
  errors: UserError[],
): Promise<void> {
  const [branch] = await tx.run(
    sql`SELECT ${BRANCH_PROJECTION.select('b', ['kind', 'archivedAt'])} FROM branch b
      WHERE b.id = ${key} AND ${reach.branch('b')}`,
  );
  const problem = branchProblem(branch);
  if (problem) errors.push(problem);
}

async function checkIdCardFree(
  tx: Transaction,
  idCard: string,
  exceptKey: number | null,
  errors: UserError[],
) {
  const rows = await tx.run(
    sql`SELECT 1 FROM member WHERE id_card_number = ${idCard} AND status = 'ACTIVE' AND id <> ${exceptKey ?? 0}`,
  );
  if (rows.length) errors.push(duplicateIdCard);
}

/** Locks a member in the caller's reach; one out of reach is as good as missing. */
export async function lockMember(
  tx: Transaction,
  reach: Reach,
  key: number,
): Promise<Member | null> {
  const [row] = await tx.run(
    sql`SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = ${key} AND ${reach.member('m')} FOR UPDATE`,
  );
  return row ? toMember(row) : null;
}

export async function reload(tx: Transaction, key: number): Promise<Member> {
  const [row] = await tx.run(sql`SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = ${key}`);
  return toMember(row);
}

/** Columns written from the optional details, when the caller sent them. */
export function detailAssignments(
  input: UpdateMemberInput | CreateMemberInput,
): Partial<MemberRow> {
  const columns: Partial<MemberRow> = {
    ethnicity: input.ethnicity?.trim(),
    phone: input.phone,
    address: input.address,
    formerUnit: input.formerUnit,
    formerPosition: input.formerPosition,
    rank: input.rank,
    retirementDate: input.retirementDate,
    workStartDate: input.workStartDate,
    partyJoinDate: input.partyJoinDate,
    fullMembershipDate: input.fullMembershipDate,
    healthStatus: input.healthStatus,
    healthNotes: input.healthNotes,
    livingSituation: input.livingSituation,
    spouseName: input.spouseName,
    emergencyContactName: input.emergencyContactName,
    emergencyContactRelation: input.emergencyContactRelation,
    emergencyContactPhone: input.emergencyContactPhone,
    carePlan: input.carePlan,
    contactLeader: input.contactLeader,
    tags: input.tags === null ? [] : input.tags?.map((t) => t.trim()).filter(Boolean),
  };
  return Object.fromEntries(
    Object.entries(columns).filter(([, v]) => v !== undefined),
  ) as Partial<MemberRow>;
}

export function nameColumns(name: string): Pick<MemberRow, 'name' | 'namePinyin' | 'nameInitials'> {
  const { full, initials } = namePinyin(name);
  return { name, namePinyin: full, nameInitials: initials };
}

/** A new member's input checked on its own (everything but the branch and the ID number's use). */
export interface NewMemberCheck {
  errors: UserError[];
  branchKey: number | null;
  state: MemberState;
}

/** The rules of createMember that need no database: the input's own and the whole record's. */
export async function checkNewMember(
  input: CreateMemberInput,
  branch: InputKey,
  today: string,
): Promise<NewMemberCheck> {
  const errors = await validateInput(input);
  const branchKey = inputKey(branch, 'branchId', errors);
  const idCardNumber = normalizeIdCard(input.idCardNumber);
  const validIdCard = idCardProblem(idCardNumber) === null;
  const state: MemberState = {
    idCardNumber,
    birthDate: input.birthDate ?? (validIdCard ? idCardBirthDate(idCardNumber) : ''),
    gender: input.gender ?? (validIdCard ? idCardGender(idCardNumber) : ''),
    partyMember: input.partyMember,
    partyJoinDate: input.partyJoinDate ?? null,
    fullMembershipDate: input.fullMembershipDate ?? null,
    retirementDate: input.retirementDate ?? null,
    workStartDate: input.workStartDate ?? null,
    residenceKind: input.residenceKind,
    residencePlace: input.residencePlace.trim(),
  };
  errors.push(
    ...checkState(
      state,
      { birthDate: input.birthDate != null, gender: input.gender != null },
      today,
    ),
  );
  return { errors, branchKey, state };
}

/** The columns of a new member's row. */
export function newMemberColumns(
  input: CreateMemberInput,
  state: MemberState,
  branchKey: number,
): Partial<MemberRow> {
  return {
    ...nameColumns(input.name.trim()),
    ...detailAssignments(input),
    ethnicity: input.ethnicity?.trim() || '汉族',
    gender: state.gender,
    birthDate: state.birthDate,
    idCardNumber: state.idCardNumber,
    residenceKind: state.residenceKind,
    residencePlace: state.residencePlace,
    retirementType: input.retirementType,
    partyMember: input.partyMember,
    branchId: branchKey,
  };
}

export async function createMember(
  ctx: RequestScope,
  input: CreateMemberInput,
  keys: { branch: InputKey },
): Promise<MutationOutcome<Member>> {
  const { errors, branchKey, state } = await checkNewMember(input, keys.branch, ctx.today);
  if (refusedOutright(errors) || branchKey === null) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'createMember',
    async (tx) => {
      await checkBranch(tx, ctx.reach, branchKey, errors);
      await checkIdCardFree(tx, state.idCardNumber, null, errors);
      refuseIf(errors);
      const [{ id }] = await tx.run(
        sql`${insertRow(MemberEntity, newMemberColumns(input, state, branchKey))} RETURNING id`,
      );
      await tx.run(
        insertRow(BranchMembershipEntity, {
          memberId: Number(id),
          branchId: branchKey,
          startedOn: ctx.today,
          reason: 'ENROLLED',
        }),
      );
      const record = await reload(tx, Number(id));
      return { record, change: { type: 'Member', key: record.key, after: record } };
    },
    UNIQUE_VIOLATIONS,
  );
}

/** The member as an update leaves it: what the input sends over what is stored. */
export function changedMemberState(input: UpdateMemberInput, current: Member): MemberState {
  const partyMember = input.partyMember ?? current.partyMember;
  return {
    idCardNumber:
      input.idCardNumber != null ? normalizeIdCard(input.idCardNumber) : current.idCardNumber,
    gender: input.gender ?? current.gender,
    birthDate: input.birthDate ?? current.birthDate,
    partyMember,
    // Leaving the party clears the joining date unless one is sent.
    partyJoinDate:
      input.partyJoinDate !== undefined
        ? input.partyJoinDate
        : partyMember
          ? current.partyJoinDate
          : null,
    fullMembershipDate:
      input.fullMembershipDate !== undefined
        ? input.fullMembershipDate
        : partyMember
          ? current.fullMembershipDate
          : null,
    retirementDate:
      input.retirementDate !== undefined ? input.retirementDate : current.retirementDate,
    workStartDate: input.workStartDate !== undefined ? input.workStartDate : current.workStartDate,
    residenceKind: input.residenceKind ?? current.residenceKind,
    residencePlace: input.residencePlace?.trim() ?? current.residencePlace,
  };
}

/** The whole-record rules on the state an update leaves. */
export function checkChangedState(
  input: UpdateMemberInput,
  state: MemberState,
  today: string,
): UserError[] {
  return checkState(
    state,
    { birthDate: input.birthDate != null, gender: input.gender != null },
    today,
  );
}

/** The columns an update writes. */
export function changedMemberColumns(
  input: UpdateMemberInput,
  state: MemberState,
): Partial<MemberRow> {
  return {
    ...(input.name !== undefined ? nameColumns(input.name.trim()) : {}),
    ...detailAssignments(input),
    idCardNumber: state.idCardNumber,
    gender: state.gender,
    birthDate: state.birthDate,
    partyMember: state.partyMember,
    partyJoinDate: state.partyJoinDate,
    fullMembershipDate: state.fullMembershipDate,
    residenceKind: state.residenceKind,
    residencePlace: state.residencePlace,
    ...(input.retirementType ? { retirementType: input.retirementType } : {}),
  };
}

export async function updateMember(
  ctx: RequestScope,
  input: UpdateMemberInput,
  keys: { member: InputKey },
): Promise<MutationOutcome<Member>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.member, 'id', errors);
  for (const field of [
    'idCardNumber',
    'gender',
    'birthDate',
    'retirementType',
    'residenceKind',
    'partyMember',
  ] as const) {
    if (input[field] === null)
      errors.push(
        userError(field, UserErrorCode.REQUIRED, `${field} 不能为空 (cannot be cleared)`),
      );
  }
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };

  return inTransaction(
    ctx,
    'updateMember',
    async (tx) => {
      const member = await lockMember(tx, ctx.reach, key);
      if (!member) refuseIf([notFound('id', '人员', 'member')]);
      const current = member!;
      checkVersion(input.expectedVersion, current.version, errors);
      const state = changedMemberState(input, current);
      errors.push(...checkChangedState(input, state, ctx.today));
      if (state.idCardNumber !== current.idCardNumber && current.status === MemberStatus.ACTIVE) {
        await checkIdCardFree(tx, state.idCardNumber, key, errors);
      }
      refuseIf(errors);
      const set = assignments(MemberEntity, changedMemberColumns(input, state));
      await tx.run(
        sql`UPDATE member SET ${set}, version = version + 1, updated_at = now() WHERE id = ${key}`,
      );
      const record = await reload(tx, key);
      return { record, change: { type: 'Member', key, before: current, after: record } };
    },
    UNIQUE_VIOLATIONS,
  );
}

/** Loads a member who must still be on the roster, for death and transfers. */
async function lockCurrentMember(
  tx: Transaction,
  reach: Reach,
  key: number,
  expectedVersion: number | null | undefined,
  errors: UserError[],
): Promise<Member> {
  const member = await lockMember(tx, reach, key);
  if (!member) refuseIf([notFound('memberId', '人员', 'member')]);
  checkVersion(expectedVersion, member!.version, errors);
  if (member!.status !== MemberStatus.ACTIVE) {
    errors.push(
      userError(
        'memberId',
        UserErrorCode.NOT_CURRENT,
        '该人员已不在册（已故或已转出） (no longer on the roster: deceased or transferred out)',
      ),
    );
  }
  return member!;
}

function checkEventDate(
  date: string,
  member: Member,
  field: string,
  today: string,
  errors: UserError[],
) {
  if (date > today)
    errors.push(
      userError(field, UserErrorCode.IN_FUTURE, '日期不能晚于今天 (the date is in the future)'),
    );
  else if (date < member.birthDate) {
    errors.push(
      userError(field, UserErrorCode.TOO_EARLY, '日期不能早于出生日期 (the date is before birth)'),
    );
  }
}

async function currentMembershipStart(tx: Transaction, key: number): Promise<string | null> {
  const [row] = await tx.run(
    sql`SELECT started_on AS "startedOn" FROM branch_membership WHERE member_id = ${key} AND ended_on IS NULL`,
  );
  return (row?.startedOn as string | undefined) ?? null;
}

function checkNotBeforeMembership(
  date: string,
  started: string | null,
  field: string,
  errors: UserError[],
) {
  if (started && date < started) {
    errors.push(
      userError(
        field,
        UserErrorCode.TOO_EARLY,
        `日期不能早于编入现支部的日期 ${started} (before joining the current branch)`,
      ),
    );
  }
}

/** Ends the open membership; a death reported after a late enrolment ends it on its first day. */
const closeMembership = (tx: Transaction, key: number, date: string) =>
  tx.run(sql`
    UPDATE branch_membership SET ended_on = greatest(${date}::date, started_on)
    WHERE member_id = ${key} AND ended_on IS NULL`);

/** The family contact given with a death becomes the member's emergency contact, field by field. */
async function recordFamilyContact(tx: Transaction, key: number, input: RecordDeathInput) {
  const contact = Object.fromEntries(
    Object.entries({
      emergencyContactName: input.familyContactName?.trim(),
      emergencyContactRelation: input.familyContactRelation?.trim(),
      emergencyContactPhone: input.familyContactPhone?.trim(),
    }).filter(([, value]) => value),
  );
  if (!Object.keys(contact).length) return;
  await tx.run(sql`UPDATE member SET ${assignments(MemberEntity, contact)} WHERE id = ${key}`);
}

export async function recordDeath(
  ctx: RequestScope,
  input: RecordDeathInput,
  keys: { member: InputKey },
): Promise<MutationOutcome<Member>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.member, 'memberId', errors);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'recordDeath', async (tx) => {
    const member = await lockCurrentMember(tx, ctx.reach, key, input.expectedVersion, errors);
    checkEventDate(input.deathDate, member, 'deathDate', ctx.today, errors);
    refuseIf(errors);
    await tx.run(sql`
      UPDATE member SET status = 'DECEASED', death_date = ${input.deathDate},
        death_cause = ${input.cause?.trim() || null}, version = version + 1, updated_at = now()
      WHERE id = ${key}`);
    await recordFamilyContact(tx, key, input);
    await closeMembership(tx, key, input.deathDate);
    await applyRosterExit({ tx, memberKey: key, reason: 'DEATH', now: ctx.now, today: ctx.today });
    // A branch cannot keep a deceased secretary.
    await tx.run(
      sql`UPDATE branch SET secretary_id = NULL, version = version + 1, updated_at = now() WHERE secretary_id = ${key}`,
    );
    const record = await reload(tx, key);
    return { record, change: { type: 'Member', key, before: member, after: record } };
  });
}

export async function transferMember(
  ctx: RequestScope,
  input: TransferMemberInput,
  keys: { member: InputKey; branch: InputKey },
): Promise<MutationOutcome<Member>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.member, 'memberId', errors);
  const branchKey = inputKey(keys.branch, 'branchId', errors);
  if (refusedOutright(errors) || key === null || branchKey === null)
    return { record: null, userErrors: errors };
  const date = input.date ?? ctx.today;
  return inTransaction(ctx, 'transferMember', async (tx) => {
    const member = await lockCurrentMember(tx, ctx.reach, key, input.expectedVersion, errors);
    await checkBranch(tx, ctx.reach, branchKey, errors);
    if (member.branchId === branchKey) {
      errors.push(
        userError('branchId', UserErrorCode.INVALID, '已在该党支部 (already in this branch)'),
      );
    }
    checkEventDate(date, member, 'date', ctx.today, errors);
    checkNotBeforeMembership(date, await currentMembershipStart(tx, key), 'date', errors);
    refuseIf(errors);
    await closeMembership(tx, key, date);
    await tx.run(
      insertRow(BranchMembershipEntity, {
        memberId: key,
        branchId: branchKey,
        startedOn: date,
        reason: 'TRANSFERRED',
        note: input.note ?? null,
      }),
    );
    await tx.run(
      sql`UPDATE member SET branch_id = ${branchKey}, version = version + 1, updated_at = now() WHERE id = ${key}`,
    );
    const record = await reload(tx, key);
    return { record, change: { type: 'Member', key, before: member, after: record } };
  });
}

export async function recordTransferOut(
  ctx: RequestScope,
  input: RecordTransferOutInput,
  keys: { member: InputKey },
): Promise<MutationOutcome<Member>> {
  const errors = await validateInput(input);
  const key = inputKey(keys.member, 'memberId', errors);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  const date = input.date ?? ctx.today;
  return inTransaction(ctx, 'recordTransferOut', async (tx) => {
    const member = await lockCurrentMember(tx, ctx.reach, key, input.expectedVersion, errors);
    checkEventDate(date, member, 'date', ctx.today, errors);
    checkNotBeforeMembership(date, await currentMembershipStart(tx, key), 'date', errors);
    refuseIf(errors);
    await tx.run(sql`
      UPDATE member SET status = 'TRANSFERRED_OUT', transferred_out_on = ${date},
        transfer_destination = ${input.destination.trim()}, version = version + 1, updated_at = now()
      WHERE id = ${key}`);
    await closeMembership(tx, key, date);
    await applyRosterExit({
      tx,
      memberKey: key,
      reason: 'TRANSFER_OUT',
      now: ctx.now,
      today: ctx.today,
    });
    await tx.run(
      sql`UPDATE branch SET secretary_id = NULL, version = version + 1, updated_at = now() WHERE secretary_id = ${key}`,
    );
    const record = await reload(tx, key);
    return { record, change: { type: 'Member', key, before: member, after: record } };
  });
}
