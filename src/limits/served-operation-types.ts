import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation of a type the schema has no root for (e.g. `subscription` while none is
 * served) as a validation error; graphql-js would otherwise fail it only at execution, as an
 * internal error.
 */
export const servedOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(`This API serves no ${node.operation} operations.`, { nodes: [node] }));
  },
});
