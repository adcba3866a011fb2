import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import type { ConnectionResult } from '../connection';
import { responseFields, type ResponseField } from '../selection';

/** One key of a connection's answer, and what it holds. */
type ConnectionKey =
  | { key: string; kind: 'typename'; typeName: string }
  | { key: string; kind: 'nodes' | 'totalCount' }
  | { key: string; kind: 'pageInfo'; fields: ResponseField[] }
  | { key: string; kind: 'edges'; fields: ResponseField[]; typeName: string };

const PAGE_INFO = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);
const EDGE = new Set(['cursor', 'node', '__typename']);

/**
 * How a query shapes a `<Node>Connection` (nodes, edges, pageInfo, totalCount) and the one
 * field that selects its nodes' own fields: `nodes`, or `edges { node }`, not both. Null when
 * the shape is one the compiled read does not answer.
 */
export interface ConnectionPlan {
  keys: ConnectionKey[];
  /** The field under which the query selects a node's fields; null when it selects none. */
  node: FieldNode | null;
}

export function planConnection(
  field: FieldNode,
  nodeType: string,
  fragments: Record<string, FragmentDefinitionNode>,
): ConnectionPlan | null {
  if (!field.selectionSet) return null;
  const fields = responseFields(field.selectionSet, `${nodeType}Connection`, fragments);
  if (!fields) return null;
  const keys: ConnectionKey[] = [];
  const nodeFields: FieldNode[] = [];
  for (const { key, name, node } of fields) {
    if (name === '__typename') {
      keys.push({ key, kind: 'typename', typeName: `${nodeType}Connection` });
    } else if (name === 'nodes' || name === 'totalCount') {
      if (name === 'nodes') nodeFields.push(node);
      keys.push({ key, kind: name });
    } else if (name === 'pageInfo' && node.selectionSet) {
      const info = responseFields(node.selectionSet, 'PageInfo', fragments);
      if (!info?.every((f) => PAGE_INFO.has(f.name))) return null;
      keys.push({ key, kind: 'pageInfo', fields: info });
    } else if (name === 'edges' && node.selectionSet) {
      const edge = responseFields(node.selectionSet, `${nodeType}Edge`, fragments);
      if (!edge?.every((f) => EDGE.has(f.name))) return null;
      nodeFields.push(...edge.filter((f) => f.name === 'node').map((f) => f.node));
      keys.push({ key, kind: 'edges', fields: edge, typeName: `${nodeType}Edge` });
    } else {
      return null;
    }
  }
  if (nodeFields.length > 1) return null;
  return { keys, node: nodeFields[0] ?? null };
}

/**
 * The connection's answer as the executor would give it, the nodes already answered (each the
 * JSON of the plan's node selection).
 */
export async function answerConnection(
  plan: ConnectionPlan,
  result: ConnectionResult<unknown>,
): Promise<Record<string, unknown>> {
  const answer: Record<string, unknown> = {};
  for (const entry of plan.keys) {
    switch (entry.kind) {
      case 'typename':
        answer[entry.key] = entry.typeName;
        break;
      case 'nodes':
        answer[entry.key] = result.nodes;
        break;
      case 'totalCount':
        answer[entry.key] = await result.totalCount;
        break;
      case 'pageInfo': {
        const info: Record<string, unknown> = {};
        const pageInfo = result.pageInfo as unknown as Record<string, unknown>;
        for (const { key, name } of entry.fields) info[key] = pageInfo[name];
        answer[entry.key] = info;
        break;
      }
      case 'edges':
        answer[entry.key] = result.edges.map((edge) => {
          const out: Record<string, unknown> = {};
          for (const { key, name } of entry.fields) {
            out[key] =
              name === '__typename' ? entry.typeName : name === 'cursor' ? edge.cursor : edge.node;
          }
          return out;
        });
        break;
    }
  }
  return answer;
}
