import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  Kind,
  TypeInfo,
  getArgumentValues,
  getVariableValues,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import {
  controlCharacterMessage,
  findControlCharacter,
  type ControlCharacterFound,
} from '../../lib/control-characters';
import { ApiError, ErrorCode } from '../../kernel/errors';

/** A control character can reach an argument only from a variable or an escape (`\u0000`, `\b`). */
const ESCAPE = /\\/;

interface ArgumentFound extends ControlCharacterFound {
  /** The response key of the field whose argument holds it. */
  responseKey: string;
}

/**
 * The first argument value of the operation, literal or from a variable, at any depth of its
 * inputs and lists, with a control character; null when there is none or the variables do
 * not coerce (execution then refuses them as usual).
 */
function findInArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): ArgumentFound | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return null;
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const typeInfo = new TypeInfo(schema);
  let found: ArgumentFound | null = null;
  const executed: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
  visit(
    executed,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition || !node.arguments?.length) return;
        const hit = findControlCharacter(getArgumentValues(definition, node, coerced.coerced));
        if (!hit) return;
        found = { ...hit, responseKey: node.alias?.value ?? node.name.value };
        return BREAK;
      },
    }),
  );
  return found;
}

/**
 * Refuses, before anything runs, an operation with a control character (NUL and the like, see
 * lib/control-characters) in any string argument: BAD_USER_INPUT naming the argument's path.
 */
export const refuseControlCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, source, document, operation, schema }) {
        const variables = request.variables ?? {};
        if (!operation) return;
        // Most requests have none anywhere: only the others pay for finding where.
        if (!findControlCharacter(variables) && !ESCAPE.test(source)) return;
        const found = findInArguments(schema, document, operation, variables);
        if (!found) return;
        const argument = found.path.join('.');
        throw new ApiError(
          ErrorCode.BAD_USER_INPUT,
          controlCharacterMessage(found.character, argument),
          { argument, field: found.responseKey, http: { status: 400 } },
        );
      },
    };
  },
};
