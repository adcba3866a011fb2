import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { raw, sql, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach } from '../../kernel/access/reach';
import { maskIdCard, maskPhone } from '../../kernel/access/mask';
import { activityInReach, chinaDayStart } from '../activity/activity.repository';
import { VolunteerTeamEntity } from './volunteer-team.entity';
import { VolunteerEntity, VolunteerMembershipEntity } from './volunteer.entity';
import type { ServiceCategory, TeamLevel } from './volunteer-enums';
import {
  Volunteer,
  VolunteerDonation,
  VolunteerHours,
  VolunteerMembership,
  VolunteerService,
  VolunteerStanding,
  VolunteerTeam,
} from './volunteer.types';

const TEAM_PROJECTION = Projection.of(VolunteerTeamEntity, {}, {});
export const TEAM_COLUMNS = TEAM_PROJECTION.select('t', TEAM_PROJECTION.properties());
const VOLUNTEER_PROJECTION = Projection.of(
  VolunteerEntity,
  { omit: ['createdAt', 'updatedAt'] },
  {},
);
/** A roster member's name is the member's; a light person's their own. */
export const VOLUNTEER_COLUMNS = sql`${VOLUNTEER_PROJECTION.select(
  'v',
  VOLUNTEER_PROJECTION.properties().filter((p) => p !== 'name'),
)},
  coalesce(v.name, (SELECT m.name FROM member m WHERE m.id = v.member_id)) AS name`;
const MEMBERSHIP_PROJECTION = Projection.of(VolunteerMembershipEntity, {}, {});
export const MEMBERSHIP_COLUMNS = MEMBERSHIP_PROJECTION.select(
  'vm',
  MEMBERSHIP_PROJECTION.properties(),
);

export const toTeam = (row: Row) => toNode(VolunteerTeam, 'VolunteerTeam', row);
export const toMembership = (row: Row) => toNode(VolunteerMembership, 'VolunteerMembership', row);

/**
 * A volunteer row as the API shows it: a light person's ID number and phone masked for
 * everyone, as a member's are in the member's fields.
 */
export function toVolunteer(row: Row): Volunteer {
  const volunteer = toNode(Volunteer, 'Volunteer', row);
  volunteer.onRoster = volunteer.memberId !== null;
  volunteer.idCardNumber = volunteer.idCardNumber && maskIdCard(volunteer.idCardNumber);
  volunteer.phone = volunteer.phone && maskPhone(volunteer.phone);
  return volunteer;
}

/**
 * The volunteers a caller reaches, as a condition on `alias`: every one of the counties of the
 * bureau seen whole; for a caller limited to a branch, the members of the roster in reach
 * (people not on the roster are their county's).
 */
export function volunteerInReach(alias: string, reach: Reach): Sql {
  if (reach.wholeBureau) return reach.bureau(alias);
  return sql`${raw(alias)}.member_id IN (SELECT m.id FROM member m WHERE ${reach.member('m')})`;
}

/** `starts_at` within a calendar year (China time), on the activity alias `a`. */
export const startsInYear = (year: number) =>
  sql`a.starts_at >= ${chinaDayStart(`${year}-01-01`)} AND a.starts_at < ${chinaDayStart(`${year + 1}-01-01`)}`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function teamsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${TEAM_COLUMNS} FROM volunteer_team t WHERE t.id = ANY(${keys}) AND ${reach.countyRecords('t')}`,
  );
  return rows.map(toTeam);
}

export async function volunteersByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${VOLUNTEER_COLUMNS} FROM volunteer v
    WHERE v.id = ANY(${keys}) AND ${volunteerInReach('v', reach)}`);
  return rows.map((row) => toVolunteer(row));
}

export async function membershipsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${MEMBERSHIP_COLUMNS} FROM volunteer_membership vm
    WHERE vm.id = ANY(${keys}) AND ${reach.countyRecordOf('vm.team_id', 'volunteer_team')}`);
  return rows.map(toMembership);
}

/** The memberships of each team or each volunteer (`by`), current first, then by joining. */
export async function membershipsOf(
  db: Queryable,
  reach: Reach,
  by: 'team_id' | 'volunteer_id',
  keys: readonly number[],
) {
  const rows = await db.run(sql`
    SELECT ${MEMBERSHIP_COLUMNS} FROM volunteer_membership vm
    JOIN volunteer v ON v.id = vm.volunteer_id
    WHERE vm.${raw(by)} = ANY(${keys}) AND ${reach.countyRecordOf('vm.team_id', 'volunteer_team')} AND ${volunteerInReach('v', reach)}
    ORDER BY vm.${raw(by)}, vm.left_on IS NOT NULL, vm.joined_on, vm.id`);
  return rows.map(toMembership);
}

/** Each team's service categories, in the order of the enum. */
export async function categoriesOfTeams(db: Queryable, keys: readonly number[]) {
  return db.run(sql`
    SELECT c.team_id AS "teamId", c.category FROM volunteer_team_category c
    WHERE c.team_id = ANY(${keys})`);
}

/** The volunteer side of each activity (of activities already in reach). */
export async function servicesOfActivities(db: Queryable, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT s.activity_id AS "activityId", s.category, s.couplets FROM volunteer_service s
    WHERE s.activity_id = ANY(${keys})`);
  return rows.map((row) =>
    Object.assign(new VolunteerService(), {
      activityId: Number(row.activityId),
      category: row.category as ServiceCategory,
      couplets: Number(row.couplets),
    }),
  );
}

/** Each activity's volunteers and their hours, most hours first. */
export async function hoursOfActivities(db: Queryable, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT h.activity_id AS "activityId", h.volunteer_id AS "volunteerId", h.hours
    FROM volunteer_hours h WHERE h.activity_id = ANY(${keys})
    ORDER BY h.activity_id, h.hours DESC, h.volunteer_id`);
  return rows.map((row) =>
    Object.assign(new VolunteerHours(), {
      activityId: Number(row.activityId),
      volunteerId: Number(row.volunteerId),
      hours: Number(row.hours),
    }),
  );
}

/** Each activity's donations, in the order recorded. */
export async function donationsOfActivities(db: Queryable, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT d.activity_id AS "activityId", d.donor, d.amount_fen AS "amountFen"
    FROM volunteer_donation d WHERE d.activity_id = ANY(${keys}) ORDER BY d.activity_id, d.id`);
  return rows.map((row) =>
    Object.assign(new VolunteerDonation(), {
      activityId: Number(row.activityId),
      donor: String(row.donor),
      amountFen: Number(row.amountFen),
    }),
  );
}

/** The points an hour earns (the settings' one row). */
export const POINTS_PER_HOUR = sql`(SELECT s.points_per_hour FROM volunteer_setting s)`;

/**
 * Each volunteer's hours, points and activities in a year, at the activities in reach.
 * Hours are summed in tenths (exact), points are hours × the points per hour.
 */
export async function volunteerYears(
  db: Queryable,
  reach: Reach,
  year: number,
  keys: readonly number[],
) {
  return db.run(sql`
    SELECT h.volunteer_id AS "key", sum(h.hours)::text AS hours,
      (sum(h.hours) * ${POINTS_PER_HOUR})::text AS points, count(*)::int AS activities
    FROM volunteer_hours h JOIN activity a ON a.id = h.activity_id
    WHERE h.volunteer_id = ANY(${keys}) AND ${startsInYear(year)} AND ${activityInReach('a', reach)}
    GROUP BY h.volunteer_id`);
}

/** Each team's activities in a year and the hours given at them. */
export async function teamYears(
  db: Queryable,
  reach: Reach,
  year: number,
  keys: readonly number[],
) {
  return db.run(sql`
    SELECT a.organiser_team_id AS "key", count(*)::int AS activities,
      coalesce(sum(x.hours), 0)::text AS hours,
      (coalesce(sum(x.hours), 0) * ${POINTS_PER_HOUR})::text AS points
    FROM activity a
    LEFT JOIN LATERAL (SELECT sum(h.hours) AS hours FROM volunteer_hours h WHERE h.activity_id = a.id) x ON TRUE
    WHERE a.organiser_team_id = ANY(${keys}) AND ${startsInYear(year)} AND ${activityInReach('a', reach)}
    GROUP BY a.organiser_team_id`);
}

/** A team filter, decoded. */
export interface TeamCriteria {
  level?: TeamLevel | null;
  search?: string | null;
}

/** A page of the teams in reach, by name. */
export function listTeams(
  db: Queryable,
  reach: Reach,
  criteria: TeamCriteria | null | undefined,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const conditions = [reach.countyRecords('t')];
  if (criteria?.level) conditions.push(sql`t.level = ${criteria.level}`);
  const search = criteria?.search?.trim();
  if (search) {
    const like = likePattern(search);
    conditions.push(
      sql`(t.name ILIKE ${like} OR t.township ILIKE ${like} OR t.village ILIKE ${like})`,
    );
  }
  return paginate({
    db,
    select: sql`SELECT ${TEAM_COLUMNS} FROM volunteer_team t`,
    countFrom: sql`FROM volunteer_team t`,
    conditions,
    sort: { expr: 't.name', property: 'name', type: 'text' },
    tiebreaker: { expr: 't.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toTeam,
    countWithPage: options.countWithPage,
  });
}

/** A volunteer filter, decoded. */
export interface VolunteerCriteria {
  teamKey?: number | null;
  onRoster?: boolean | null;
  search?: string | null;
}

/** A page of the volunteers in reach, by name. */
export function listVolunteers(
  db: Queryable,
  reach: Reach,
  criteria: VolunteerCriteria | null | undefined,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  const conditions = [volunteerInReach('v', reach)];
  if (criteria?.teamKey != null)
    conditions.push(sql`EXISTS (SELECT 1 FROM volunteer_membership vm
      WHERE vm.volunteer_id = v.id AND vm.team_id = ${criteria.teamKey} AND vm.left_on IS NULL)`);
  if (criteria?.onRoster != null)
    conditions.push(criteria.onRoster ? sql`v.member_id IS NOT NULL` : sql`v.member_id IS NULL`);
  const search = criteria?.search?.trim();
  if (search) conditions.push(sql`coalesce(v.name, m.name) ILIKE ${likePattern(search)}`);
  return paginate({
    db,
    select: sql`SELECT ${VOLUNTEER_COLUMNS}, coalesce(v.name, m.name) AS "sortName"
      FROM volunteer v LEFT JOIN member m ON m.id = v.member_id`,
    countFrom: sql`FROM volunteer v LEFT JOIN member m ON m.id = v.member_id`,
    conditions,
    sort: { expr: 'coalesce(v.name, m.name)', property: 'sortName', type: 'text' },
    tiebreaker: { expr: 'v.id', property: 'key', type: 'integer' },
    direction: OrderDirection.ASC,
    args: page,
    map: toVolunteer,
    countWithPage: options.countWithPage,
  });
}

/**
 * A year's ranking of the volunteers in reach by hours at the activities in reach, most first:
 * one aggregate over the year's hours, ranked before the page's keyset cuts it.
 */
export function listRanking(db: Queryable, reach: Reach, year: number, page: PageArgs) {
  const ranked = sql`
    SELECT r.*, rank() OVER (ORDER BY r.tenths DESC)::int AS rank FROM (
      SELECT h.volunteer_id, (sum(h.hours) * 10)::int AS tenths, count(*)::int AS activities
      FROM volunteer_hours h
      JOIN activity a ON a.id = h.activity_id
      JOIN volunteer v ON v.id = h.volunteer_id
      WHERE ${startsInYear(year)} AND ${activityInReach('a', reach)} AND ${volunteerInReach('v', reach)}
      GROUP BY h.volunteer_id) r`;
  return paginate({
    db,
    select: sql`SELECT s.volunteer_id AS "volunteerId", s.tenths, s.activities, s.rank,
        (s.tenths * ${POINTS_PER_HOUR})::text AS "pointTenths"
      FROM (${ranked}) s`,
    countFrom: sql`FROM (${ranked}) s`,
    conditions: [],
    sort: { expr: 's.tenths', property: 'tenths', type: 'integer' },
    tiebreaker: { expr: 's.volunteer_id', property: 'volunteerId', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: (row) =>
      Object.assign(new VolunteerStanding(), {
        volunteerId: Number(row.volunteerId),
        year,
        rank: Number(row.rank),
        hours: Number(row.tenths) / 10,
        points: Number(row.pointTenths) / 10,
        activities: Number(row.activities),
      }),
  });
}
