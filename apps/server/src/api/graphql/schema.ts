import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { ApiTokenResolver } from '../../modules/api-token/api-token.resolver';
import { AuditResolver } from '../../modules/audit/audit.resolver';
import { authChecker } from '../../modules/auth/auth-checker';
import { BranchResolver } from '../../modules/branch/branch.resolver';
import {
  BranchBureauResolver,
  BureauResolver,
  UserBureauResolver,
  ViewerBureauResolver,
} from '../../modules/bureau/bureau.resolver';
import { BranchMembershipResolver, MemberResolver } from '../../modules/member/member.resolver';
import { BranchMembersResolver } from '../../modules/member/branch-members.resolver';
import { UserResolver, ViewerResolver } from '../../modules/user/user.resolver';
import {
  BranchCoverageResolver,
  HolidayResolver,
  LifeEventResolver,
  MemberVisitsResolver,
  VisitCoverageResolver,
  VisitResolver,
  VisitSettingResolver,
  VisitTaskResolver,
} from '../../modules/visit/visit.resolver';
import {
  BudgetConnectionResolver,
  BudgetResolver,
  DisbursementConnectionResolver,
  DisbursementResolver,
  FundingSummaryResolver,
  MemberPaymentsResolver,
} from '../../modules/funding/funding.resolver';
import {
  DisbursementVisitResolver,
  VisitPaymentsResolver,
} from '../../modules/visit/visit-payments.resolver';
import {
  BranchCampaignProgressResolver,
  CampaignEntryResolver,
  CampaignResolver,
  WorkGroupProgressResolver,
  WorkGroupResolver,
} from '../../modules/campaign/campaign.resolver';
import {
  ActivityAttachmentResolver,
  ActivityOrganiserResolver,
  ActivityParticipantResolver,
  ActivityResolver,
  PartyLifeComplianceResolver,
  PartyLifeSettingResolver,
} from '../../modules/activity/activity.resolver';
import {
  BranchAssessmentRecordResolver,
  BranchAssessmentResolver,
  BranchCommitteeResolver,
  CommitteeSeatResolver,
  CommitteeTermResolver,
  MedalAwardResolver,
  MemberHonoursResolver,
  RepresentativeRoleResolver,
} from '../../modules/party-org/party-org.resolver';
import {
  ActivityLectureOrderResolver,
  LearningRankResolver,
  LectureOrderResolver,
  LectureResolver,
  MemberEducationResolver,
  WorkResolver,
} from '../../modules/education/education.resolver';
import {
  ActivityOrganiserTeamResolver,
  ActivityVolunteerServiceResolver,
  VolunteerHoursResolver,
  VolunteerMembershipResolver,
  VolunteerResolver,
  VolunteerServiceResolver,
  VolunteerSettingsResolver,
  VolunteerStandingResolver,
  VolunteerTeamResolver,
} from '../../modules/volunteer/volunteer.resolver';
import {
  EldersStudioResolver,
  MemberRoleResolver,
  MemberRolesResolver,
} from '../../modules/volunteer/community-roles.resolver';
import {
  ActivityAwardsResolver,
  ActivityOrganiserAssociationResolver,
  AssociationMembershipResolver,
  AssociationResolver,
  MemberAssociationsResolver,
} from '../../modules/association/association.resolver';
import {
  ActivityRoomResolver,
  CourseAttendanceResolver,
  CourseEnrolmentResolver,
  CourseResolver,
  MemberCoursesResolver,
  RoomBookingResolver,
  RoomResolver,
} from '../../modules/centre/centre.resolver';
import {
  ActivitySignupResolver,
  CourseSignupResolver,
  SignupResolver,
  SignupWindowResolver,
} from '../../modules/signup/signup.resolver';
import { CountyStatsResolver, YearReportResolver } from '../../modules/report/report.resolver';
import { NodeResolver } from './node.resolver';
import { MemberExportResolver } from '../../modules/excel/member-export.resolver';

export const resolvers = [
  NodeResolver,
  BureauResolver,
  BranchBureauResolver,
  UserBureauResolver,
  ViewerBureauResolver,
  BranchResolver,
  MemberResolver,
  BranchMembershipResolver,
  BranchMembersResolver,
  UserResolver,
  ViewerResolver,
  ApiTokenResolver,
  AuditResolver,
  VisitTaskResolver,
  VisitResolver,
  LifeEventResolver,
  MemberVisitsResolver,
  VisitCoverageResolver,
  BranchCoverageResolver,
  VisitSettingResolver,
  HolidayResolver,
  BudgetResolver,
  BudgetConnectionResolver,
  DisbursementResolver,
  DisbursementConnectionResolver,
  FundingSummaryResolver,
  MemberPaymentsResolver,
  VisitPaymentsResolver,
  DisbursementVisitResolver,
  CampaignResolver,
  CampaignEntryResolver,
  WorkGroupResolver,
  WorkGroupProgressResolver,
  BranchCampaignProgressResolver,
  CountyStatsResolver,
  MemberExportResolver,
  ActivityResolver,
  ActivityOrganiserResolver,
  ActivityParticipantResolver,
  ActivityAttachmentResolver,
  PartyLifeComplianceResolver,
  PartyLifeSettingResolver,
  CommitteeTermResolver,
  CommitteeSeatResolver,
  BranchAssessmentResolver,
  BranchAssessmentRecordResolver,
  RepresentativeRoleResolver,
  MedalAwardResolver,
  BranchCommitteeResolver,
  MemberHonoursResolver,
  RoomResolver,
  RoomBookingResolver,
  CourseResolver,
  CourseEnrolmentResolver,
  CourseAttendanceResolver,
  ActivityRoomResolver,
  MemberCoursesResolver,
  SignupWindowResolver,
  SignupResolver,
  ActivitySignupResolver,
  CourseSignupResolver,
  YearReportResolver,
  WorkResolver,
  LearningRankResolver,
  MemberEducationResolver,
  LectureResolver,
  LectureOrderResolver,
  ActivityLectureOrderResolver,
  VolunteerTeamResolver,
  VolunteerResolver,
  VolunteerMembershipResolver,
  VolunteerStandingResolver,
  VolunteerSettingsResolver,
  ActivityVolunteerServiceResolver,
  VolunteerServiceResolver,
  VolunteerHoursResolver,
  ActivityOrganiserTeamResolver,
  MemberRoleResolver,
  MemberRolesResolver,
  EldersStudioResolver,
  AssociationResolver,
  AssociationMembershipResolver,
  ActivityAwardsResolver,
  ActivityOrganiserAssociationResolver,
  MemberAssociationsResolver,
] as const;

/** Input rules run inside mutations and come back as userErrors, so type-graphql does not validate. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker });
}

export const SCHEMA_BANNER =
  '# Generated from the server by `pnpm --filter @wanxia/server emit-schema`: do not edit.\n' +
  '# The public contract of the Wanxia API; a test fails when it drifts from the server.\n\n';

export function printContract(schema: GraphQLSchema): string {
  return SCHEMA_BANNER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
