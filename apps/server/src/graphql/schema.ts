import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { BranchResolver } from '../modules/branch/branch.resolver';
import { BranchMembershipResolver, MemberResolver } from '../modules/member/member.resolver';
import { NodeResolver } from './node.resolver';

export const resolvers = [
  NodeResolver,
  BranchResolver,
  MemberResolver,
  BranchMembershipResolver,
] as const;

/** Input rules run inside mutations and come back as userErrors, so type-graphql does not validate. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

export const SCHEMA_BANNER =
  '# Generated from the server by `pnpm --filter @wanxia/server emit-schema`: do not edit.\n' +
  '# The public contract of the Wanxia API; a test fails when it drifts from the server.\n\n';

export function printContract(schema: GraphQLSchema): string {
  return SCHEMA_BANNER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
