import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type NamedTypeNode,
  type SelectionSetNode,
} from 'graphql';
import { ApiError, ErrorCode } from '../../../kernel/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../kernel/connection';

export interface OperationAnalysis {
  cost: number;
  depth: number;
  aliases: number;
}

/** A plain list has no page size; assume this many items. */
export const PLAIN_LIST_SIZE = 10;
/** Introspection is walked by tools on every start; a fixed price keeps it affordable. */
export const SCHEMA_INTROSPECTION_COST = 100;
/** Fragment reuse can expand a small document exponentially; stop walking past these. */
export const MAX_EXPANDED_FIELDS = 10_000;
const MAX_NESTING = 100;

type Variables = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  visited: number;
}

const ZERO: OperationAnalysis = { cost: 0, depth: 0, aliases: 0 };

/**
 * Cost, depth and alias count of the operation `operationName` in `document`, read with the
 * schema's types; fragments are flattened and same-named fields merged as execution does.
 * Run it on a validated document; it throws QUERY_TOO_COMPLEX when the expansion is huge.
 *
 * Why not GraphQL Armor's cost-limit: it reads `first`/`last` only as literals (a page size in
 * a variable prices as one item, so `members(first: $n)` with 5,000 passes), knows no default
 * or cap, no `nodes(ids)`, no `@skip`/`@include` and no types. Depth and aliases come from this
 * same walk; armor's max-depth and max-aliases would walk the document twice more (about three
 * times this whole analysis) and count `x: x` and skipped fields, which this does not.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): OperationAnalysis {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return ZERO;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Invalid variables fail execution later; meanwhile price the query with what was sent.
  const walk: Walk = { schema, fragments, variables: coerced.coerced ?? variables, visited: 0 };
  return selectionTally(walk, root, [operation.selectionSet], 0);
}

/** An abstract type costs as much as its most expensive concrete type. */
function selectionTally(
  walk: Walk,
  type: GraphQLCompositeType,
  sets: readonly SelectionSetNode[],
  nesting: number,
): OperationAnalysis {
  if (sets.length === 0) return ZERO;
  if (nesting > MAX_NESTING) throw tooLarge(`nests more than ${MAX_NESTING} levels`);
  if (isObjectType(type)) return objectTally(walk, type, sets, nesting);
  return walk.schema
    .getPossibleTypes(type)
    .map((concrete) => objectTally(walk, concrete, sets, nesting))
    .reduce(maxTally, ZERO);
}

function objectTally(
  walk: Walk,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  nesting: number,
): OperationAnalysis {
  const total = { ...ZERO };
  for (const nodes of collectFields(walk, type, sets).values()) {
    const field = fieldTally(walk, type, nodes, nesting);
    total.cost += field.cost;
    total.depth = Math.max(total.depth, field.depth);
    total.aliases += field.aliases;
  }
  return total;
}

function fieldTally(
  walk: Walk,
  parent: GraphQLObjectType,
  nodes: readonly FieldNode[],
  nesting: number,
): OperationAnalysis {
  countVisit(walk);
  const node = nodes[0];
  const name = node.name.value;
  const aliases = aliasCount(node);
  // Introspection is priced whole and not walked, so its deep type references pass the depth limit.
  if (name === '__schema') return { cost: SCHEMA_INTROSPECTION_COST, depth: 1, aliases };
  const definition = parent.getFields()[name];
  if (!definition) return { cost: 0, depth: 1, aliases };
  const named = getNamedType(definition.type);
  const isList = isListType(getNullableType(definition.type));
  if (isLeafType(named)) return { cost: isList ? 1 : 0, depth: 1, aliases };
  const sets = subSelections(nodes);
  if (isObjectType(named) && isConnection(definition)) {
    return withField(connectionTally(walk, definition, named, nodes, sets, nesting), aliases);
  }
  const child = selectionTally(walk, named, sets, nesting + 1);
  const objects = isList ? listSize(walk, definition, node) : 1;
  return {
    cost: objects * (1 + child.cost),
    depth: 1 + child.depth,
    aliases: aliases + child.aliases,
  };
}

/** A Relay connection: `first`/`last` arguments and a `…Connection` type. */
function isConnection(definition: GraphQLField<unknown, unknown>): boolean {
  const paged = definition.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  return paged && getNamedType(definition.type).name.endsWith('Connection');
}

/**
 * 1 for the page, plus each of its items (1 and its `nodes`/`edges.node` children) times the
 * page size, plus the other children such as pageInfo; a count alone costs 1.
 */
function connectionTally(
  walk: Walk,
  definition: GraphQLField<unknown, unknown>,
  connection: GraphQLObjectType,
  nodes: readonly FieldNode[],
  sets: readonly SelectionSetNode[],
  nesting: number,
): OperationAnalysis {
  const page = { itemCost: 0, hasItems: false, other: 0, depth: 0, aliases: 0 };
  for (const group of collectFields(walk, connection, sets).values()) {
    const name = group[0].name.value;
    const item =
      name === 'nodes'
        ? itemTally(walk, connection, group, nesting + 1)
        : name === 'edges'
          ? edgesTally(walk, connection, group, nesting + 1)
          : undefined;
    const tally = item ?? fieldTally(walk, connection, group, nesting + 1);
    if (item) {
      page.hasItems = true;
      page.itemCost += item.cost;
    } else page.other += tally.cost;
    page.depth = Math.max(page.depth, tally.depth);
    page.aliases += tally.aliases;
  }
  const size = Math.min(MAX_PAGE_SIZE, pageSize(walk, definition, nodes[0]));
  const items = page.hasItems ? size * (1 + page.itemCost) : 0;
  return { cost: 1 + items + page.other, depth: page.depth, aliases: page.aliases };
}

/** `nodes` or `edges.node`: what one item adds beyond its own point is its children. */
function itemTally(
  walk: Walk,
  parent: GraphQLObjectType,
  group: readonly FieldNode[],
  nesting: number,
): OperationAnalysis | undefined {
  const named = compositeFieldType(parent, group[0]);
  if (!named) return undefined;
  countVisit(walk);
  const children = selectionTally(walk, named, subSelections(group), nesting + 1);
  return withField(children, aliasCount(group[0]));
}

/** `edges`: the item's children under `node`, plus the edge's other fields (a cursor is free). */
function edgesTally(
  walk: Walk,
  parent: GraphQLObjectType,
  group: readonly FieldNode[],
  nesting: number,
): OperationAnalysis | undefined {
  const edgeType = compositeFieldType(parent, group[0]);
  if (!edgeType || !isObjectType(edgeType)) return undefined;
  countVisit(walk);
  const edge = { ...ZERO };
  for (const edgeGroup of collectFields(walk, edgeType, subSelections(group)).values()) {
    const tally =
      (edgeGroup[0].name.value === 'node'
        ? itemTally(walk, edgeType, edgeGroup, nesting + 1)
        : undefined) ?? fieldTally(walk, edgeType, edgeGroup, nesting + 1);
    edge.cost += tally.cost;
    edge.depth = Math.max(edge.depth, tally.depth);
    edge.aliases += tally.aliases;
  }
  return withField(edge, aliasCount(group[0]));
}

function compositeFieldType(parent: GraphQLObjectType, node: FieldNode) {
  const definition = parent.getFields()[node.name.value];
  const named = definition && getNamedType(definition.type);
  return named && isCompositeType(named) ? named : undefined;
}

function aliasCount(node: FieldNode): number {
  return node.alias && node.alias.value !== node.name.value ? 1 : 0;
}

function countVisit(walk: Walk): void {
  walk.visited += 1;
  if (walk.visited > MAX_EXPANDED_FIELDS) {
    throw tooLarge(`expands to more than ${MAX_EXPANDED_FIELDS.toLocaleString('en-US')} fields`);
  }
}

/** Adds the level of the field itself to a tally of its children. */
function withField(children: OperationAnalysis, aliases: number): OperationAnalysis {
  return { cost: children.cost, depth: 1 + children.depth, aliases: aliases + children.aliases };
}

function pageSize(walk: Walk, definition: GraphQLField<unknown, unknown>, node: FieldNode) {
  const args = argumentValues(walk, definition, node);
  const size = args.first ?? args.last;
  return typeof size === 'number' ? Math.max(0, size) : DEFAULT_PAGE_SIZE;
}

/** `nodes(ids: …)` returns one item per id; other plain lists are assumed to hold 10. */
function listSize(walk: Walk, definition: GraphQLField<unknown, unknown>, node: FieldNode) {
  const ids = definition.args.some((arg) => arg.name === 'ids')
    ? argumentValues(walk, definition, node).ids
    : undefined;
  if (Array.isArray(ids)) return ids.length;
  return ids === undefined || ids === null ? PLAIN_LIST_SIZE : 1;
}

function argumentValues(
  walk: Walk,
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Record<string, unknown> {
  try {
    return getArgumentValues(definition, node, walk.variables);
  } catch {
    // Bad arguments fail execution anyway; until then the defaults stand in.
    return {};
  }
}

/**
 * The fields a selection yields on `type`, by response key, as execution collects them:
 * skipped and non-matching fragments left out, each fragment spread once.
 */
function collectFields(
  walk: Walk,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const spread = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(walk, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(walk, type, selection.typeCondition)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = walk.fragments.get(name);
        // The set also guards against fragment cycles, which validation should have refused.
        if (!fragment || spread.has(name)) continue;
        spread.add(name);
        if (applies(walk, type, fragment.typeCondition)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

function included(walk: Walk, selection: SelectionSetNode['selections'][number]): boolean {
  try {
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, walk.variables);
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, walk.variables);
    return skip?.if !== true && include?.if !== false;
  } catch {
    return true; // price what might run
  }
}

function applies(walk: Walk, type: GraphQLObjectType, condition: NamedTypeNode | undefined) {
  if (!condition) return true;
  const conditionType = typeFromAST(walk.schema, condition);
  if (!conditionType) return false;
  if (conditionType === type) return true;
  return isAbstractType(conditionType) && walk.schema.isSubType(conditionType, type);
}

function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

function maxTally(a: OperationAnalysis, b: OperationAnalysis): OperationAnalysis {
  return {
    cost: Math.max(a.cost, b.cost),
    depth: Math.max(a.depth, b.depth),
    aliases: Math.max(a.aliases, b.aliases),
  };
}

function tooLarge(what: string): ApiError {
  // The status is for Apollo, which strips `http` from the error it sends.
  return new ApiError(ErrorCode.QUERY_TOO_COMPLEX, `The query ${what}; split it up.`, {
    http: { status: 400 },
  });
}
