import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/** What an operation without a name is called in Neo4j's transaction metadata. */
export const ANONYMOUS_OPERATION = '(anonymous)';

/**
 * Names the GraphQL operation in the metadata of every transaction the request sends, as
 * @neo4j/graphql's Executor does, so `SHOW TRANSACTIONS` and Neo4j's query log show which
 * operation sent a query (docs/operations.md, "Which operation sent a query").
 */
export function transactionMetadataPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          contextValue.transactionMetadata.operation = operationName ?? ANONYMOUS_OPERATION;
          if (operation) contextValue.transactionMetadata.operationType = operation.operation;
        },
      };
    },
  };
}
