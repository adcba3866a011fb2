import { ApiTokenEntity } from '../modules/api-token/api-token.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity';
import { BranchEntity } from '../modules/branch/branch.entity';
import { BureauEntity } from '../modules/bureau/bureau.entity';
import { BudgetEntity } from '../modules/funding/budget.entity';
import { DisbursementEntity } from '../modules/funding/disbursement.entity';
import {
  BureauFundingSettingEntity,
  FundingSettingEntity,
} from '../modules/funding/funding-setting.entity';
import { BranchMembershipEntity } from '../modules/member/branch-membership.entity';
import { MemberSettingEntity } from '../modules/member/member-setting.entity';
import { MemberEntity } from '../modules/member/member.entity';
import { ReportSnapshotEntity } from '../modules/report/report-snapshot.entity';
import { UserSessionEntity } from '../modules/user/user-session.entity';
import { UserEntity } from '../modules/user/user.entity';
import { LifeEventEntity } from '../modules/visit/life-event.entity';
import {
  BureauVisitSettingEntity,
  VisitSettingEntity,
} from '../modules/visit/visit-setting.entity';
import { VisitTaskEntity } from '../modules/visit/visit-task.entity';
import { VisitEntity } from '../modules/visit/visit.entity';
import { CampaignBatchEntity } from '../modules/campaign/campaign-batch.entity';
import { CampaignEntryEntity } from '../modules/campaign/campaign-entry.entity';
import { CampaignEntity } from '../modules/campaign/campaign.entity';
import { WorkGroupEntity } from '../modules/campaign/work-group.entity';
import { RateBudgetEntity } from '../kernel/rate-budget.entity';
import { ActivityEntity } from '../modules/activity/activity.entity';
import { ActivityKindEntity } from '../modules/activity/activity-kind.entity';
import { ActivityParticipantEntity } from '../modules/activity/activity-participant.entity';
import { ActivityAttachmentEntity } from '../modules/activity/activity-attachment.entity';
import { AttachmentUploadEntity } from '../modules/activity/attachment-upload.entity';
import { MemberExportEntity } from '../modules/excel/member-export.entity';
import {
  BranchPartyLifeSettingEntity,
  PartyLifeSettingEntity,
} from '../modules/activity/party-life-setting.entity';
import { CommitteeTermEntity } from '../modules/party-org/committee-term.entity';
import { CommitteeSeatEntity } from '../modules/party-org/committee-seat.entity';
import { BranchAssessmentEntity } from '../modules/party-org/branch-assessment.entity';
import { RepresentativeRoleEntity } from '../modules/party-org/representative-role.entity';
import { MedalAwardEntity } from '../modules/party-org/medal-award.entity';
import { WorkEntity } from '../modules/education/work.entity';
import { WorkAuthorEntity } from '../modules/education/work-author.entity';
import { LearningPointsEntity } from '../modules/education/learning-points.entity';
import {
  LectureEntity,
  LectureOrderEntity,
  LectureRatingEntity,
} from '../modules/education/lecture.entity';
import {
  VolunteerTeamCategoryEntity,
  VolunteerTeamEntity,
} from '../modules/volunteer/volunteer-team.entity';
import { VolunteerEntity, VolunteerMembershipEntity } from '../modules/volunteer/volunteer.entity';
import {
  VolunteerDonationEntity,
  VolunteerHoursEntity,
  VolunteerServiceEntity,
  VolunteerSettingEntity,
} from '../modules/volunteer/volunteer-service.entity';
import {
  EldersStudioEntity,
  EldersStudioYearEntity,
  MemberRoleEntity,
} from '../modules/volunteer/member-role.entity';
import {
  AssociationEntity,
  AssociationMemberEntity,
} from '../modules/association/association.entity';
import { ActivityAwardEntity } from '../modules/association/activity-award.entity';
import { RoomEntity } from '../modules/centre/room.entity';
import { CourseEntity } from '../modules/centre/course.entity';
import { RoomBookingEntity } from '../modules/centre/room-booking.entity';
import { CourseEnrolmentEntity } from '../modules/centre/course-enrolment.entity';
import { CourseAttendanceEntity } from '../modules/centre/course-attendance.entity';
import { SignupWindowEntity } from '../modules/signup/signup-window.entity';
import { ActivitySignupEntity } from '../modules/signup/activity-signup.entity';

/**
 * Every table of the application, one entity each: the one place its columns, types,
 * constraints, indexes and relations are written (the migrations make them; db/entities.spec.ts
 * holds the two to agreement). Not here: TypeORM's own `migrations` table and the job queue's
 * `graphile_worker` schema.
 */
export const entities = [
  BureauEntity,
  BranchEntity,
  MemberEntity,
  BranchMembershipEntity,
  MemberSettingEntity,
  UserEntity,
  UserSessionEntity,
  ApiTokenEntity,
  LoginThrottleEntity,
  AuditEventEntity,
  RateBudgetEntity,
  VisitSettingEntity,
  BureauVisitSettingEntity,
  LifeEventEntity,
  VisitTaskEntity,
  VisitEntity,
  FundingSettingEntity,
  BureauFundingSettingEntity,
  BudgetEntity,
  DisbursementEntity,
  ReportSnapshotEntity,
  CampaignEntity,
  WorkGroupEntity,
  CampaignEntryEntity,
  CampaignBatchEntity,
  ActivityEntity,
  ActivityKindEntity,
  ActivityParticipantEntity,
  ActivityAttachmentEntity,
  AttachmentUploadEntity,
  MemberExportEntity,
  PartyLifeSettingEntity,
  BranchPartyLifeSettingEntity,
  CommitteeTermEntity,
  CommitteeSeatEntity,
  BranchAssessmentEntity,
  RepresentativeRoleEntity,
  MedalAwardEntity,
  WorkEntity,
  WorkAuthorEntity,
  LearningPointsEntity,
  LectureEntity,
  LectureOrderEntity,
  LectureRatingEntity,
  VolunteerTeamEntity,
  VolunteerTeamCategoryEntity,
  VolunteerEntity,
  VolunteerMembershipEntity,
  VolunteerServiceEntity,
  VolunteerHoursEntity,
  VolunteerDonationEntity,
  VolunteerSettingEntity,
  EldersStudioEntity,
  EldersStudioYearEntity,
  MemberRoleEntity,
  AssociationEntity,
  AssociationMemberEntity,
  ActivityAwardEntity,
  RoomEntity,
  CourseEntity,
  RoomBookingEntity,
  CourseEnrolmentEntity,
  CourseAttendanceEntity,
  SignupWindowEntity,
  ActivitySignupEntity,
];
