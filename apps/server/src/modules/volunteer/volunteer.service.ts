import type { Transaction } from '../../kernel/db/database';
import { sql } from '../../kernel/db/sql';
import type { RequestScope } from '../../kernel/context';
import { assignments, insertRow } from '../../kernel/db/entity-columns';
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
import { compareDates, idCardProblem, normalizeIdCard } from '@wanxia/schema';
import { ID_CARD_MESSAGES } from '../member/member.service';
import type { Activity } from '../activity/activity.types';
import { ACTIVITY_COLUMNS, toActivity } from '../activity/activity.repository';
import { lockActivity } from '../activity/activity.service';
import { OrganiserKind } from '../activity/activity-kinds';
import { VolunteerTeamEntity } from './volunteer-team.entity';
import { VolunteerEntity, VolunteerMembershipEntity } from './volunteer.entity';
import { TeamLevel } from './volunteer-enums';
import {
  MEMBERSHIP_COLUMNS,
  TEAM_COLUMNS,
  VOLUNTEER_COLUMNS,
  toMembership,
  toTeam,
  toVolunteer,
} from './volunteer.repository';
import type {
  CreateVolunteerInput,
  CreateVolunteerTeamInput,
  JoinVolunteerTeamInput,
  LeaveVolunteerTeamInput,
  RecordVolunteerServiceInput,
  UpdateVolunteerTeamInput,
  Volunteer,
  VolunteerMembership,
  VolunteerTeam,
} from './volunteer.types';
import { countyToWrite } from '../bureau/county';

/** The most volunteers and donations one activity records. */
export const MAX_SERVICE_ROWS = 2000;

/** Teams, people not on the roster and the teams' activities are the county's records. */
function requireCounty(ctx: RequestScope, errors: UserError[]) {
  if (!ctx.reach.wholeBureau)
    errors.push(
      userError(
        [],
        UserErrorCode.FORBIDDEN,
        '志愿服务队由局机关管理 (volunteer teams are kept by the bureau)',
      ),
    );
}

function checkNotFuture(
  day: string | null | undefined,
  field: string,
  ctx: RequestScope,
  errors: UserError[],
) {
  if (day && compareDates(day, ctx.today) > 0)
    errors.push(userError(field, UserErrorCode.IN_FUTURE, '日期不能晚于今天 (not after today)'));
}

const text = (value: string | null | undefined) => value?.trim() || null;

interface TeamState {
  name: string;
  level: TeamLevel;
  township: string | null;
  village: string | null;
}

/** A township team names its township, a village team its township and village. */
function checkArea(team: TeamState, errors: UserError[]) {
  if (team.level !== TeamLevel.COUNTY && !team.township)
    errors.push(
      userError('township', UserErrorCode.REQUIRED, '请填写所在乡镇 (the township is required)'),
    );
  if (team.level === TeamLevel.VILLAGE && !team.village)
    errors.push(
      userError('village', UserErrorCode.REQUIRED, '请填写所在村 (the village is required)'),
    );
}

const DUPLICATE_TEAM = {
  volunteer_team_name_key: userError(
    'name',
    UserErrorCode.DUPLICATE,
    '已有同名的志愿服务队 (a team of that name exists)',
  ),
};

async function writeCategories(tx: Transaction, teamKey: number, categories: string[]) {
  await tx.run(sql`DELETE FROM volunteer_team_category WHERE team_id = ${teamKey}`);
  await tx.run(sql`
    INSERT INTO volunteer_team_category (team_id, category)
    SELECT ${teamKey}, c FROM unnest(${[...new Set(categories)]}::text[]) c`);
}

export async function createVolunteerTeam(
  ctx: RequestScope,
  input: CreateVolunteerTeamInput,
): Promise<MutationOutcome<VolunteerTeam>> {
  const errors = await validateInput(input);
  requireCounty(ctx, errors);
  const state: TeamState = {
    name: input.name.trim(),
    level: input.level,
    township: input.level === TeamLevel.COUNTY ? null : text(input.township),
    village: input.level === TeamLevel.VILLAGE ? text(input.village) : null,
  };
  checkArea(state, errors);
  checkNotFuture(input.foundedOn, 'foundedOn', ctx, errors);
  if (errors.length) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'createVolunteerTeam',
    async (tx) => {
      const county = await countyToWrite(tx, ctx.reach, input.bureauId, errors);
      refuseIf(errors);
      const [row] = await tx.run(sql`
        WITH t AS (${insertRow(VolunteerTeamEntity, {
          ...state,
          bureauId: county!.key,
          leader: text(input.leader),
          foundedOn: input.foundedOn ?? null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })} RETURNING *) SELECT ${TEAM_COLUMNS} FROM t`);
      const team = toTeam(row);
      await writeCategories(tx, team.key, input.categories);
      return {
        record: team,
        change: {
          type: 'VolunteerTeam',
          key: team.key,
          after: { ...team, categories: input.categories },
        },
      };
    },
    DUPLICATE_TEAM,
  );
}

export async function updateVolunteerTeam(
  ctx: RequestScope,
  input: UpdateVolunteerTeamInput,
  keys: { team: InputKey },
): Promise<MutationOutcome<VolunteerTeam>> {
  const errors = await validateInput(input);
  requireCounty(ctx, errors);
  const teamKey = inputKey(keys.team, 'teamId', errors);
  checkNotFuture(input.foundedOn, 'foundedOn', ctx, errors);
  if (refusedOutright(errors) || teamKey === null) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'updateVolunteerTeam',
    async (tx) => {
      const [locked] = await tx.run(
        sql`SELECT ${TEAM_COLUMNS} FROM volunteer_team t WHERE t.id = ${teamKey} FOR UPDATE`,
      );
      if (!locked) refuseIf([notFound('teamId', '志愿服务队', 'volunteer team')]);
      const before = toTeam(locked);
      checkVersion(input.expectedVersion, before.version, errors);
      const level = input.level ?? before.level;
      const kept = (value: string | null | undefined, was: string | null) =>
        value === undefined || value === null ? was : text(value);
      const state: TeamState = {
        name: input.name?.trim() || before.name,
        level,
        township: level === TeamLevel.COUNTY ? null : kept(input.township, before.township),
        village: level === TeamLevel.VILLAGE ? kept(input.village, before.village) : null,
      };
      checkArea(state, errors);
      refuseIf(errors);
      const [row] = await tx.run(sql`
        UPDATE volunteer_team t SET ${assignments(VolunteerTeamEntity, {
          ...state,
          leader: kept(input.leader, before.leader),
          foundedOn: input.foundedOn ?? before.foundedOn,
          updatedAt: ctx.now,
        })}, version = t.version + 1
        WHERE t.id = ${teamKey} RETURNING ${TEAM_COLUMNS}`);
      if (input.categories) await writeCategories(tx, teamKey, input.categories);
      const after = toTeam(row);
      return {
        record: after,
        change: { type: 'VolunteerTeam', key: teamKey, before, after },
        details: input.categories ? { categories: input.categories } : undefined,
      };
    },
    DUPLICATE_TEAM,
  );
}

/** Records a volunteer: a member of the roster, or a person not on it. */
export async function createVolunteer(
  ctx: RequestScope,
  input: CreateVolunteerInput,
  keys: { member: InputKey | null },
): Promise<MutationOutcome<Volunteer>> {
  const errors = await validateInput(input);
  const memberKey = keys.member === null ? null : inputKey(keys.member, 'memberId', errors);
  const name = text(input.name);
  const idCard = input.idCardNumber ? normalizeIdCard(input.idCardNumber) : null;
  if (keys.member !== null) {
    for (const field of ['name', 'idCardNumber', 'phone', 'village'] as const)
      if (text(input[field]))
        errors.push(
          userError(
            field,
            UserErrorCode.INVALID,
            '花名册人员的信息以花名册为准，不另填 (a member’s details are the roster’s)',
          ),
        );
  } else {
    // People not on the roster are the county's records.
    requireCounty(ctx, errors);
    if (!name)
      errors.push(userError('name', UserErrorCode.REQUIRED, '请填写姓名 (name is required)'));
    const problem = idCard ? idCardProblem(idCard) : null;
    if (problem)
      errors.push(
        userError(
          'idCardNumber',
          problem === 'CHECK_DIGIT'
            ? UserErrorCode.ID_CARD_CHECK_DIGIT
            : UserErrorCode.INVALID_ID_CARD,
          ID_CARD_MESSAGES[problem],
        ),
      );
  }
  if (refusedOutright(errors)) return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'createVolunteer',
    async (tx) => {
      let bureauKey: number | null = null;
      if (memberKey !== null) {
        const [member] = await tx.run(sql`
          SELECT b.bureau_id AS "bureauKey" FROM member m JOIN branch b ON b.id = m.branch_id
          WHERE m.id = ${memberKey} AND ${ctx.reach.member('m')}`);
        if (!member) errors.push(notFound('memberId', '人员', 'member'));
        else bureauKey = Number(member.bureauKey);
      } else {
        bureauKey = (await countyToWrite(tx, ctx.reach, input.bureauId, errors))?.key ?? null;
      }
      if (memberKey === null && idCard && !errors.some((e) => e.field[0] === 'idCardNumber')) {
        const [onRoster] = await tx.run(
          sql`SELECT 1 FROM member m WHERE m.id_card_number = ${idCard}`,
        );
        if (onRoster)
          errors.push(
            userError(
              'idCardNumber',
              UserErrorCode.DUPLICATE,
              '此人已在花名册中，请按花名册人员登记 (this person is on the roster: record them as a member)',
            ),
          );
      }
      refuseIf(errors);
      const [row] = await tx.run(sql`
        WITH v AS (${insertRow(VolunteerEntity, {
          bureauId: bureauKey!,
          memberId: memberKey,
          name: memberKey === null ? name : null,
          idCardNumber: memberKey === null ? idCard : null,
          phone: memberKey === null ? text(input.phone) : null,
          village: memberKey === null ? text(input.village) : null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })} RETURNING *) SELECT ${VOLUNTEER_COLUMNS} FROM v`);
      const volunteer = toVolunteer(row);
      return {
        record: volunteer,
        change: { type: 'Volunteer', key: volunteer.key, after: volunteer },
      };
    },
    {
      volunteer_member_id_key: userError(
        'memberId',
        UserErrorCode.DUPLICATE,
        '此人已是志愿者 (already a volunteer)',
      ),
      volunteer_id_card_number_key: userError(
        'idCardNumber',
        UserErrorCode.DUPLICATE,
        '已有此身份证号的志愿者 (a volunteer with this ID number exists)',
      ),
    },
  );
}

/** A volunteer joins a team on a day; one current membership per team. */
export async function joinVolunteerTeam(
  ctx: RequestScope,
  input: JoinVolunteerTeamInput,
  keys: { team: InputKey; volunteer: InputKey },
): Promise<MutationOutcome<VolunteerMembership>> {
  const errors: UserError[] = [];
  requireCounty(ctx, errors);
  const teamKey = inputKey(keys.team, 'teamId', errors);
  const volunteerKey = inputKey(keys.volunteer, 'volunteerId', errors);
  checkNotFuture(input.joinedOn, 'joinedOn', ctx, errors);
  if (refusedOutright(errors) || teamKey === null || volunteerKey === null)
    return { record: null, userErrors: errors };
  return inTransaction(
    ctx,
    'joinVolunteerTeam',
    async (tx) => {
      const [team] = await tx.run(sql`SELECT t.id FROM volunteer_team t WHERE t.id = ${teamKey}`);
      if (!team) errors.push(notFound('teamId', '志愿服务队', 'volunteer team'));
      const [volunteer] = await tx.run(
        sql`SELECT v.id FROM volunteer v WHERE v.id = ${volunteerKey}`,
      );
      if (!volunteer) errors.push(notFound('volunteerId', '志愿者', 'volunteer'));
      refuseIf(errors);
      const [row] = await tx.run(sql`
        WITH vm AS (${insertRow(VolunteerMembershipEntity, {
          teamId: teamKey,
          volunteerId: volunteerKey,
          joinedOn: input.joinedOn,
        })} RETURNING *) SELECT ${MEMBERSHIP_COLUMNS} FROM vm`);
      const membership = toMembership(row);
      return {
        record: membership,
        change: { type: 'VolunteerMembership', key: membership.key, after: membership },
      };
    },
    {
      volunteer_membership_current_key: userError(
        'volunteerId',
        UserErrorCode.DUPLICATE,
        '已在该队中 (already a member of the team)',
      ),
    },
  );
}

/** A volunteer leaves a team on a day, on or after joining. */
export async function leaveVolunteerTeam(
  ctx: RequestScope,
  input: LeaveVolunteerTeamInput,
  keys: { membership: InputKey },
): Promise<MutationOutcome<VolunteerMembership>> {
  const errors: UserError[] = [];
  requireCounty(ctx, errors);
  const key = inputKey(keys.membership, 'membershipId', errors);
  checkNotFuture(input.leftOn, 'leftOn', ctx, errors);
  if (refusedOutright(errors) || key === null) return { record: null, userErrors: errors };
  return inTransaction(ctx, 'leaveVolunteerTeam', async (tx) => {
    const [locked] = await tx.run(sql`
      SELECT ${MEMBERSHIP_COLUMNS} FROM volunteer_membership vm WHERE vm.id = ${key} FOR UPDATE`);
    if (!locked) refuseIf([notFound('membershipId', '队员记录', 'membership')]);
    const before = toMembership(locked);
    if (before.leftOn !== null)
      errors.push(
        userError('membershipId', UserErrorCode.INVALID_STATE, '已离队 (already left the team)'),
      );
    else if (compareDates(input.leftOn, before.joinedOn) < 0)
      errors.push(
        userError('leftOn', UserErrorCode.TOO_EARLY, '离队日期不能早于入队日期 (before joining)'),
      );
    refuseIf(errors);
    const [row] = await tx.run(sql`
      UPDATE volunteer_membership vm SET left_on = ${input.leftOn}
      WHERE vm.id = ${key} RETURNING ${MEMBERSHIP_COLUMNS}`);
    const after = toMembership(row);
    return { record: after, change: { type: 'VolunteerMembership', key, before, after } };
  });
}

interface HoursRow {
  volunteerKey: number;
  /** Tenths of an hour, exact. */
  tenths: number;
}

/** The volunteers' hours of the input, checked: each once, more than 0 to 24 in tenths. */
function hoursRows(
  input: RecordVolunteerServiceInput,
  volunteerKeys: InputKey[],
  errors: UserError[],
): HoursRow[] {
  const seen = new Set<number>();
  const rows: HoursRow[] = [];
  input.volunteers.forEach((v, i) => {
    const field = ['volunteers', String(i)];
    const key = inputKey(volunteerKeys[i], [...field, 'volunteerId'], errors);
    const tenths = v.hours * 10;
    if (!(v.hours > 0 && v.hours <= 24) || Math.abs(tenths - Math.round(tenths)) > 1e-9) {
      errors.push(
        userError(
          [...field, 'hours'],
          UserErrorCode.OUT_OF_RANGE,
          '时长须大于 0、不超过 24 小时，精确到 0.1 小时 (more than 0 to 24 hours, in tenths)',
        ),
      );
      return;
    }
    if (key === null) return;
    if (seen.has(key)) {
      errors.push(
        userError(
          [...field, 'volunteerId'],
          UserErrorCode.DUPLICATE,
          '同一志愿者重复出现 (the volunteer is listed twice)',
        ),
      );
      return;
    }
    seen.add(key);
    rows.push({ volunteerKey: key, tenths: Math.round(tenths) });
  });
  return rows;
}

/**
 * Sets the volunteer side of an activity a team organised: its category, couplets, the hours
 * of each volunteer and the donations (each list replaces the one kept), in one transaction.
 */
export async function recordVolunteerService(
  ctx: RequestScope,
  input: RecordVolunteerServiceInput,
  keys: { activity: InputKey; volunteers: InputKey[] },
): Promise<MutationOutcome<Activity>> {
  const errors = await validateInput(input);
  const activityKey = inputKey(keys.activity, 'activityId', errors);
  if (input.volunteers.length > MAX_SERVICE_ROWS || input.donations.length > MAX_SERVICE_ROWS)
    errors.push(
      userError(
        input.volunteers.length > MAX_SERVICE_ROWS ? 'volunteers' : 'donations',
        UserErrorCode.OUT_OF_RANGE,
        `最多 ${MAX_SERVICE_ROWS} 条 (at most ${MAX_SERVICE_ROWS})`,
      ),
    );
  if (input.couplets < 0 || input.couplets > 1_000_000)
    errors.push(
      userError('couplets', UserErrorCode.OUT_OF_RANGE, '须在 0 到 1000000 之间 (0 to 1,000,000)'),
    );
  input.donations.forEach((d, i) => {
    if (d.amountFen <= 0 || d.amountFen > 2_000_000_000)
      errors.push(
        userError(
          ['donations', String(i), 'amountFen'],
          UserErrorCode.OUT_OF_RANGE,
          '捐款金额须大于 0 (an amount above 0)',
        ),
      );
  });
  const hours = hoursRows(input, keys.volunteers, errors);
  if (refusedOutright(errors) || activityKey === null) return { record: null, userErrors: errors };

  return inTransaction(ctx, 'recordVolunteerService', async (tx) => {
    const before = await lockActivity(tx, ctx, activityKey);
    checkVersion(input.expectedVersion, before.version, errors);
    if (before.organiserKind !== OrganiserKind.TEAM)
      errors.push(
        userError(
          'activityId',
          UserErrorCode.INVALID,
          '只有志愿服务队组织的活动记录志愿服务 (only a team’s activity has a volunteer side)',
        ),
      );
    const named = keys.volunteers.filter((k): k is number => typeof k === 'number');
    const found = new Set(
      (await tx.run(sql`SELECT v.id FROM volunteer v WHERE v.id = ANY(${named}::int[])`)).map((r) =>
        Number(r.id),
      ),
    );
    input.volunteers.forEach((_, i) => {
      const key = keys.volunteers[i];
      if (typeof key === 'number' && !found.has(key))
        errors.push(notFound(['volunteers', String(i), 'volunteerId'], '志愿者', 'volunteer'));
    });
    refuseIf(errors);
    await tx.run(sql`
      INSERT INTO volunteer_service (activity_id, category, couplets)
      VALUES (${activityKey}, ${input.category}, ${input.couplets})
      ON CONFLICT (activity_id) DO UPDATE SET category = EXCLUDED.category, couplets = EXCLUDED.couplets`);
    const volunteerKeys = hours.map((h) => h.volunteerKey);
    await tx.run(sql`DELETE FROM volunteer_hours WHERE activity_id = ${activityKey}`);
    await tx.run(sql`
      INSERT INTO volunteer_hours (activity_id, volunteer_id, hours)
      SELECT ${activityKey}, h.volunteer_id, h.tenths::numeric / 10
      FROM unnest(${volunteerKeys}::int[], ${hours.map((h) => h.tenths)}::int[]) AS h(volunteer_id, tenths)`);
    await tx.run(sql`DELETE FROM volunteer_donation WHERE activity_id = ${activityKey}`);
    await tx.run(sql`
      INSERT INTO volunteer_donation (activity_id, donor, amount_fen)
      SELECT ${activityKey}, d.donor, d.amount_fen
      FROM unnest(${input.donations.map((d) => d.donor.trim())}::text[], ${input.donations.map((d) => d.amountFen)}::int[])
        WITH ORDINALITY AS d(donor, amount_fen, n) ORDER BY d.n`);
    const [row] = await tx.run(sql`
      UPDATE activity a SET version = a.version + 1, updated_at = ${ctx.now}
      WHERE a.id = ${activityKey} RETURNING ${ACTIVITY_COLUMNS}`);
    return {
      record: toActivity(row),
      change: { type: 'Activity', key: activityKey },
      details: {
        volunteerService: {
          category: input.category,
          couplets: input.couplets,
          volunteers: hours.length,
          hours: hours.reduce((sum, h) => sum + h.tenths, 0) / 10,
          donations: input.donations.length,
          donationsFen: input.donations.reduce((sum, d) => sum + d.amountFen, 0),
        },
      },
    };
  });
}
