import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { nodeSelection } from '../../kernel/selection';
import { Permission } from '../../kernel/access/permissions';
import type { Context } from '../../kernel/context';
import { PageArgs, pageWindow } from '../../kernel/connection';
import { PayloadType, toPayload } from '../../kernel/payload';
import { decodeInputKey } from '../../kernel/input-keys';
import { listBranches } from './branch.repository';
import { branchCriteria } from './branch.filters';
import { archiveBranch, createBranch, moveBranch, updateBranch } from './branch.service';
import {
  ArchiveBranchInput,
  Branch,
  BranchConnection,
  BranchFilter,
  BranchOrder,
  CreateBranchInput,
  MoveBranchInput,
  UpdateBranchInput,
} from './branch.types';

const CreateBranchPayload = PayloadType('CreateBranchPayload', Branch, 'branch');
const UpdateBranchPayload = PayloadType('UpdateBranchPayload', Branch, 'branch');
const MoveBranchPayload = PayloadType('MoveBranchPayload', Branch, 'branch');
const ArchiveBranchPayload = PayloadType('ArchiveBranchPayload', Branch, 'branch');

@Resolver(() => Branch)
export class BranchResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => BranchConnection, {
    description: 'Branches and general branches; current ones unless asked.',
  })
  branches(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => BranchFilter, { nullable: true }) filter?: BranchFilter,
    @Arg('orderBy', () => BranchOrder, { nullable: true }) orderBy?: BranchOrder,
  ) {
    return listBranches(
      ctx.db,
      ctx.reach,
      branchCriteria(filter),
      orderBy,
      page,
      nodeSelection(info),
    );
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => CreateBranchPayload)
  async createBranch(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateBranchInput) input: CreateBranchInput,
  ) {
    return toPayload(
      'branch',
      await createBranch(ctx, input, {
        parent: decodeInputKey(input.parentId, 'Branch'),
        secretary: decodeInputKey(input.secretaryId, 'Member'),
      }),
    );
  }

  @Authorized(Permission.MEMBERS_WRITE)
  @Mutation(() => UpdateBranchPayload)
  async updateBranch(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateBranchInput) input: UpdateBranchInput,
  ) {
    return toPayload(
      'branch',
      await updateBranch(ctx, input, {
        branch: decodeInputKey(input.id, 'Branch'),
        // An id left empty is no id.
        secretary: decodeInputKey(input.secretaryId || null, 'Member'),
      }),
    );
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => MoveBranchPayload, {
    description: 'Moves a branch, with everything below it, under another.',
  })
  async moveBranch(
    @Ctx() ctx: Context,
    @Arg('input', () => MoveBranchInput) input: MoveBranchInput,
  ) {
    return toPayload(
      'branch',
      await moveBranch(ctx, input, {
        branch: decodeInputKey(input.id, 'Branch'),
        parent: decodeInputKey(input.parentId, 'Branch'),
      }),
    );
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => ArchiveBranchPayload, {
    description: 'Archives (撤销) a branch that has no members left.',
  })
  async archiveBranch(
    @Ctx() ctx: Context,
    @Arg('input', () => ArchiveBranchInput) input: ArchiveBranchInput,
  ) {
    return toPayload(
      'branch',
      await archiveBranch(ctx, input, { branch: decodeInputKey(input.id, 'Branch') }),
    );
  }

  @FieldResolver(() => Branch, { nullable: true })
  parent(@Root() branch: Branch, @Ctx() ctx: Context) {
    if (branch.preloadedParent !== undefined) return branch.preloadedParent;
    return branch.parentId === null ? null : ctx.loaders.branch.load(branch.parentId);
  }

  @FieldResolver(() => [Branch], { description: 'From the top of the tree down to the parent.' })
  async ancestors(@Root() branch: Branch, @Ctx() ctx: Context) {
    const keys = branch.path.split('/').filter(Boolean).map(Number).slice(0, -1);
    const found = await ctx.loaders.branch.loadMany(keys);
    return found.filter((b): b is Branch => b !== null && !(b instanceof Error));
  }

  @FieldResolver(() => BranchConnection)
  children(
    @Root() branch: Branch,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('orderBy', () => BranchOrder, { nullable: true }) orderBy?: BranchOrder,
  ) {
    const selection = nodeSelection(info);
    // The common case, a tree view's first page under each branch, is batched across parents.
    if (page.after == null && page.before == null && page.last == null && !page.offset) {
      const withMemberCount = selection.has('memberCount');
      return ctx.loaders
        .firstChildPage(orderBy, pageWindow(page).limit, withMemberCount)
        .load(branch.key);
    }
    return listBranches(ctx.db, ctx.reach, { parentKey: branch.key }, orderBy, page, selection);
  }

  @FieldResolver(() => Int, {
    description: 'Current members, including those of every branch below.',
  })
  memberCount(@Root() branch: Branch, @Ctx() ctx: Context) {
    return branch.preloadedMemberCount ?? ctx.loaders.subtreeMemberCount.load(branch.key);
  }
}
