import { badInput } from './errors';

/** Record types that have global ids; the names are the GraphQL type names. */
export type NodeType =
  | 'Bureau'
  | 'Branch'
  | 'Member'
  | 'User'
  | 'ApiToken'
  | 'AuditEvent'
  | 'VisitTask'
  | 'LifeEvent'
  | 'Visit'
  | 'Budget'
  | 'Disbursement'
  | 'Campaign'
  | 'WorkGroup'
  | 'CampaignEntry'
  | 'Activity'
  | 'ActivityAttachment'
  | 'AttachmentUpload'
  | 'MemberExport'
  | 'CommitteeTerm'
  | 'BranchAssessment'
  | 'RepresentativeRole'
  | 'MedalAward'
  | 'Work'
  | 'Lecture'
  | 'LectureOrder'
  | 'VolunteerTeam'
  | 'Volunteer'
  | 'VolunteerMembership'
  | 'MemberRole'
  | 'EldersStudio'
  | 'Association'
  | 'AssociationMembership'
  | 'Room'
  | 'RoomBooking'
  | 'Course'
  | 'CourseEnrolment';
export const nodeTypes: readonly NodeType[] = [
  'Bureau',
  'Branch',
  'Member',
  'User',
  'ApiToken',
  'AuditEvent',
  'VisitTask',
  'LifeEvent',
  'Visit',
  'Budget',
  'Disbursement',
  'Campaign',
  'WorkGroup',
  'CampaignEntry',
  'Activity',
  'ActivityAttachment',
  'AttachmentUpload',
  'MemberExport',
  'CommitteeTerm',
  'BranchAssessment',
  'RepresentativeRole',
  'MedalAward',
  'Work',
  'Lecture',
  'LectureOrder',
  'VolunteerTeam',
  'Volunteer',
  'VolunteerMembership',
  'MemberRole',
  'EldersStudio',
  'Association',
  'AssociationMembership',
  'Room',
  'RoomBooking',
  'Course',
  'CourseEnrolment',
];

/**
 * Opaque id: base64url of `Type:key`, unpadded. Clients must not parse it, but they keep it:
 * graphql-relay's `toGlobalId` writes padded standard base64 (`TWVtYmVyOjE=` where ours is
 * `TWVtYmVyOjE`) and its `fromGlobalId` reads only about one id in five of ours.
 */
export function toGlobalId(type: NodeType, key: number): string {
  return Buffer.from(`${type}:${key}`).toString('base64url');
}

export interface DecodedId {
  type: NodeType;
  key: number;
}

/** Decodes a global id; null when it is not one of ours. */
export function decodeGlobalId(id: string): DecodedId | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const m = /^([A-Za-z]+):([1-9]\d{0,15})$/.exec(Buffer.from(id, 'base64url').toString('utf8'));
  if (!m || !nodeTypes.includes(m[1] as NodeType)) return null;
  const key = Number(m[2]);
  return Number.isSafeInteger(key) && key <= 2147483647 ? { type: m[1] as NodeType, key } : null;
}

/** The key of an id that must be of `type`; null when it is malformed or of another type. */
export function keyOf(id: string, type: NodeType): number | null {
  const decoded = decodeGlobalId(id);
  return decoded?.type === type ? decoded.key : null;
}

/** For query arguments: a malformed or wrong-type id is a BAD_USER_INPUT error. */
export function requireKey(id: string, type: NodeType, argument: string): number {
  const key = keyOf(id, type);
  if (key === null) throw badInput(`${argument} is not a valid ${type} id`, { argument });
  return key;
}
