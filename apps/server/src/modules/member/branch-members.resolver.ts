import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { nodeSelection } from '../../kernel/selection';
import { mayReadPersonalData } from '../../kernel/access/caller';
import type { Context } from '../../kernel/context';
import { PageArgs } from '../../kernel/connection';
import { sql } from '../../kernel/db/sql';
import { Branch } from '../branch/branch.types';
import { listMembers, memberConditions } from './member.repository';
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
    const conditions = [
      sql`m.branch_id IN (SELECT d.id FROM branch d WHERE d.path LIKE ${`${branch.path}%`})`,
      ...memberConditions(filter, ctx.today, mayReadPersonalData(ctx.caller)),
    ];
    return listMembers(ctx.db, ctx.reach, conditions, orderBy, page, nodeSelection(info));
  }

  @FieldResolver(() => Member, { nullable: true })
  secretary(@Root() branch: Branch, @Ctx() ctx: Context) {
    return branch.secretaryId === null ? null : ctx.loaders.member.load(branch.secretaryId);
  }
}
