import { Roster1764370000000 } from './1764370000000-roster';
import { Security1764370100000 } from './1764370100000-security';
import { RateBudget1764370200000 } from './1764370200000-rate-budget';
import { Visits1764370300000 } from './1764370300000-visits';
import { VisitLists1764370400000 } from './1764370400000-visit-lists';
import { Funding1764370500000 } from './1764370500000-funding';
import { ReportSnapshot1764370600000 } from './1764370600000-report-snapshot';
import { VisitLate1764370700000 } from './1764370700000-visit-late';
import { FullMembership1764370800000 } from './1764370800000-full-membership';
import { DeathCause1764370900000 } from './1764370900000-death-cause';
import { Campaigns1764371000000 } from './1764371000000-campaigns';
import { Activities1764371100000 } from './1764371100000-activities';
import { RosterDates1764371200000 } from './1764371200000-roster-dates';
import { ActivityKinds1764371300000 } from './1764371300000-activity-kinds';
import { PartyOrg1764371400000 } from './1764371400000-party-org';
import { Education1764371500000 } from './1764371500000-education';
import { Volunteers1764371600000 } from './1764371600000-volunteers';
import { CommunityRoles1764371650000 } from './1764371650000-community-roles';
import { Centre1764371700000 } from './1764371700000-centre';
import { ParticipantAttendanceIndex1764371750000 } from './1764371750000-participant-attendance-index';
import { Signup1764371800000 } from './1764371800000-signup';
import { AttachmentUpload1764372000000 } from './1764372000000-attachment-upload';
import { MemberNameChars1764372100000 } from './1764372100000-member-name-chars';
import { VisitCoverageIndex1764372200000 } from './1764372200000-visit-coverage-index';
import { CallerChanges1764372300000 } from './1764372300000-caller-changes';
import { Bureaus1764372400000 } from './1764372400000-bureaus';
import { VisitTaskLifeEventPartial1764372500000 } from './1764372500000-visit-task-life-event-partial';
import { MemberExportJob1764372510000 } from './1764372510000-member-export-job';
import { RateBudgetUnlogged1764372600000 } from './1764372600000-rate-budget-unlogged';
import { CountyCentreLecturesTrail1764372700000 } from './1764372700000-county-centre-lectures-trail';
import { CountySettings1764372710000 } from './1764372710000-county-settings';
import { VisitTaskBranch1764372730000 } from './1764372730000-visit-task-branch';

/** Every migration, oldest first. */
export const migrations = [
  Roster1764370000000,
  Security1764370100000,
  RateBudget1764370200000,
  Visits1764370300000,
  VisitLists1764370400000,
  Funding1764370500000,
  ReportSnapshot1764370600000,
  VisitLate1764370700000,
  FullMembership1764370800000,
  DeathCause1764370900000,
  Campaigns1764371000000,
  Activities1764371100000,
  RosterDates1764371200000,
  ActivityKinds1764371300000,
  PartyOrg1764371400000,
  Education1764371500000,
  Volunteers1764371600000,
  CommunityRoles1764371650000,
  Centre1764371700000,
  ParticipantAttendanceIndex1764371750000,
  Signup1764371800000,
  AttachmentUpload1764372000000,
  MemberNameChars1764372100000,
  VisitCoverageIndex1764372200000,
  CallerChanges1764372300000,
  Bureaus1764372400000,
  VisitTaskLifeEventPartial1764372500000,
  MemberExportJob1764372510000,
  RateBudgetUnlogged1764372600000,
  CountyCentreLecturesTrail1764372700000,
  CountySettings1764372710000,
  VisitTaskBranch1764372730000,
];
