import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../kernel/access/permissions';
import type { Context } from '../../kernel/context';
import { PageArgs } from '../../kernel/connection';
import { requireKey } from '../../kernel/global-id';
import { Branch } from '../branch/branch.types';
import { User, Viewer } from '../user/user.types';
import { listBureaus } from './bureau.repository';
import { Bureau, BureauConnection, BureauFilter } from './bureau.types';

@Resolver(() => Bureau)
export class BureauResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Query(() => BureauConnection, {
    description: 'The bureaus in reach (your own and those below it), by division code.',
  })
  bureaus(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => BureauFilter, { nullable: true }) filter?: BureauFilter,
  ) {
    return listBureaus(
      ctx.db,
      ctx.reach,
      {
        parentKey:
          filter?.parentId == null
            ? undefined
            : requireKey(filter.parentId, 'Bureau', 'filter.parentId'),
        level: filter?.level ?? undefined,
      },
      page,
    );
  }

  @FieldResolver(() => Bureau, {
    nullable: true,
    description: 'The bureau above; null for the province, or when it lies above your reach.',
  })
  parent(@Root() bureau: Bureau, @Ctx() ctx: Context) {
    return bureau.parentId === null ? null : ctx.loaders.bureau.load(bureau.parentId);
  }

  @FieldResolver(() => [Bureau], {
    description:
      'The bureaus directly below, by division code (a city’s counties: a dozen at most).',
  })
  children(@Root() bureau: Bureau, @Ctx() ctx: Context) {
    return ctx.loaders.bureauChildren.load(bureau.key);
  }
}

@Resolver(() => Branch)
export class BranchBureauResolver {
  @FieldResolver(() => Bureau, {
    nullable: true,
    description:
      'The county bureau the branch belongs to (null only when it lies outside your reach).',
  })
  bureau(@Root() branch: Branch, @Ctx() ctx: Context) {
    return ctx.loaders.bureau.load(branch.bureauId);
  }
}

@Resolver(() => User)
export class UserBureauResolver {
  @FieldResolver(() => Bureau, {
    nullable: true,
    description:
      'The bureau whose subtree the account sees (a secretary’s: their branch’s county); null for the whole province.',
  })
  async bureau(@Root() user: User, @Ctx() ctx: Context) {
    if (user.branchId === null)
      return user.bureauId === null ? null : ctx.loaders.bureau.load(user.bureauId);
    const branch = await ctx.loaders.branch.load(user.branchId);
    return branch ? ctx.loaders.bureau.load(branch.bureauId) : null;
  }
}

@Resolver(() => Viewer)
export class ViewerBureauResolver {
  @FieldResolver(() => Bureau, {
    nullable: true,
    description:
      'The bureau whose subtree the caller sees (a secretary’s: their branch’s county); null for the whole province.',
  })
  bureau(@Root() viewer: Viewer, @Ctx() ctx: Context) {
    return viewer.scopeBureauKey === null ? null : ctx.loaders.bureau.load(viewer.scopeBureauKey);
  }
}
