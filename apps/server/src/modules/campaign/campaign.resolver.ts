import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs } from '../../kernel/connection';
import type { Context } from '../../kernel/context';
import { requireKey } from '../../kernel/global-id';
import { decodeInputKey } from '../../kernel/input-keys';
import { can, isCreatedBy } from '../../kernel/access/caller';
import { Permission } from '../../kernel/access/permissions';
import { badInput } from '../../kernel/errors';
import { MoneyScalar } from '../../kernel/scalars';
import { Branch } from '../branch/branch.types';
import { Member } from '../member/member.types';
import { User } from '../user/user.types';
import { Budget, Disbursement } from '../funding/funding.types';
import { Visit, VisitTask } from '../visit/visit.types';
import { listCampaigns, listEntries } from './campaign.repository';
import {
  approveCampaign,
  closeCampaign,
  createCampaign,
  deleteCampaign,
  updateCampaign,
} from './campaign.service';
import {
  createWorkGroup,
  deleteWorkGroup,
  updateWorkGroup,
  type WorkGroupKeys,
} from './work-group.service';
import { assignCampaign } from './assignment';
import { recordCampaignVisits } from './batch';
import {
  ApproveCampaignInput,
  ApproveCampaignPayload,
  AssignCampaignInput,
  AssignCampaignPayload,
  BranchCampaignProgress,
  Campaign,
  CampaignConnection,
  CampaignEntry,
  CampaignEntryConnection,
  CampaignEntryFilter,
  CampaignFilter,
  CampaignProgress,
  CampaignStatus,
  CloseCampaignInput,
  CloseCampaignPayload,
  CreateCampaignInput,
  CreateCampaignPayload,
  CreateWorkGroupInput,
  CreateWorkGroupPayload,
  DeleteCampaignInput,
  DeleteCampaignPayload,
  DeleteWorkGroupInput,
  DeleteWorkGroupPayload,
  RecordCampaignVisitsInput,
  RecordCampaignVisitsPayload,
  UpdateCampaignInput,
  UpdateCampaignPayload,
  UpdateWorkGroupInput,
  UpdateWorkGroupPayload,
  WorkGroup,
  WorkGroupProgress,
} from './campaign.types';

/** The ids of a group's input, decoded for the service; an empty leader id is no account. */
function groupKeys(input: {
  leaderUserId?: string | null;
  visitorUserIds?: string[] | null;
  branchIds?: string[] | null;
}): WorkGroupKeys {
  return {
    leaderUser:
      input.leaderUserId === '' ? 'NONE' : decodeInputKey(input.leaderUserId ?? null, 'User'),
    visitorUsers: input.visitorUserIds?.map((id) => decodeInputKey(id, 'User')) ?? null,
    branches: input.branchIds?.map((id) => decodeInputKey(id, 'Branch')) ?? null,
  };
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized(Permission.VISITS_READ)
  @Query(() => CampaignConnection, { description: 'Campaigns (慰问活动), latest start first.' })
  campaigns(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => CampaignFilter, { nullable: true }) filter?: CampaignFilter,
  ) {
    return listCampaigns(ctx.db, ctx, filter, page);
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => CreateCampaignPayload, { description: 'Plans a campaign (DRAFT).' })
  async createCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
  ): Promise<CreateCampaignPayload> {
    const { record, userErrors } = await createCampaign(ctx, input, {
      branch: decodeInputKey(input.branchId || null, 'Branch'),
      budget: decodeInputKey(input.budgetId, 'Budget'),
    });
    return { campaign: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => UpdateCampaignPayload, { description: 'Changes a draft.' })
  async updateCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
  ): Promise<UpdateCampaignPayload> {
    const { record, userErrors } = await updateCampaign(ctx, input, {
      campaign: decodeInputKey(input.id, 'Campaign'),
      branch: input.branchId === '' ? 'COUNTY' : decodeInputKey(input.branchId ?? null, 'Branch'),
      budget: decodeInputKey(input.budgetId || null, 'Budget'),
    });
    return { campaign: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => DeleteCampaignPayload, {
    description: 'Deletes a draft with its groups and list.',
  })
  async deleteCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteCampaignInput) input: DeleteCampaignInput,
  ): Promise<DeleteCampaignPayload> {
    const { record, userErrors } = await deleteCampaign(ctx, input, {
      campaign: decodeInputKey(input.id, 'Campaign'),
    });
    return { deletedId: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => ApproveCampaignPayload, {
    description:
      'Approves a draft (not one’s own: SELF_APPROVAL) and commits its planned total against the line, or BUDGET_EXCEEDED with the shortfall in params.',
  })
  async approveCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => ApproveCampaignInput) input: ApproveCampaignInput,
  ): Promise<ApproveCampaignPayload> {
    const { record, userErrors } = await approveCampaign(ctx, input, {
      campaign: decodeInputKey(input.id, 'Campaign'),
    });
    return { campaign: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => CloseCampaignPayload, {
    description:
      'Closes an approved campaign; what it holds beyond what it paid goes back to the line.',
  })
  async closeCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseCampaignInput) input: CloseCampaignInput,
  ): Promise<CloseCampaignPayload> {
    const { record, userErrors } = await closeCampaign(ctx, input, {
      campaign: decodeInputKey(input.id, 'Campaign'),
    });
    return { campaign: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => AssignCampaignPayload, {
    description:
      'Makes (or re-makes) the list: the open holiday tasks of the current members in scope, each under the first group covering it, or uncovered. Visited entries stay as they are.',
  })
  async assignCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => AssignCampaignInput) input: AssignCampaignInput,
  ): Promise<AssignCampaignPayload> {
    const { record, userErrors } = await assignCampaign(ctx, {
      campaign: decodeInputKey(input.id, 'Campaign'),
    });
    return {
      campaign: record?.campaign ?? null,
      assignedCount: record?.assignedCount ?? null,
      uncoveredCount: record?.uncoveredCount ?? null,
      userErrors,
    };
  }

  @FieldResolver(() => Branch, {
    nullable: true,
    description: 'The subtree it covers; null: the whole county.',
  })
  branch(@Root() c: Campaign, @Ctx() ctx: Context) {
    return c.branchId == null ? null : ctx.loaders.branch.load(c.branchId);
  }

  @FieldResolver(() => Budget, { description: 'The line it pays from.' })
  budget(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.campaignBudget.load(c.budgetId);
  }

  @FieldResolver(() => Int)
  async plannedMemberCount(@Root() c: Campaign, @Ctx() ctx: Context) {
    return c.status === CampaignStatus.DRAFT
      ? (await ctx.loaders.plannedFigures.load(c)).memberCount
      : c.plannedMemberCount;
  }

  @FieldResolver(() => MoneyScalar)
  async plannedTotalFen(@Root() c: Campaign, @Ctx() ctx: Context) {
    return c.status === CampaignStatus.DRAFT
      ? (await ctx.loaders.plannedFigures.load(c)).totalFen
      : c.plannedTotalFen;
  }

  @FieldResolver(() => Boolean, {
    description:
      'DRAFT, the caller may write funding, and is not its planner (unless the funding settings allow self-approval).',
  })
  async canApprove(@Root() c: Campaign, @Ctx() ctx: Context) {
    if (c.status !== CampaignStatus.DRAFT || !can(ctx.caller, Permission.FUNDING_WRITE))
      return false;
    if (!isCreatedBy(c, ctx.caller)) return true;
    return (await ctx.loaders.fundingSettings.load(c.bureauId)).allowSelfApproval;
  }

  @FieldResolver(() => [WorkGroup], { description: 'In their order.' })
  groups(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.groupsOfCampaign.load(c.key);
  }

  @FieldResolver(() => CampaignProgress)
  progress(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.campaignProgress.load(c.key);
  }
}

@Resolver(() => CampaignEntry)
export class CampaignEntryResolver {
  @Authorized(Permission.VISITS_READ)
  @Query(() => CampaignEntryConnection, {
    description:
      'A campaign’s list in the caller’s reach, in route order: township or place, then address, then name.',
  })
  campaignEntries(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Args() page: PageArgs,
    @Arg('filter', () => CampaignEntryFilter, { nullable: true }) filter?: CampaignEntryFilter,
  ) {
    const campaignKey = requireKey(campaignId, 'Campaign', 'campaignId');
    if (filter?.mine && ctx.caller.kind !== 'USER') {
      throw badInput('filter.mine needs a signed-in person', { argument: 'filter.mine' });
    }
    return listEntries(
      ctx.db,
      ctx,
      campaignKey,
      {
        workGroupKey: filter?.workGroupId
          ? requireKey(filter.workGroupId, 'WorkGroup', 'filter.workGroupId')
          : null,
        uncovered: filter?.uncovered,
        visited: filter?.visited,
        subtreeKey: filter?.branchId
          ? requireKey(filter.branchId, 'Branch', 'filter.branchId')
          : null,
        search: filter?.search,
        ...(filter?.mine && ctx.caller.kind === 'USER' ? { mineOf: ctx.caller.userKey } : {}),
      },
      page,
    );
  }

  @Authorized(Permission.VISITS_WRITE)
  @Mutation(() => RecordCampaignVisitsPayload, {
    description:
      'Records a batch of a campaign’s visits, with their sums, in one transaction: all rows or none (each refused row named). A resent idempotencyKey answers as the first time and writes nothing.',
  })
  async recordCampaignVisits(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordCampaignVisitsInput) input: RecordCampaignVisitsInput,
  ): Promise<RecordCampaignVisitsPayload> {
    const { record, userErrors } = await recordCampaignVisits(ctx, input, {
      campaign: decodeInputKey(input.campaignId, 'Campaign'),
      entries: input.rows.map((r) => decodeInputKey(r.entryId, 'CampaignEntry')),
    });
    return {
      campaign: record?.campaign ?? null,
      entries: record?.entries ?? [],
      visitCount: record?.visitCount ?? 0,
      paidFen: record?.paidFen ?? 0,
      replayed: record?.replayed ?? false,
      userErrors,
    };
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() e: CampaignEntry, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(e.campaignId);
  }

  @FieldResolver(() => WorkGroup, { nullable: true, description: 'Null: no group covers it.' })
  workGroup(@Root() e: CampaignEntry, @Ctx() ctx: Context) {
    return e.workGroupId == null ? null : ctx.loaders.workGroup.load(e.workGroupId);
  }

  @FieldResolver(() => Member)
  member(@Root() e: CampaignEntry, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(e.memberId);
  }

  @FieldResolver(() => VisitTask, { nullable: true, description: 'The task it answers.' })
  task(@Root() e: CampaignEntry, @Ctx() ctx: Context) {
    return e.taskId == null ? null : ctx.loaders.visitTask.load(e.taskId);
  }

  @FieldResolver(() => Visit, { nullable: true })
  visit(@Root() e: CampaignEntry, @Ctx() ctx: Context) {
    return e.visitId == null ? null : ctx.loaders.visit.load(e.visitId);
  }

  @FieldResolver(() => Disbursement, { nullable: true })
  disbursement(@Root() e: CampaignEntry, @Ctx() ctx: Context) {
    return e.disbursementId == null ? null : ctx.loaders.disbursement.load(e.disbursementId);
  }
}

/** A group's figures: its part of the campaign's progress. */
async function groupProgress(g: WorkGroup, ctx: Context) {
  const progress = await ctx.loaders.campaignProgress.load(g.campaignId);
  return progress.byGroup.find((p) => p.workGroupId === g.key);
}

@Resolver(() => WorkGroup)
export class WorkGroupResolver {
  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => CreateWorkGroupPayload)
  async createWorkGroup(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateWorkGroupInput) input: CreateWorkGroupInput,
  ): Promise<CreateWorkGroupPayload> {
    const { record, userErrors } = await createWorkGroup(ctx, input, {
      campaign: decodeInputKey(input.campaignId, 'Campaign'),
      ...groupKeys(input),
    });
    return { workGroup: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => UpdateWorkGroupPayload)
  async updateWorkGroup(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateWorkGroupInput) input: UpdateWorkGroupInput,
  ): Promise<UpdateWorkGroupPayload> {
    const { record, userErrors } = await updateWorkGroup(ctx, input, {
      workGroup: decodeInputKey(input.id, 'WorkGroup'),
      ...groupKeys(input),
    });
    return { workGroup: record, userErrors };
  }

  @Authorized(Permission.FUNDING_WRITE)
  @Mutation(() => DeleteWorkGroupPayload, {
    description: 'Only a group that has recorded nothing; its entries become uncovered.',
  })
  async deleteWorkGroup(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteWorkGroupInput) input: DeleteWorkGroupInput,
  ): Promise<DeleteWorkGroupPayload> {
    const { record, userErrors } = await deleteWorkGroup(ctx, input, {
      workGroup: decodeInputKey(input.id, 'WorkGroup'),
    });
    return { deletedId: record, userErrors };
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() g: WorkGroup, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(g.campaignId);
  }

  @FieldResolver(() => User, { nullable: true })
  leaderUser(@Root() g: WorkGroup, @Ctx() ctx: Context) {
    return g.leaderUserId == null ? null : ctx.loaders.user.load(g.leaderUserId);
  }

  @FieldResolver(() => [User], { description: 'Accounts: the group’s list is on their 我的待办.' })
  async visitorUsers(@Root() g: WorkGroup, @Ctx() ctx: Context) {
    const users = await ctx.loaders.user.loadMany(g.visitorUserIds);
    return users.filter((u): u is User => u != null && !(u instanceof Error));
  }

  @FieldResolver(() => [Branch], { description: 'Coverage: these branches’ subtrees.' })
  async branches(@Root() g: WorkGroup, @Ctx() ctx: Context) {
    const branches = await ctx.loaders.branch.loadMany(g.branchIds);
    return branches.filter((b): b is Branch => b != null && !(b instanceof Error));
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() g: WorkGroup, @Ctx() ctx: Context) {
    return (await groupProgress(g, ctx))?.memberCount ?? 0;
  }

  @FieldResolver(() => Int)
  async visitedCount(@Root() g: WorkGroup, @Ctx() ctx: Context) {
    return (await groupProgress(g, ctx))?.visitedCount ?? 0;
  }

  @FieldResolver(() => MoneyScalar)
  async paidFen(@Root() g: WorkGroup, @Ctx() ctx: Context) {
    return (await groupProgress(g, ctx))?.paidFen ?? 0;
  }
}

@Resolver(() => WorkGroupProgress)
export class WorkGroupProgressResolver {
  @FieldResolver(() => WorkGroup, { nullable: true, description: 'Null: the uncovered entries.' })
  workGroup(@Root() p: WorkGroupProgress, @Ctx() ctx: Context) {
    return p.workGroupId == null ? null : ctx.loaders.workGroup.load(p.workGroupId);
  }
}

@Resolver(() => BranchCampaignProgress)
export class BranchCampaignProgressResolver {
  @FieldResolver(() => Branch)
  branch(@Root() p: BranchCampaignProgress, @Ctx() ctx: Context) {
    return ctx.loaders.branch.load(p.branchId);
  }
}
