import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

/**
 * Refuses an operation of a type the schema has no root for as a validation error (graphql-js
 * would otherwise fail it only at execution, as an internal error), and subscriptions over HTTP:
 * they are served over WebSocket (src/subscriptions), which leaves this rule out.
 */
export const servedOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(
        new GraphQLError(
          'Subscriptions are served over WebSocket, not HTTP: connect to this same /graphql URL with ws:// (or wss://) and the graphql-ws protocol (graphql-transport-ws).',
          { nodes: [node] },
        ),
      );
      return;
    }
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(`This API serves no ${node.operation} operations.`, { nodes: [node] }));
  },
});
