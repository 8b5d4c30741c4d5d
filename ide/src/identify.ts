import {
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

function responseNames(selectionSet: SelectionSetNode): Set<string> {
  const names = new Set<string>();
  for (const selection of selectionSet.selections) if (selection.kind === Kind.FIELD) names.add(selection.alias?.value ?? selection.name.value);
  return names;
}

const field = (name: string): SelectionNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } });

/**
 * The operation with `id` wherever the type has one (through `... on Node` for unions) and
 * `__typename` where the type is abstract, so the graph and evidence views can tell objects apart
 * (a concrete type is known from the schema). A selection that already answers to `id` or
 * `__typename` is left as it is. Every added field counts against the query cost limit.
 */
export function withIdentities(query: string, schema: GraphQLSchema): string {
  const typeInfo = new TypeInfo(schema);
  const node = schema.getType('Node');
  const document = visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      SelectionSet(selectionSet) {
        const type = typeInfo.getParentType();
        if (!type) return undefined;
        const names = responseNames(selectionSet);
        const added: SelectionNode[] = [];
        if (isAbstractType(type) && !names.has('__typename')) added.push(field('__typename'));
        if (!names.has('id')) {
          if ((isObjectType(type) || isInterfaceType(type)) && type.getFields().id) added.push(field('id'));
          else if (isAbstractType(type) && isInterfaceType(node) && schema.getPossibleTypes(type).some((member) => schema.isSubType(node, member))) {
            added.push({
              kind: Kind.INLINE_FRAGMENT,
              typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'Node' } },
              selectionSet: { kind: Kind.SELECTION_SET, selections: [field('id')] },
            });
          }
        }
        return added.length ? { ...selectionSet, selections: [...selectionSet.selections, ...added] } : undefined;
      },
    }),
  );
  return print(document);
}
