import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../../kernel/context';
import type { Access } from '../../kernel/access/permissions';
import type { CompiledField, FieldCompiler } from '../../kernel/compiled/compiled-field';
import { responseFields } from '../../kernel/selection';
import { authChecker } from '../../modules/auth/auth-checker';
import { compileMembersPage } from '../../modules/member/member-page.compiled';

/** Root fields with a compiled read, by name. */
const COMPILERS: Readonly<Record<string, FieldCompiler>> = {
  members: compileMembersPage,
};

interface Plan {
  operation: OperationDefinitionNode;
  key: string;
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  access: Access[];
  run: CompiledField;
}

/** Plans per parsed document (Apollo keeps one per query text) and operation name; null: none. */
const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();

/** The compiled read of an operation, or null when the executor answers it. */
export function compiledPlanFor(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
): Plan | null {
  let known = plans.get(document);
  if (!known) plans.set(document, (known = new Map()));
  const name = operationName ?? '';
  if (!known.has(name)) known.set(name, compile(schema, document, operationName));
  return known.get(name)!;
}

function compile(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): Plan | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query' || operation.directives?.length) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const roots = responseFields(operation.selectionSet, 'Query', fragments);
  if (roots?.length !== 1) return null;
  const [root] = roots;
  const field = schema.getQueryType()?.getFields()[root.name];
  // The access the resolver declares with @Authorized, checked by the same authChecker.
  const access = getMetadataStorage().queries.find((q) => q.schemaName === root.name)?.roles;
  const run = COMPILERS[root.name]?.(root.node, fragments);
  if (!field || !access || !run) return null;
  return { operation, key: root.key, node: root.node, field, access: access as Access[], run };
}

/**
 * Answers a read whose whole shape a compiled read covers (the roster page) from one statement
 * that returns it as JSON, without the executor's walk over every field of every row. The
 * request has been admitted as any other: caller, limits, budget and anonymous rules run before
 * this hook. Anything out of the ordinary (no permission, a bad argument, a failure) is left to
 * the executor, which answers it with its usual error.
 */
export const compiledReads: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async responseForOperation({ schema, document, operationName, request, contextValue }) {
        const plan = compiledPlanFor(schema, document, operationName);
        if (!plan) return null;
        try {
          authChecker(
            { context: contextValue, root: undefined, args: {}, info: undefined as never },
            plan.access,
          );
          const variables = getVariableValues(
            schema,
            plan.operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (variables.errors) return null;
          const args = getArgumentValues(plan.field, plan.node, variables.coerced);
          const data = { [plan.key]: await plan.run(contextValue, args) };
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data } },
          };
        } catch {
          return null;
        }
      },
    };
  },
};
