import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { badInput } from './errors';
import { decodeGlobalId } from './global-id';
import { Node } from './node';

const MAX_NODES = 100;

async function loadNode(ctx: Context, id: string): Promise<Node | null> {
  const decoded = decodeGlobalId(id);
  if (!decoded) return null;
  switch (decoded.type) {
    case 'Branch':
      return ctx.loaders.branch.load(decoded.key);
    case 'Member':
      return ctx.loaders.member.load(decoded.key);
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any record by its global id; null if there is none.',
  })
  node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return loadNode(ctx, id);
  }

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
