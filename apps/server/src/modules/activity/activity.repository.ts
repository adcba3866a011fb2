import type { Queryable, Row } from '../../kernel/db/database';
import { Projection, toNode } from '../../kernel/db/projection';
import { raw, sql, where, type Sql } from '../../kernel/db/sql';
import { OrderDirection, paginate, type PageArgs } from '../../kernel/connection';
import type { Reach, Scope } from '../../kernel/access/reach';
import { subtreeBranchIds } from '../../kernel/access/subtree';
import { ActivityEntity } from './activity.entity';
import { ActivityAttachmentEntity } from './activity-attachment.entity';
import { ActivityParticipantEntity } from './activity-participant.entity';
import type { ActivityKind, OrganiserKind } from './activity-kinds';
import { Activity, ActivityAttachment, ActivityParticipant } from './activity.types';

export const ACTIVITY_PROJECTION = Projection.of(ActivityEntity, {}, {});
export const ACTIVITY_COLUMNS = ACTIVITY_PROJECTION.select('a', ACTIVITY_PROJECTION.properties());
const ATTACHMENT_PROJECTION = Projection.of(ActivityAttachmentEntity, {}, {});
export const ATTACHMENT_COLUMNS = ATTACHMENT_PROJECTION.select(
  'f',
  ATTACHMENT_PROJECTION.properties(),
);
const PARTICIPANT_PROJECTION = Projection.of(ActivityParticipantEntity, {}, {});
const PARTICIPANT_COLUMNS = PARTICIPANT_PROJECTION.select('p', PARTICIPANT_PROJECTION.properties());

export const toActivity = (row: Row) => toNode(Activity, 'Activity', row);
export const toAttachment = (row: Row) => toNode(ActivityAttachment, 'ActivityAttachment', row);

/**
 * The activities a caller reaches, as a condition on `alias`: the whole county reaches them
 * all; a caller limited to a branch reaches those its branches organised (the bureau's are the
 * county's).
 */
export function activityInReach(alias: string, reach: Reach): Sql {
  if (reach.wholeBureau) return reach.bureau(alias);
  const a = raw(alias);
  return sql`(${a}.organiser_kind = 'BRANCH' AND ${a}.organiser_branch_id IN ${subtreeBranchIds(reach.path!)})`;
}

/** The first instant of a China calendar day, for comparing with `starts_at`. */
export const chinaDayStart = (day: string | Sql) =>
  sql`(${day}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`;

export async function activitiesByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(
    sql`SELECT ${ACTIVITY_COLUMNS} FROM activity a WHERE a.id = ANY(${keys}) AND ${activityInReach('a', reach)}`,
  );
  return rows.map(toActivity);
}

/** The attachments of activities in reach, by id. */
export async function attachmentsByKeys(db: Queryable, reach: Reach, keys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ATTACHMENT_COLUMNS} FROM activity_attachment f JOIN activity a ON a.id = f.activity_id
    WHERE f.id = ANY(${keys}) AND ${activityInReach('a', reach)}`);
  return rows.map(toAttachment);
}

/** Each activity's attachments, oldest first (the activities are in reach already). */
export async function attachmentsOfActivities(db: Queryable, activityKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${ATTACHMENT_COLUMNS} FROM activity_attachment f
    WHERE f.activity_id = ANY(${activityKeys}) ORDER BY f.activity_id, f.id`);
  return rows.map(toAttachment);
}

/** Each activity's participants (the activities are in reach already). */
export async function participantsOfActivities(db: Queryable, activityKeys: readonly number[]) {
  const rows = await db.run(sql`
    SELECT ${PARTICIPANT_COLUMNS} FROM activity_participant p
    JOIN member m ON m.id = p.member_id
    WHERE p.activity_id = ANY(${activityKeys}) ORDER BY p.activity_id, m.name_pinyin, m.id`);
  return rows.map((row) => Object.assign(new ActivityParticipant(), row));
}

/** An activity filter with its branch decoded. */
export interface ActivityCriteria {
  kind?: ActivityKind[] | null;
  organiserKind?: OrganiserKind | null;
  branchKey?: number | null;
  participantKey?: number | null;
  from?: string | null;
  to?: string | null;
  search?: string | null;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function activityConditions(scope: Scope, criteria: ActivityCriteria | null | undefined): Sql[] {
  const conditions = [activityInReach('a', scope.reach)];
  if (!criteria) return conditions;
  if (criteria.kind?.length) conditions.push(sql`a.kind = ANY(${criteria.kind})`);
  if (criteria.organiserKind) conditions.push(sql`a.organiser_kind = ${criteria.organiserKind}`);
  if (criteria.branchKey != null)
    conditions.push(sql`a.organiser_branch_id IN ${subtreeBranchIds(criteria.branchKey)}`);
  if (criteria.participantKey != null)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM activity_participant p WHERE p.activity_id = a.id AND p.member_id = ${criteria.participantKey})`,
    );
  if (criteria.from) conditions.push(sql`a.starts_at >= ${chinaDayStart(criteria.from)}`);
  if (criteria.to)
    conditions.push(sql`a.starts_at < ${chinaDayStart(sql`(${criteria.to}::date + 1)`)}`);
  const search = criteria.search?.trim();
  if (search) conditions.push(sql`a.title ILIKE ${likePattern(search)}`);
  return conditions;
}

/** A page of activities in reach, latest first. */
export function listActivities(
  db: Queryable,
  scope: Scope,
  criteria: ActivityCriteria | null | undefined,
  page: PageArgs,
  options: { countWithPage?: boolean } = {},
) {
  return paginate({
    db,
    select: sql`SELECT ${ACTIVITY_COLUMNS}, a.starts_at::text AS "sortKey" FROM activity a`,
    countFrom: sql`FROM activity a`,
    conditions: activityConditions(scope, criteria),
    sort: { expr: 'a.starts_at', property: 'sortKey', type: 'timestamptz' },
    tiebreaker: { expr: 'a.id', property: 'key', type: 'integer' },
    direction: OrderDirection.DESC,
    args: page,
    map: toActivity,
    countWithPage: options.countWithPage,
  });
}

/**
 * Every activity the list shows (same criteria, reach and order) for a spreadsheet, with the
 * organiser's name and the attendance counted as the API's `attendance` counts it.
 */
export function activityRows(
  scope: Scope,
  criteria: ActivityCriteria | null | undefined,
): { query: Sql; count: Sql } {
  const conditions = activityConditions(scope, criteria);
  return {
    count: sql`SELECT count(*)::int AS count FROM activity a ${where(conditions)}`,
    query: sql`
      SELECT a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.kind, a.title,
        a.organiser_kind AS "organiserKind", coalesce(b.name, t.name, s.name) AS "organiserName",
        a.place, c.participants, c.present, c.absent, c.excused, a.beneficiaries, a.summary
      FROM activity a
      LEFT JOIN branch b ON b.id = a.organiser_branch_id
      LEFT JOIN volunteer_team t ON t.id = a.organiser_team_id
      LEFT JOIN association s ON s.id = a.organiser_association_id
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS participants,
          count(*) FILTER (WHERE p.attendance = 'PRESENT')::int AS present,
          count(*) FILTER (WHERE p.attendance = 'ABSENT')::int AS absent,
          count(*) FILTER (WHERE p.attendance = 'EXCUSED')::int AS excused
        FROM activity_participant p WHERE p.activity_id = a.id
      ) c
      ${where(conditions)}
      ORDER BY a.starts_at DESC, a.id DESC`,
  };
}
