import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { join, sql } from '../../kernel/db/sql';
import { can } from '../../kernel/access/caller';
import { Permission } from '../../kernel/access/permissions';
import { memberColumns, takeMember } from '../../modules/member/member.repository';
import type { Member } from '../../modules/member/member.types';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { decodeGlobalId, type NodeType } from '../../kernel/global-id';
import { Node } from '../../kernel/node';
import { selectionOf, type Selection } from '../../kernel/selection';

const MAX_NODES = 100;

/** What a caller needs to fetch each type by id; without it the record is as good as missing. */
const READ_PERMISSION: Record<NodeType, Permission | null> = {
  Bureau: Permission.MEMBERS_READ,
  Branch: Permission.MEMBERS_READ,
  Member: Permission.MEMBERS_READ,
  User: Permission.ADMIN,
  ApiToken: Permission.ADMIN,
  AuditEvent: null,
  VisitTask: Permission.VISITS_READ,
  LifeEvent: Permission.VISITS_READ,
  Visit: Permission.VISITS_READ,
  Budget: Permission.FUNDING_READ,
  Disbursement: Permission.FUNDING_READ,
  Campaign: Permission.VISITS_READ,
  WorkGroup: Permission.VISITS_READ,
  CampaignEntry: Permission.VISITS_READ,
  Activity: Permission.MEMBERS_READ,
  ActivityAttachment: Permission.MEMBERS_READ,
  // An upload waiting for its activity is only its uploader's, and only through createActivity.
  AttachmentUpload: null,
  // A background export is only its starter's, through memberExport(id).
  MemberExport: null,
  CommitteeTerm: Permission.MEMBERS_READ,
  BranchAssessment: Permission.MEMBERS_READ,
  RepresentativeRole: Permission.MEMBERS_READ,
  MedalAward: Permission.MEMBERS_READ,
  Work: Permission.MEMBERS_READ,
  Lecture: Permission.MEMBERS_READ,
  LectureOrder: Permission.MEMBERS_READ,
  VolunteerTeam: Permission.MEMBERS_READ,
  Volunteer: Permission.MEMBERS_READ,
  VolunteerMembership: Permission.MEMBERS_READ,
  MemberRole: Permission.MEMBERS_READ,
  EldersStudio: Permission.MEMBERS_READ,
  Association: Permission.MEMBERS_READ,
  AssociationMembership: Permission.MEMBERS_READ,
  Room: Permission.MEMBERS_READ,
  RoomBooking: Permission.MEMBERS_READ,
  Course: Permission.MEMBERS_READ,
  CourseEnrolment: Permission.MEMBERS_READ,
};

/**
 * One member with its branch (and the branch's parent) joined in when the query asks for them,
 * in one statement as the member list does; otherwise through the batching loader.
 */
async function loadMember(
  ctx: Context,
  key: number,
  selection?: Selection,
): Promise<Member | null> {
  if (!selection?.has('branch')) return ctx.loaders.member.load(key);
  const { columns, joins } = memberColumns(selection, 'm', '', ctx.reach);
  const [row] = await ctx.db.run(sql`
    SELECT ${join(columns, ', ')} FROM member m ${join(joins, ' ')}
    WHERE m.id = ${key} AND ${ctx.reach.member('m')}`);
  return row ? takeMember(row) : null;
}

/** The record `id` names; `selection` (what is asked of it) only for a single record. */
async function loadNode(ctx: Context, id: string, selection?: Selection): Promise<Node | null> {
  const decoded = decodeGlobalId(id);
  const permission = decoded && READ_PERMISSION[decoded.type];
  if (!decoded || !permission || !can(ctx.caller, permission)) return null;
  switch (decoded.type) {
    case 'Bureau':
      return ctx.loaders.bureau.load(decoded.key);
    case 'Branch':
      return ctx.loaders.branch.load(decoded.key);
    case 'Member':
      return loadMember(ctx, decoded.key, selection);
    case 'User':
      return ctx.loaders.user.load(decoded.key);
    case 'ApiToken':
      return ctx.loaders.apiToken.load(decoded.key);
    case 'VisitTask':
      return ctx.loaders.visitTask.load(decoded.key);
    case 'Visit':
      return ctx.loaders.visit.load(decoded.key);
    case 'LifeEvent':
      return ctx.loaders.lifeEvent.load(decoded.key);
    case 'Budget':
      return ctx.loaders.budget.load(decoded.key);
    case 'Disbursement':
      return ctx.loaders.disbursement.load(decoded.key);
    case 'Campaign':
      return ctx.loaders.campaign.load(decoded.key);
    case 'WorkGroup':
      return ctx.loaders.workGroup.load(decoded.key);
    case 'CampaignEntry':
      return ctx.loaders.campaignEntry.load(decoded.key);
    case 'Activity':
      return ctx.loaders.activity.load(decoded.key);
    case 'ActivityAttachment':
      return ctx.loaders.activityAttachment.load(decoded.key);
    case 'CommitteeTerm':
      return ctx.loaders.committeeTerm.load(decoded.key);
    case 'BranchAssessment':
      return ctx.loaders.branchAssessment.load(decoded.key);
    case 'RepresentativeRole':
      return ctx.loaders.representativeRole.load(decoded.key);
    case 'MedalAward':
      return ctx.loaders.medalAward.load(decoded.key);
    case 'Work':
      return ctx.loaders.work.load(decoded.key);
    case 'Lecture':
      return ctx.loaders.lecture.load(decoded.key);
    case 'LectureOrder':
      return ctx.loaders.lectureOrder.load(decoded.key);
    case 'VolunteerTeam':
      return ctx.loaders.volunteerTeam.load(decoded.key);
    case 'Volunteer':
      return ctx.loaders.volunteer.load(decoded.key);
    case 'VolunteerMembership':
      return ctx.loaders.volunteerMembership.load(decoded.key);
    case 'MemberRole':
      return ctx.loaders.memberRole.load(decoded.key);
    case 'EldersStudio':
      return ctx.loaders.eldersStudio.load(decoded.key);
    case 'Association':
      return ctx.loaders.association.load(decoded.key);
    case 'AssociationMembership':
      return ctx.loaders.associationMembership.load(decoded.key);
    case 'Room':
      return ctx.loaders.room.load(decoded.key);
    case 'RoomBooking':
      return ctx.loaders.roomBooking.load(decoded.key);
    case 'Course':
      return ctx.loaders.course.load(decoded.key);
    case 'CourseEnrolment':
      return ctx.loaders.courseEnrolment.load(decoded.key);
    default:
      return null;
  }
}

@Resolver()
export class NodeResolver {
  @Authorized('SIGNED_IN')
  @Query(() => Node, {
    nullable: true,
    description: 'Any record by its global id; null if there is none or it is out of your reach.',
  })
  node(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string) {
    return loadNode(ctx, id, selectionOf(info));
  }

  @Authorized('SIGNED_IN')
  @Query(() => [Node], {
    nullable: 'items',
    description: `Up to ${MAX_NODES} records, in the order asked.`,
  })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    if (ids.length > MAX_NODES) {
      throw badInput(`ids may hold at most ${MAX_NODES} ids`, {
        argument: 'ids',
        maximum: MAX_NODES,
      });
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
