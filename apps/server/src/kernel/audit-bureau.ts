import { raw, sql, type Sql } from './db/sql';
import type { NodeType } from './global-id';

/** The bureau a record belongs to, as an SQL expression of its key (NULL when none or gone). */
type RecordBureau = (key: Sql) => Sql;

/** A table whose rows name their bureau. */
const own =
  (table: string): RecordBureau =>
  (key) =>
    sql`(SELECT t.bureau_id FROM ${raw(table)} t WHERE t.id = ${key})`;

/** A table whose rows hang under another record (`column` names it): that record's bureau. */
const under =
  (table: string, column: string, parent: RecordBureau): RecordBureau =>
  (key) =>
    parent(sql`(SELECT t.${raw(column)} FROM ${raw(table)} t WHERE t.id = ${key})`);

/** An account or token: its own bureau, or its branch's county. */
const account =
  (table: string): RecordBureau =>
  (key) =>
    sql`(SELECT coalesce(t.bureau_id, b.bureau_id) FROM ${raw(table)} t
      LEFT JOIN branch b ON b.id = t.branch_id WHERE t.id = ${key})`;

const branch = own('branch');
const member = under('member', 'branch_id', branch);
const campaign = own('campaign');
const activity = own('activity');

/**
 * How each record type finds its bureau, for the audit trail: what the bureaus' accounts read of
 * it follows from it. A type left out (an upload, the trail itself) takes the actor's bureau.
 */
const RECORD_BUREAU: Partial<Record<NodeType, RecordBureau>> = {
  Bureau: (key) => sql`(SELECT u.id FROM bureau u WHERE u.id = ${key})`,
  Branch: branch,
  Member: member,
  User: account('app_user'),
  ApiToken: account('api_token'),
  VisitTask: under('visit_task', 'member_id', member),
  LifeEvent: under('life_event', 'member_id', member),
  Visit: under('visit', 'member_id', member),
  Budget: own('budget'),
  Disbursement: under('disbursement', 'budget_id', own('budget')),
  Campaign: campaign,
  WorkGroup: under('work_group', 'campaign_id', campaign),
  CampaignEntry: under('campaign_entry', 'campaign_id', campaign),
  Activity: activity,
  ActivityAttachment: under('activity_attachment', 'activity_id', activity),
  CommitteeTerm: under('committee_term', 'branch_id', branch),
  BranchAssessment: under('branch_assessment', 'branch_id', branch),
  RepresentativeRole: under('representative_role', 'member_id', member),
  MedalAward: under('medal_award', 'member_id', member),
  // A work is its authors': the first author's county.
  Work: (key) => sql`(SELECT b.bureau_id FROM work_author wa JOIN member m ON m.id = wa.member_id
    JOIN branch b ON b.id = m.branch_id WHERE wa.work_id = ${key} ORDER BY wa.position LIMIT 1)`,
  Lecture: own('lecture'),
  LectureOrder: under('lecture_order', 'branch_id', branch),
  VolunteerTeam: own('volunteer_team'),
  Volunteer: own('volunteer'),
  VolunteerMembership: under('volunteer_membership', 'team_id', own('volunteer_team')),
  MemberRole: under('member_role', 'member_id', member),
  EldersStudio: own('elders_studio'),
  Association: own('association'),
  AssociationMembership: under('association_member', 'association_id', own('association')),
  Room: own('centre_room'),
  RoomBooking: under('room_booking', 'room_id', own('centre_room')),
  Course: own('course'),
  CourseEnrolment: under('course_enrolment', 'course_id', own('course')),
};

/**
 * The bureau an audit entry is about: the record's (looked up after the change, so a new record
 * has one), else the actor's (`actorBureau`; null for a province-wide actor).
 */
export function auditBureau(
  change: { type: NodeType; key: number } | null | undefined,
  actorBureau: number | null,
): Sql {
  const record = change && RECORD_BUREAU[change.type];
  return record
    ? sql`coalesce(${record(sql`${change.key}::bigint`)}, ${actorBureau}::int)`
    : sql`${actorBureau}::int`;
}
