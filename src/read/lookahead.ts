import { getArgumentValues, Kind, type FieldNode, type GraphQLField, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** What a resolver knows of the query below its field. */
export type Lookahead = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema' | 'variableValues'>;

function fieldsIn(set: SelectionSetNode, fragments: Lookahead['fragments']): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsIn(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return fragment ? fieldsIn(fragment.selectionSet, fragments) : [];
  });
}

function selectionSetsAt(info: Lookahead, path: readonly string[]): SelectionSetNode[] {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets
      .flatMap((set) => fieldsIn(set, info.fragments))
      .filter((field) => field.name.value === name)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return sets;
}

/** The names of the fields the query selects at `path` below the field being resolved. */
export function selectedFields(info: Lookahead, path: readonly string[]): string[] {
  const names = selectionSetsAt(info, path).flatMap((set) => fieldsIn(set, info.fragments).map((field) => field.name.value));
  return [...new Set(names)].sort();
}

/**
 * The argument values of `field` where the query selects it at `path`; undefined when it is
 * selected more than once with different arguments (under aliases).
 */
export function argumentsAt(info: Lookahead, path: readonly string[], field: GraphQLField<unknown, unknown>): Record<string, unknown> | undefined {
  const nodes = selectionSetsAt(info, path)
    .flatMap((set) => fieldsIn(set, info.fragments))
    .filter((node) => node.name.value === field.name);
  const values = nodes.map((node) => getArgumentValues(field, node, info.variableValues));
  const [first] = values;
  return first && values.every((value) => JSON.stringify(value) === JSON.stringify(first)) ? first : undefined;
}
