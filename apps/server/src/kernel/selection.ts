import {
  Kind,
  type FieldNode,
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

/** One field of a response as a query shapes it: the key it is answered under (its alias or name) and the schema field it reads. */
export interface ResponseField {
  key: string;
  name: string;
  node: FieldNode;
}

/**
 * The fields a selection set answers on an object of `typeName`, fragments on that type
 * flattened; null when the set uses what a plain walk cannot answer the same as the executor:
 * a directive (@skip, @include), a fragment on another type (an interface or union), or one
 * key answered by two fields (which the executor merges).
 */
export function responseFields(
  set: SelectionSetNode,
  typeName: string,
  fragments: Record<string, FragmentDefinitionNode>,
): ResponseField[] | null {
  const fields: ResponseField[] = [];
  const keys = new Set<string>();
  const walk = (selections: SelectionSetNode): boolean => {
    for (const selection of selections.selections) {
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (keys.has(key)) return false;
        keys.add(key);
        fields.push({ key, name: selection.name.value, node: selection });
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!fragment) return false;
      const onType = fragment.typeCondition?.name.value;
      if ((onType !== undefined && onType !== typeName) || fragment.directives?.length) {
        return false;
      }
      if (!walk(fragment.selectionSet)) return false;
    }
    return true;
  };
  return walk(set) ? fields : null;
}
