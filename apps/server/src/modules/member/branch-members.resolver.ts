import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { nodeSelection } from '../../kernel/selection';
import type { Context } from '../../kernel/context';
import { PageArgs } from '../../kernel/connection';
import { Branch } from '../branch/branch.types';
import { listMembers, memberObjects } from './member.repository';
import { memberCriteria } from './member.filters';
import { Member, MemberConnection, MemberFilter, MemberOrder } from './member.types';

/** A branch's members: the roster's fields on Branch (the branch module knows no member). */
@Resolver(() => Branch)
export class BranchMembersResolver {
  @FieldResolver(() => MemberConnection, {
    description: 'Members of this branch and every branch below it.',
  })
  members(
    @Root() branch: Branch,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter,
    @Arg('orderBy', () => MemberOrder, { nullable: true }) orderBy?: MemberOrder,
  ) {
    const shape = memberObjects(nodeSelection(info), ctx.reach);
    return listMembers(ctx.db, ctx, memberCriteria(filter), orderBy, page, shape, {
      subtreePath: branch.path,
    });
  }

  @FieldResolver(() => Member, { nullable: true })
  secretary(@Root() branch: Branch, @Ctx() ctx: Context) {
    return branch.secretaryId === null ? null : ctx.loaders.member.load(branch.secretaryId);
  }
}
