import { getMetadataStorage } from 'type-graphql';
import { createSchema, resolvers } from '../../api/graphql/schema';
import { startTestApp, type TestApp } from '../../test/harness';
import { DEMO_PASSWORD } from '../user/accounts-seed';
import { Permission, TOKEN_SCOPES } from '../../kernel/access/permissions';
import { sql } from '../../kernel/db/sql';
import { toGlobalId } from '../../kernel/global-id';

/** GraphQL names the scope members:read MEMBERS_READ (enum values cannot hold a colon). */
const scopeEnum = (scope: string) =>
  Object.entries(Permission).find(([, value]) => value === scope)![0];

/**
 * The specification of who may call what: for each root field, the permission it needs.
 * ANYONE: also anonymous callers; SIGNED_IN: any person or token; USER: a signed-in person.
 */
const ACCESS: Record<string, 'ANYONE' | 'SIGNED_IN' | 'USER' | 'USER+admin' | `${Permission}`> = {
  // queries
  viewer: 'SIGNED_IN',
  node: 'SIGNED_IN',
  nodes: 'SIGNED_IN',
  townships: 'SIGNED_IN',
  bureaus: 'members:read',
  branches: 'members:read',
  members: 'members:read',
  users: 'admin',
  apiTokens: 'admin',
  auditEvents: 'admin',
  visitTasks: 'visits:read',
  visits: 'visits:read',
  visitCoverage: 'visits:read',
  visitSettings: 'visits:read',
  holidays: 'visits:read',
  budgets: 'funding:read',
  disbursements: 'funding:read',
  fundingSummary: 'funding:read',
  fundingSettings: 'funding:read',
  countyStats: 'members:read',
  yearReport: 'members:read',
  memberSettings: 'members:read',
  campaigns: 'visits:read',
  campaignEntries: 'visits:read',
  activities: 'members:read',
  branchCompliance: 'members:read',
  partyLifeCompliance: 'members:read',
  partyLifeSettings: 'members:read',
  committeeTerms: 'members:read',
  branchAssessments: 'members:read',
  representatives: 'members:read',
  medalAwards: 'members:read',
  medalCandidates: 'members:read',
  works: 'members:read',
  learningRanking: 'members:read',
  lectures: 'members:read',
  lectureOrders: 'members:read',
  volunteerTeams: 'members:read',
  volunteers: 'members:read',
  volunteerRanking: 'members:read',
  volunteerSettings: 'members:read',
  eldersStudios: 'members:read',
  associations: 'members:read',
  memberExport: 'members:read',
  // mutations
  login: 'ANYONE',
  logout: 'USER',
  changePassword: 'USER',
  updateProfile: 'USER',
  createBranch: 'admin',
  updateBranch: 'members:write',
  moveBranch: 'admin',
  archiveBranch: 'admin',
  createMember: 'members:write',
  updateMember: 'members:write',
  recordDeath: 'members:write',
  transferMember: 'members:write',
  recordTransferOut: 'members:write',
  undoMemberStatus: 'admin',
  createUser: 'admin',
  updateUser: 'admin',
  resetPassword: 'admin',
  createApiToken: 'USER+admin',
  startMemberExport: 'members:read',
  revokeApiToken: 'admin',
  generateVisitTasks: 'admin',
  reportLifeEvent: 'visits:write',
  recordVisit: 'visits:write',
  waiveVisitTask: 'visits:write',
  updateVisitSetting: 'admin',
  createBudget: 'funding:write',
  updateBudget: 'funding:write',
  createDisbursement: 'funding:write',
  approveDisbursement: 'funding:write',
  payDisbursement: 'funding:write',
  voidDisbursement: 'funding:write',
  updateFundingSettings: 'admin',
  freezeCountyStats: 'admin',
  updateMemberSettings: 'admin',
  createCampaign: 'funding:write',
  updateCampaign: 'funding:write',
  deleteCampaign: 'funding:write',
  approveCampaign: 'funding:write',
  closeCampaign: 'funding:write',
  assignCampaign: 'funding:write',
  createWorkGroup: 'funding:write',
  updateWorkGroup: 'funding:write',
  deleteWorkGroup: 'funding:write',
  recordCampaignVisits: 'visits:write',
  createActivity: 'members:write',
  updateActivity: 'members:write',
  deleteActivity: 'members:write',
  recordAttendance: 'members:write',
  deleteAttachment: 'members:write',
  updatePartyLifeSetting: 'members:write',
  recordElection: 'members:write',
  recordBranchAssessment: 'members:write',
  addRepresentativeRole: 'members:write',
  deleteRepresentativeRole: 'members:write',
  issueMedals: 'members:write',
  deleteMedalAward: 'members:write',
  createWork: 'members:write',
  updateWork: 'members:write',
  deleteWork: 'members:write',
  createLecture: 'admin',
  updateLecture: 'admin',
  deleteLecture: 'admin',
  orderLecture: 'members:write',
  scheduleLectureOrder: 'admin',
  holdLectureOrder: 'members:write',
  cancelLectureOrder: 'members:write',
  rateLecture: 'members:write',
  createVolunteerTeam: 'members:write',
  updateVolunteerTeam: 'members:write',
  createVolunteer: 'members:write',
  joinVolunteerTeam: 'members:write',
  leaveVolunteerTeam: 'members:write',
  recordVolunteerService: 'members:write',
  updateVolunteerSettings: 'admin',
  addMemberRole: 'members:write',
  endMemberRole: 'members:write',
  createEldersStudio: 'members:write',
  recordStudioCases: 'members:write',
  createAssociation: 'members:write',
  joinAssociation: 'members:write',
  leaveAssociation: 'members:write',
  recordAwards: 'members:write',
  rooms: 'members:read',
  centreCalendar: 'members:read',
  courses: 'members:read',
  createRoom: 'members:write',
  updateRoom: 'members:write',
  bookRoom: 'members:write',
  cancelBooking: 'members:write',
  createCourse: 'members:write',
  enrolInCourse: 'members:write',
  withdrawFromCourse: 'members:write',
  recordCourseAttendance: 'members:write',
  openSignups: 'members:read',
  signups: 'members:read',
  openSignup: 'members:write',
  closeSignup: 'members:write',
  signUp: 'members:write',
  cancelSignup: 'members:write',
};

const FAKE_MEMBER = 'TWVtYmVyOjk5OTk5OQ'; // Member:999999
const FAKE_BRANCH = 'QnJhbmNoOjk5OTk5OQ'; // Branch:999999
const FAKE_BUDGET = Buffer.from('Budget:999999').toString('base64url');
const FAKE_DISBURSEMENT = Buffer.from('Disbursement:999999').toString('base64url');
const FAKE_CAMPAIGN = Buffer.from('Campaign:999999').toString('base64url');
const FAKE_WORK_GROUP = Buffer.from('WorkGroup:999999').toString('base64url');
const FAKE_ENTRY = Buffer.from('CampaignEntry:999999').toString('base64url');
const FAKE_ACTIVITY = Buffer.from('Activity:999999').toString('base64url');
const FAKE_ATTACHMENT = Buffer.from('ActivityAttachment:999999').toString('base64url');
const FAKE_REPRESENTATIVE_ROLE = Buffer.from('RepresentativeRole:999999').toString('base64url');
const FAKE_AWARD = Buffer.from('MedalAward:999999').toString('base64url');
const FAKE_WORK = Buffer.from('Work:999999').toString('base64url');
const FAKE_LECTURE = Buffer.from('Lecture:999999').toString('base64url');
const FAKE_ORDER = Buffer.from('LectureOrder:999999').toString('base64url');
const FAKE_TEAM = Buffer.from('VolunteerTeam:999999').toString('base64url');
const FAKE_VOLUNTEER = Buffer.from('Volunteer:999999').toString('base64url');
const FAKE_MEMBERSHIP = Buffer.from('VolunteerMembership:999999').toString('base64url');
const FAKE_ROLE = Buffer.from('MemberRole:999999').toString('base64url');
const FAKE_STUDIO = Buffer.from('EldersStudio:999999').toString('base64url');
const FAKE_ASSOCIATION = Buffer.from('Association:999999').toString('base64url');
const FAKE_ASSOCIATION_MEMBERSHIP = Buffer.from('AssociationMembership:999999').toString(
  'base64url',
);
const FAKE_ROOM = Buffer.from('Room:999999').toString('base64url');
const FAKE_BOOKING = Buffer.from('RoomBooking:999999').toString('base64url');
const FAKE_COURSE = Buffer.from('Course:999999').toString('base64url');

/** A valid operation per root field whose input changes nothing (it fails on its data, not its access). */
const OPERATIONS: Record<string, string> = {
  viewer: '{ viewer { kind } }',
  node: `{ node(id: "${FAKE_MEMBER}") { id } }`,
  nodes: `{ nodes(ids: ["${FAKE_MEMBER}"]) { id } }`,
  townships: '{ townships }',
  bureaus: '{ bureaus(first: 1) { totalCount } }',
  branches: '{ branches(first: 1) { totalCount } }',
  members: '{ members(first: 1) { totalCount } }',
  memberExport: '{ memberExport(id: "TWVtYmVyRXhwb3J0Ojk5OTk5OQ") { id } }',
  startMemberExport:
    'mutation { startMemberExport(input: { filter: { search: "无此人" } }) { userErrors { code } } }',
  users: '{ users(first: 1) { totalCount } }',
  apiTokens: '{ apiTokens(first: 1) { totalCount } }',
  auditEvents: '{ auditEvents(first: 1) { totalCount } }',
  visitTasks: '{ visitTasks(first: 1) { totalCount } }',
  visits: '{ visits(first: 1) { totalCount } }',
  visitCoverage: '{ visitCoverage(year: 2026) { total { tasks } } }',
  visitSettings: '{ visitSettings { occasion } }',
  holidays: '{ holidays(from: "2026-01-01", to: "2026-12-31") { date } }',
  budgets: '{ budgets(first: 1) { totalCount } }',
  disbursements: '{ disbursements(first: 1) { totalCount } }',
  fundingSummary: '{ fundingSummary(year: 2026) { total { amountFen } } }',
  fundingSettings: '{ fundingSettings { allowSelfApproval } }',
  countyStats: '{ countyStats(year: 2022) { organisation { branches } } }',
  yearReport: '{ yearReport(year: 2022) { year } }',
  memberSettings: '{ memberSettings { medalCutoff } }',
  login: 'mutation { login(input: { username: "nobody", password: "x" }) { token } }',
  logout: 'mutation { logout { ok } }',
  changePassword:
    'mutation { changePassword(input: { currentPassword: "wrong", newPassword: "short" }) { userErrors { code } } }',
  updateProfile: 'mutation { updateProfile(input: { displayName: " " }) { userErrors { code } } }',
  createBranch:
    'mutation { createBranch(input: { name: "", kind: BRANCH }) { userErrors { code } } }',
  updateBranch: `mutation { updateBranch(input: { id: "${FAKE_BRANCH}" }) { userErrors { code } } }`,
  moveBranch: `mutation { moveBranch(input: { id: "${FAKE_BRANCH}" }) { userErrors { code } } }`,
  archiveBranch: `mutation { archiveBranch(input: { id: "${FAKE_BRANCH}" }) { userErrors { code } } }`,
  createMember: `mutation { createMember(input: { name: "", idCardNumber: "1", branchId: "${FAKE_BRANCH}",
    retirementType: TUIXIU, residenceKind: TOWNSHIP, residencePlace: "东坪镇" }) { userErrors { code } } }`,
  updateMember: `mutation { updateMember(input: { id: "${FAKE_MEMBER}" }) { userErrors { code } } }`,
  recordDeath: `mutation { recordDeath(input: { memberId: "${FAKE_MEMBER}", deathDate: "2020-01-01" }) { userErrors { code } } }`,
  transferMember: `mutation { transferMember(input: { memberId: "${FAKE_MEMBER}", branchId: "${FAKE_BRANCH}" }) { userErrors { code } } }`,
  recordTransferOut: `mutation { recordTransferOut(input: { memberId: "${FAKE_MEMBER}", destination: "长沙" }) { userErrors { code } } }`,
  undoMemberStatus: `mutation { undoMemberStatus(input: { memberId: "${FAKE_MEMBER}" }) { userErrors { code } } }`,
  createUser:
    'mutation { createUser(input: { username: "x", displayName: "x", role: VIEWER, password: "x" }) { userErrors { code } } }',
  updateUser: 'mutation { updateUser(input: { id: "VXNlcjo5OTk5OTk" }) { userErrors { code } } }',
  resetPassword:
    'mutation { resetPassword(input: { id: "VXNlcjo5OTk5OTk", newPassword: "x" }) { userErrors { code } } }',
  createApiToken:
    'mutation { createApiToken(input: { name: "", scopes: [] }) { userErrors { code } } }',
  revokeApiToken:
    'mutation { revokeApiToken(input: { id: "QXBpVG9rZW46OTk5OTk5" }) { userErrors { code } } }',
  generateVisitTasks:
    'mutation { generateVisitTasks(input: { until: "2000-01-01" }) { userErrors { code } } }',
  reportLifeEvent: `mutation { reportLifeEvent(input: { memberId: "${FAKE_MEMBER}", kind: HOSPITALIZED,
    occurredOn: "2020-01-01" }) { userErrors { code } } }`,
  recordVisit: `mutation { recordVisit(input: { memberId: "${FAKE_MEMBER}", occasion: ROUTINE, visitedOn: "2020-01-01",
    visitors: "x" }) { userErrors { code } } }`,
  waiveVisitTask: `mutation { waiveVisitTask(input: { taskId: "VmlzaXRUYXNrOjk5OTk5OQ", reason: "x" }) {
    userErrors { code } } }`,
  updateVisitSetting: `mutation { updateVisitSetting(input: { occasion: ROUTINE, daysBefore: 0, daysAfter: 0 }) {
    userErrors { code } } }`,
  createBudget: `mutation { createBudget(input: { year: 1, category: OTHER, name: "x", amountFen: 1 }) {
    userErrors { code } } }`,
  updateBudget: `mutation { updateBudget(input: { id: "${FAKE_BUDGET}" }) { userErrors { code } } }`,
  createDisbursement: `mutation { createDisbursement(input: { budgetId: "${FAKE_BUDGET}", amountFen: 1, purpose: "x",
    payeeKind: OTHER, payeeName: "x", date: "2026-01-01" }) { userErrors { code } } }`,
  approveDisbursement: `mutation { approveDisbursement(input: { id: "${FAKE_DISBURSEMENT}" }) { userErrors { code } } }`,
  payDisbursement: `mutation { payDisbursement(input: { id: "${FAKE_DISBURSEMENT}" }) { userErrors { code } } }`,
  voidDisbursement: `mutation { voidDisbursement(input: { id: "${FAKE_DISBURSEMENT}", reason: "x" }) {
    userErrors { code } } }`,
  updateFundingSettings: `mutation { updateFundingSettings(input: { expectedVersion: 99 }) { userErrors { code } } }`,
  freezeCountyStats: 'mutation { freezeCountyStats(year: 1950) { userErrors { code } } }',
  updateMemberSettings: `mutation { updateMemberSettings(input: { expectedVersion: 99 }) { userErrors { code } } }`,
  campaigns: '{ campaigns(first: 1) { totalCount } }',
  campaignEntries: `{ campaignEntries(campaignId: "${FAKE_CAMPAIGN}", first: 1) { totalCount } }`,
  createCampaign: `mutation { createCampaign(input: { name: "x", occasion: HOLIDAY, year: 1, startsOn: "2027-01-01",
    endsOn: "2027-02-01", budgetId: "${FAKE_BUDGET}", rules: [] }) { userErrors { code } } }`,
  updateCampaign: `mutation { updateCampaign(input: { id: "${FAKE_CAMPAIGN}" }) { userErrors { code } } }`,
  deleteCampaign: `mutation { deleteCampaign(input: { id: "${FAKE_CAMPAIGN}" }) { userErrors { code } } }`,
  approveCampaign: `mutation { approveCampaign(input: { id: "${FAKE_CAMPAIGN}" }) { userErrors { code } } }`,
  closeCampaign: `mutation { closeCampaign(input: { id: "${FAKE_CAMPAIGN}" }) { userErrors { code } } }`,
  assignCampaign: `mutation { assignCampaign(input: { id: "${FAKE_CAMPAIGN}" }) { userErrors { code } } }`,
  createWorkGroup: `mutation { createWorkGroup(input: { campaignId: "${FAKE_CAMPAIGN}", name: "x", leader: "x" }) {
    userErrors { code } } }`,
  updateWorkGroup: `mutation { updateWorkGroup(input: { id: "${FAKE_WORK_GROUP}" }) { userErrors { code } } }`,
  deleteWorkGroup: `mutation { deleteWorkGroup(input: { id: "${FAKE_WORK_GROUP}" }) { userErrors { code } } }`,
  recordCampaignVisits: `mutation { recordCampaignVisits(input: { campaignId: "${FAKE_CAMPAIGN}",
    idempotencyKey: "00000000-0000-0000-0000-000000000000", visitedOn: "2026-01-01",
    rows: [{ entryId: "${FAKE_ENTRY}" }] }) { userErrors { code } } }`,
  activities: '{ activities(first: 1) { totalCount } }',
  branchCompliance: `{ branchCompliance(branchId: "${FAKE_BRANCH}", year: 2026) { behind } }`,
  partyLifeCompliance: '{ partyLifeCompliance(year: 2026, first: 0) { pageInfo { hasNextPage } } }',
  partyLifeSettings: '{ partyLifeSettings { kind frequency } }',
  committeeTerms: '{ committeeTerms(first: 1) { totalCount } }',
  branchAssessments: '{ branchAssessments(year: 2025, first: 1) { totalCount } }',
  representatives: '{ representatives(first: 1) { totalCount } }',
  medalAwards: '{ medalAwards(first: 1) { totalCount } }',
  medalCandidates: '{ medalCandidates(medal: PARTY_50_YEARS, first: 1) { totalCount } }',
  recordElection: `mutation { recordElection(input: { branchId: "${FAKE_BRANCH}", electedOn: "2026-01-01", seats: [] }) { userErrors { code } } }`,
  recordBranchAssessment: `mutation { recordBranchAssessment(input: { branchId: "${FAKE_BRANCH}", year: 2025, rating: GOOD }) { userErrors { code } } }`,
  addRepresentativeRole: `mutation { addRepresentativeRole(input: { memberId: "${FAKE_MEMBER}", kind: CPPCC, level: COUNTY, termFrom: "2026-01-01" }) { userErrors { code } } }`,
  deleteRepresentativeRole: `mutation { deleteRepresentativeRole(input: { representativeRoleId: "${FAKE_REPRESENTATIVE_ROLE}" }) { userErrors { code } } }`,
  issueMedals: `mutation { issueMedals(input: { medal: PARTY_50_YEARS, memberIds: [], issuedOn: "2026-01-01", issuedBy: "x" }) { userErrors { code } } }`,
  deleteMedalAward: `mutation { deleteMedalAward(input: { medalAwardId: "${FAKE_AWARD}" }) { userErrors { code } } }`,
  createActivity: `mutation { createActivity(input: { kind: OTHER, title: "", startsAt: "2026-01-01T09:00:00+08:00",
    endsAt: "2026-01-01T10:00:00+08:00", organiser: { kind: BRANCH, branchId: "${FAKE_BRANCH}" } }) { userErrors { code } } }`,
  updateActivity: `mutation { updateActivity(input: { activityId: "${FAKE_ACTIVITY}" }) { userErrors { code } } }`,
  deleteActivity: `mutation { deleteActivity(input: { activityId: "${FAKE_ACTIVITY}" }) { userErrors { code } } }`,
  recordAttendance: `mutation { recordAttendance(input: { activityId: "${FAKE_ACTIVITY}", participants: [] }) { userErrors { code } } }`,
  deleteAttachment: `mutation { deleteAttachment(input: { attachmentId: "${FAKE_ATTACHMENT}" }) { userErrors { code } } }`,
  updatePartyLifeSetting: `mutation { updatePartyLifeSetting(input: { kind: PARTY_LECTURE, frequency: MONTHLY,
    branchId: "${FAKE_BRANCH}" }) { userErrors { code } } }`,
  works: '{ works(first: 1) { totalCount } }',
  learningRanking: '{ learningRanking(year: 2022, first: 1) { totalCount } }',
  createWork: `mutation { createWork(input: { kind: ESSAY, title: "", year: 2022, authorIds: ["${FAKE_MEMBER}"] }) { userErrors { code } } }`,
  updateWork: `mutation { updateWork(input: { workId: "${FAKE_WORK}", kind: ESSAY, title: "x", year: 2022,
    authorIds: ["${FAKE_MEMBER}"] }) { userErrors { code } } }`,
  deleteWork: `mutation { deleteWork(input: { workId: "${FAKE_WORK}" }) { userErrors { code } } }`,
  lectures: '{ lectures(first: 1) { totalCount } }',
  lectureOrders: '{ lectureOrders(first: 1) { totalCount } }',
  createLecture: `mutation { createLecture(input: { topic: "", lecturer: "x", minutes: 60, format: VIDEO }) {
    userErrors { code } } }`,
  updateLecture: `mutation { updateLecture(input: { lectureId: "${FAKE_LECTURE}", topic: "x", lecturer: "x",
    minutes: 60, format: VIDEO, archived: false }) { userErrors { code } } }`,
  deleteLecture: `mutation { deleteLecture(input: { lectureId: "${FAKE_LECTURE}" }) { userErrors { code } } }`,
  orderLecture: `mutation { orderLecture(input: { lectureId: "${FAKE_LECTURE}", branchId: "${FAKE_BRANCH}",
    wishedFrom: "2026-07-01", wishedTo: "2026-07-31" }) { userErrors { code } } }`,
  scheduleLectureOrder: `mutation { scheduleLectureOrder(input: { orderId: "${FAKE_ORDER}",
    startsAt: "2026-07-01T09:00:00+08:00", lecturer: "x" }) { userErrors { code } } }`,
  holdLectureOrder: `mutation { holdLectureOrder(input: { orderId: "${FAKE_ORDER}" }) { userErrors { code } } }`,
  cancelLectureOrder: `mutation { cancelLectureOrder(input: { orderId: "${FAKE_ORDER}", reason: "x" }) {
    userErrors { code } } }`,
  rateLecture: `mutation { rateLecture(input: { orderId: "${FAKE_ORDER}", ratings: [] }) { userErrors { code } } }`,
  volunteerTeams: '{ volunteerTeams(first: 1) { totalCount } }',
  volunteers: '{ volunteers(first: 1) { totalCount } }',
  volunteerRanking: '{ volunteerRanking(year: 2022, first: 1) { totalCount } }',
  volunteerSettings: '{ volunteerSettings { pointsPerHour } }',
  createVolunteerTeam:
    'mutation { createVolunteerTeam(input: { name: "", level: COUNTY }) { userErrors { code } } }',
  updateVolunteerTeam: `mutation { updateVolunteerTeam(input: { teamId: "${FAKE_TEAM}" }) { userErrors { code } } }`,
  createVolunteer: `mutation { createVolunteer(input: { memberId: "${FAKE_MEMBER}" }) { userErrors { code } } }`,
  joinVolunteerTeam: `mutation { joinVolunteerTeam(input: { teamId: "${FAKE_TEAM}", volunteerId: "${FAKE_VOLUNTEER}",
    joinedOn: "2022-01-01" }) { userErrors { code } } }`,
  leaveVolunteerTeam: `mutation { leaveVolunteerTeam(input: { membershipId: "${FAKE_MEMBERSHIP}", leftOn: "2022-01-01" }) {
    userErrors { code } } }`,
  recordVolunteerService: `mutation { recordVolunteerService(input: { activityId: "${FAKE_ACTIVITY}", category: OTHER }) {
    userErrors { code } } }`,
  updateVolunteerSettings:
    'mutation { updateVolunteerSettings(input: { pointsPerHour: 1, expectedVersion: 99 }) { userErrors { code } } }',
  eldersStudios: '{ eldersStudios(first: 1) { totalCount } }',
  addMemberRole: `mutation { addMemberRole(input: { memberId: "${FAKE_MEMBER}", kind: LECTURER, organisation: "x",
    startedOn: "2022-01-01" }) { userErrors { code } } }`,
  endMemberRole: `mutation { endMemberRole(input: { roleId: "${FAKE_ROLE}", endedOn: "2022-01-01" }) { userErrors { code } } }`,
  createEldersStudio:
    'mutation { createEldersStudio(input: { name: "" }) { userErrors { code } } }',
  recordStudioCases: `mutation { recordStudioCases(input: { studioId: "${FAKE_STUDIO}", year: 2022, cases: 1 }) {
    userErrors { code } } }`,
  associations: '{ associations(first: 1) { totalCount } }',
  createAssociation: 'mutation { createAssociation(input: { name: "" }) { userErrors { code } } }',
  joinAssociation: `mutation { joinAssociation(input: { associationId: "${FAKE_ASSOCIATION}", memberId: "${FAKE_MEMBER}",
    joinedOn: "2022-01-01" }) { userErrors { code } } }`,
  leaveAssociation: `mutation { leaveAssociation(input: { membershipId: "${FAKE_ASSOCIATION_MEMBERSHIP}", leftOn: "2022-01-01" }) {
    userErrors { code } } }`,
  recordAwards: `mutation { recordAwards(input: { activityId: "${FAKE_ACTIVITY}", awards: [] }) { userErrors { code } } }`,
  rooms: '{ rooms(first: 1) { totalCount } }',
  centreCalendar: '{ centreCalendar(weekOf: "2026-06-15") { from } }',
  courses: '{ courses(first: 1) { totalCount } }',
  createRoom: `mutation { createRoom(input: { name: "", capacity: 0, areaSqm: 0 }) { userErrors { code } } }`,
  updateRoom: `mutation { updateRoom(input: { roomId: "${FAKE_ROOM}" }) { userErrors { code } } }`,
  bookRoom: `mutation { bookRoom(input: { roomId: "${FAKE_ROOM}", startsAt: "2026-07-01T09:00:00+08:00",
    endsAt: "2026-07-01T10:00:00+08:00", purpose: "x" }) { userErrors { code } } }`,
  cancelBooking: `mutation { cancelBooking(input: { bookingId: "${FAKE_BOOKING}" }) { userErrors { code } } }`,
  createCourse: `mutation { createCourse(input: { name: "x", term: "x", teacher: "x", roomId: "${FAKE_ROOM}",
    schedule: [], termStartsOn: "2026-09-01", termEndsOn: "2026-12-31", capacity: 1, dryRun: true }) {
    userErrors { code } } }`,
  enrolInCourse: `mutation { enrolInCourse(input: { courseId: "${FAKE_COURSE}", memberId: "${FAKE_MEMBER}" }) {
    userErrors { code } } }`,
  withdrawFromCourse: `mutation { withdrawFromCourse(input: { courseId: "${FAKE_COURSE}", memberId: "${FAKE_MEMBER}" }) {
    userErrors { code } } }`,
  recordCourseAttendance: `mutation { recordCourseAttendance(input: { sessionId: "${FAKE_BOOKING}", presentMemberIds: [] }) {
    userErrors { code } } }`,
  openSignups: '{ openSignups(first: 1) { totalCount } }',
  signups: `{ signups(activityId: "${FAKE_ACTIVITY}", first: 1) { totalCount } }`,
  openSignup: `mutation { openSignup(input: { activityId: "${FAKE_ACTIVITY}", capacity: 2,
    closesAt: "2030-01-01T00:00:00+08:00" }) { userErrors { code } } }`,
  closeSignup: `mutation { closeSignup(input: { courseId: "${FAKE_COURSE}" }) { userErrors { code } } }`,
  signUp: `mutation { signUp(input: { activityId: "${FAKE_ACTIVITY}", memberId: "${FAKE_MEMBER}" }) {
    userErrors { code } } }`,
  cancelSignup: `mutation { cancelSignup(input: { courseId: "${FAKE_COURSE}", memberId: "${FAKE_MEMBER}" }) {
    userErrors { code } } }`,
};

interface Subject {
  label: string;
  kind: 'ANONYMOUS' | 'USER' | 'TOKEN';
  permissions: Set<string>;
  token: () => Promise<string | null>;
}

function expectedAllowed(access: string, subject: Subject): boolean {
  if (access === 'ANYONE') return true;
  if (subject.kind === 'ANONYMOUS') return false;
  if (access === 'SIGNED_IN') return true;
  if (access === 'USER') return subject.kind === 'USER';
  if (access === 'USER+admin') return subject.kind === 'USER' && subject.permissions.has('admin');
  return subject.permissions.has(access);
}

describe('access to every root field', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.stop());

  it('every root field declares its access, and the table above covers each of them', async () => {
    const schema = await createSchema();
    const rootFields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ].sort();
    const guarded = new Set(
      getMetadataStorage()
        .authorizedFields.filter((f) => (resolvers as readonly unknown[]).includes(f.target))
        .map((f) => f.fieldName),
    );
    expect(rootFields.filter((f) => !guarded.has(f))).toEqual([]);
    expect(Object.keys(ACCESS).sort()).toEqual(rootFields);
    expect(Object.keys(OPERATIONS).sort()).toEqual(rootFields);
  });

  it('the permission matrix: every root field × roles × tokens with and without each scope', async () => {
    const admin = await t.adminToken();
    const createToken = async (scopes: string[]) => {
      const res = await t.gql(
        'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret userErrors { code } } }',
        { input: { name: `matrix ${scopes.join(' ')}`, scopes: scopes.map(scopeEnum) } },
        { token: admin },
      );
      return res.data!.createApiToken.secret as string;
    };
    const roleSubject = (label: string, username: string, permissions: string[]): Subject => ({
      label,
      kind: 'USER',
      permissions: new Set(permissions),
      // A fresh session per cell: logout must not end the session the next cell uses.
      token: () => t.login(username, DEMO_PASSWORD),
    });
    const subjects: Subject[] = [
      { label: 'anonymous', kind: 'ANONYMOUS', permissions: new Set(), token: async () => null },
      roleSubject('admin', 'admin', [...TOKEN_SCOPES, 'admin']),
      roleSubject('secretary', 'shuji', [
        'members:read',
        'members:write',
        'visits:read',
        'visits:write',
        'funding:read',
        'pii:read',
      ]),
      roleSubject('viewer', 'guest', ['members:read', 'visits:read', 'funding:read']),
    ];
    // Limited to a bureau: the county's admin, and a token of every scope that admin makes (a
    // bureau-scoped caller's access is its role's or scopes', only its reach narrows).
    const [anhua] = await t.db.run(sql`SELECT id FROM bureau WHERE code = '430923'`);
    const countyAdmin = await t.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }',
      {
        input: {
          username: 'anhua-admin',
          displayName: '安化县局',
          role: 'ADMIN',
          password: DEMO_PASSWORD,
          bureauId: toGlobalId('Bureau', Number(anhua.id)),
        },
      },
      { token: admin },
    );
    expect(countyAdmin.data!.createUser.userErrors).toEqual([]);
    subjects.push(roleSubject('county admin', 'anhua-admin', [...TOKEN_SCOPES, 'admin']));
    const countyToken = await t.gql(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
      { input: { name: 'county every scope', scopes: TOKEN_SCOPES.map(scopeEnum) } },
      { token: await t.login('anhua-admin', DEMO_PASSWORD) },
    );
    subjects.push({
      label: 'county token [every scope]',
      kind: 'TOKEN',
      permissions: new Set(TOKEN_SCOPES),
      token: async () => countyToken.data!.createApiToken.secret as string,
    });
    for (const scope of TOKEN_SCOPES) {
      const only = await createToken([scope]);
      const others = TOKEN_SCOPES.filter((s) => s !== scope);
      const allBut = await createToken(others);
      subjects.push({
        label: `token [${scope}]`,
        kind: 'TOKEN',
        permissions: new Set([scope]),
        token: async () => only,
      });
      subjects.push({
        label: `token [all but ${scope}]`,
        kind: 'TOKEN',
        permissions: new Set(others),
        token: async () => allBut,
      });
    }

    const mismatches: string[] = [];
    let cells = 0;
    for (const [field, access] of Object.entries(ACCESS)) {
      for (const subject of subjects) {
        const res = await t.gql(OPERATIONS[field], undefined, { token: await subject.token() });
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const denied = codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN');
        const allowed = expectedAllowed(access, subject);
        const expectedCode = subject.kind === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const answered = res.data != null && field in res.data;
        if (
          allowed ? denied || !answered : !codes.includes(expectedCode) || res.data?.[field] != null
        ) {
          mismatches.push(
            `${field} × ${subject.label}: expected ${allowed ? 'allowed' : expectedCode}, got ${JSON.stringify(res)}`,
          );
        }
        cells++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toBe(Object.keys(ACCESS).length * (6 + 2 * TOKEN_SCOPES.length));
    process.stdout.write(`permission matrix: ${cells} cells asserted\n`);
    // Some 1,300 requests, each signed-in cell signing in afresh (argon2).
  }, 240_000);
});
