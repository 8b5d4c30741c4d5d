import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The GraphQL type of every object in a result, read from the operation and the schema (an
 * abstract type is narrowed by the object's `__typename` when it was selected).
 */
export function resultTypes(schema: GraphQLSchema, query: string, data: unknown, operationName?: string): WeakMap<object, string> {
  const types = new WeakMap<object, string>();
  const document = parse(query);
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((each) => !operationName || each.name?.value === operationName) ?? operations[0];
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return types;
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );

  const applies = (condition: string | undefined, concrete: GraphQLCompositeType): boolean => {
    if (!condition || condition === concrete.name) return true;
    const type = schema.getType(condition);
    return isAbstractType(type) && isObjectType(concrete) && schema.isSubType(type, concrete);
  };

  const walk = (value: unknown, selectionSet: SelectionSetNode, declared: GraphQLCompositeType): void => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, selectionSet, declared));
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const named = typeof record.__typename === 'string' ? schema.getType(record.__typename) : undefined;
    const concrete = isCompositeType(named) ? named : declared;
    types.set(value, concrete.name);
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const child = record[selection.alias?.value ?? selection.name.value];
        const fields = isObjectType(concrete) || isInterfaceType(concrete) ? concrete.getFields() : undefined;
        const type = fields?.[selection.name.value] && getNamedType(fields[selection.name.value]!.type);
        if (selection.selectionSet && isCompositeType(type)) walk(child, selection.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, concrete)) walk(value, selection.selectionSet, concrete);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value, concrete)) walk(value, fragment.selectionSet, concrete);
      }
    }
  };
  walk(data, operation.selectionSet, root);
  return types;
}
