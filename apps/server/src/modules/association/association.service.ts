import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { insertRow } from '../../kernel/db/entity-columns';
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
import { compareDates } from '@wanxia/schema';
import type { Activity } from '../activity/activity.types';
import { ACTIVITY_COLUMNS, toActivity } from '../activity/activity.repository';
import { lockActivity } from '../activity/activity.service';
import { OrganiserKind } from '../activity/activity-kinds';
import { AssociationEntity, AssociationMemberEntity } from './association.entity';
import {
  ASSOCIATION_COLUMNS,
  ASSOCIATION_MEMBERSHIP_COLUMNS,
  toAssociation,
  toAssociationMembership,
} from './association.repository';
import type {
  Association,
  AssociationMembership,
  CreateAssociationInput,
  JoinAssociationInput,
  LeaveAssociationInput,
  RecordAwardsInput,
} from './association.types';
import { countyToWrite } from '../bureau/county';

/** The most awards one activity records. */
export const MAX_AWARDS = 200;

/** Associations and their activities are the county's records. */
function requireCounty(ctx: RequestScope, errors: UserError[]) {
  if (!ctx.reach.wholeBureau)
    errors.push(
      userError(
        [],
        UserErrorCode.FORBIDDEN,
        '社会团体由局机关管理 (associations are kept by the bureau)',
      ),
    );
}

function notAfterToday(
  day: string | null | undefined,
  field: string,
  ctx: RequestScope,
  errors: UserError[],
) {
  if (day && compareDates(day, ctx.today) > 0)
    errors.push(userError(field, UserErrorCode.IN_FUTURE, '日期不能晚于今天 (not after today)'));
}

export async function createAssociation(
  ctx: RequestScope,
  input: CreateAssociationInput,
): Promise<MutationOutcome<Association>> {
  const errors = await validateInput(input);
  requireCounty(ctx, errors);
  notAfterToday(input.foundedOn, 'foundedOn', ctx, errors);
  if (errors.length) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'createAssociation',
    async (tx) => {
      const county = await countyToWrite(tx, ctx.reach, input.bureauId, errors);
      refuseIf(errors);
      const [row] = await tx.run(sql`
        WITH s AS (${insertRow(AssociationEntity, {
          bureauId: county!.key,
          name: input.name.trim(),
          foundedOn: input.foundedOn ?? null,
          description: input.description?.trim() || null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })} RETURNING *) SELECT ${ASSOCIATION_COLUMNS} FROM s`);
      const association = toAssociation(row);
      return {
        record: association,
        change: { type: 'Association', key: association.key, after: association },
      };
    },
    {
      association_name_key: userError(
        'name',
        UserErrorCode.DUPLICATE,
        '已有同名的社会团体 (an association of that name exists)',
      ),
    },
  );
}

/** A member of the roster joins an association with a role; one current membership each. */
export async function joinAssociation(
  ctx: RequestScope,
  input: JoinAssociationInput,
  keys: { association: InputKey; member: InputKey },
): Promise<MutationOutcome<AssociationMembership>> {
  const errors: UserError[] = [];
  requireCounty(ctx, errors);
  const associationKey = inputKey(keys.association, 'associationId', errors);
  const memberKey = inputKey(keys.member, 'memberId', errors);
  notAfterToday(input.joinedOn, 'joinedOn', ctx, errors);
  if (refusedOutright(errors) || associationKey === null || memberKey === null)
    return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'joinAssociation',
    async (tx) => {
      const [association] = await tx.run(
        sql`SELECT s.id FROM association s WHERE s.id = ${associationKey}`,
      );
      if (!association) errors.push(notFound('associationId', '社会团体', 'association'));
      const [member] = await tx.run(sql`SELECT m.id FROM member m WHERE m.id = ${memberKey}`);
      if (!member) errors.push(notFound('memberId', '人员', 'member'));
      refuseIf(errors);
      const [row] = await tx.run(sql`
        WITH am AS (${insertRow(AssociationMemberEntity, {
          associationId: associationKey,
          memberId: memberKey,
          role: input.role,
          joinedOn: input.joinedOn,
        })} RETURNING *) SELECT ${ASSOCIATION_MEMBERSHIP_COLUMNS} FROM am`);
      const membership = toAssociationMembership(row);
      return {
        record: membership,
        change: { type: 'AssociationMembership', key: membership.key, after: membership },
      };
    },
    {
      association_member_current_key: userError(
        'memberId',
        UserErrorCode.DUPLICATE,
        '已是该团体成员 (already a member of the association)',
      ),
    },
  );
}

/** A member leaves an association on a day, on or after joining. */
export async function leaveAssociation(
  ctx: RequestScope,
  input: LeaveAssociationInput,
  keys: { membership: InputKey },
): Promise<MutationOutcome<AssociationMembership>> {
  const errors: UserError[] = [];
  requireCounty(ctx, errors);
  const key = inputKey(keys.membership, 'membershipId', errors);
  notAfterToday(input.leftOn, 'leftOn', ctx, errors);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'leaveAssociation', async (tx) => {
    const [locked] = await tx.run(sql`
      SELECT ${ASSOCIATION_MEMBERSHIP_COLUMNS} FROM association_member am WHERE am.id = ${key} FOR UPDATE`);
    if (!locked) refuseIf([notFound('membershipId', '会员记录', 'membership')]);
    const before = toAssociationMembership(locked);
    if (before.leftOn !== null)
      errors.push(userError('membershipId', UserErrorCode.INVALID_STATE, '已退会 (already left)'));
    else if (compareDates(input.leftOn, before.joinedOn) < 0)
      errors.push(
        userError('leftOn', UserErrorCode.TOO_EARLY, '退会日期不能早于入会日期 (before joining)'),
      );
    refuseIf(errors);
    const [row] = await tx.run(sql`
      UPDATE association_member am SET left_on = ${input.leftOn}
      WHERE am.id = ${key} RETURNING ${ASSOCIATION_MEMBERSHIP_COLUMNS}`);
    const after = toAssociationMembership(row);
    return { record: after, change: { type: 'AssociationMembership', key, before, after } };
  });
}

/** Sets the awards won at an association's activity (the list replaces the one kept). */
export async function recordAwards(
  ctx: RequestScope,
  input: RecordAwardsInput,
  keys: { activity: InputKey },
): Promise<MutationOutcome<Activity>> {
  const errors = await validateInput(input);
  const activityKey = inputKey(keys.activity, 'activityId', errors);
  if (input.awards.length > MAX_AWARDS)
    errors.push(
      userError(
        'awards',
        UserErrorCode.OUT_OF_RANGE,
        `最多 ${MAX_AWARDS} 项 (at most ${MAX_AWARDS})`,
      ),
    );
  if (refusedOutright(errors) || activityKey === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'recordAwards', async (tx) => {
    const before = await lockActivity(tx, ctx, activityKey);
    checkVersion(input.expectedVersion, before.version, errors);
    if (before.organiserKind !== OrganiserKind.ASSOCIATION)
      errors.push(
        userError(
          'activityId',
          UserErrorCode.INVALID,
          '只有社会团体组织的活动记录获奖 (only an association’s activity has awards)',
        ),
      );
    refuseIf(errors);
    await tx.run(sql`DELETE FROM activity_award WHERE activity_id = ${activityKey}`);
    await tx.run(sql`
      INSERT INTO activity_award (activity_id, award, level, recipient)
      SELECT ${activityKey}, w.award, w.level, w.recipient
      FROM unnest(${input.awards.map((w) => w.award.trim())}::text[], ${input.awards.map((w) => w.level)}::text[],
        ${input.awards.map((w) => w.recipient?.trim() || null)}::text[]) WITH ORDINALITY AS w(award, level, recipient, n)
      ORDER BY w.n`);
    const [row] = await tx.run(sql`
      UPDATE activity a SET version = a.version + 1, updated_at = ${ctx.now}
      WHERE a.id = ${activityKey} RETURNING ${ACTIVITY_COLUMNS}`);
    return {
      record: toActivity(row),
      change: { type: 'Activity', key: activityKey },
      details: { awards: input.awards.map((w) => ({ award: w.award, level: w.level })) },
    };
  });
}
