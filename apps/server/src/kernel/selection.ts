import {
  Kind,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** The fields a query asks for below a field, by field name (aliases merged), fragments flattened. */
export type Selection = Map<string, Selection>;

function collect(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Selection,
) {
  for (const node of set.selections) {
    if (node.kind === Kind.FIELD) {
      const sub = into.get(node.name.value) ?? new Map();
      into.set(node.name.value, sub);
      if (node.selectionSet) collect(node.selectionSet, fragments, sub);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(node.selectionSet, fragments, into);
    } else {
      const fragment = fragments[node.name.value];
      if (fragment) collect(fragment.selectionSet, fragments, into);
    }
  }
}

export function selectionOf(info: GraphQLResolveInfo): Selection {
  const selection: Selection = new Map();
  for (const node of info.fieldNodes) {
    if (node.selectionSet) collect(node.selectionSet, info.fragments, selection);
  }
  return selection;
}

function merge(into: Selection, from: Selection | undefined): Selection {
  for (const [name, sub] of from ?? []) into.set(name, merge(into.get(name) ?? new Map(), sub));
  return into;
}

/** What a connection's records must carry: `nodes { … }` and `edges { node { … } }` together. */
export function nodeSelection(info: GraphQLResolveInfo): Selection {
  const connection = selectionOf(info);
  return merge(merge(new Map(), connection.get('nodes')), connection.get('edges')?.get('node'));
}
