import type { GraphiQLProps } from 'graphiql';
import { getOperationAST, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { withIdentities } from './identify';
import { setLastResult } from './last-result';
import { operationNameFor } from './operation-name';
import { subscribeOverWebSocket } from './subscribe';

type Body = ExecutionResult;

/**
 * POSTs each operation as JSON to the endpoint. Operations other than introspection go out with
 * `id` and `__typename` added (see identify.ts) and their result is kept for the graph, evidence
 * and export views; if the added fields push the operation over a limit, it is sent as written.
 */
export function createFetcher(endpoint: string, schema: () => GraphQLSchema | null | undefined): GraphiQLProps['fetcher'] {
  const post = async (body: unknown, headers: Record<string, string> | undefined): Promise<Body> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Body;
  };
  return async (params, options) => {
    const headers = options?.headers;
    if (params.operationName === 'IntrospectionQuery') return post(params, headers);
    params = { ...params, operationName: operationNameFor(params.query, params.operationName) };
    if (isSubscription(params.query, params.operationName)) {
      const query = params.query;
      const operationName = params.operationName ?? undefined;
      const variables = params.variables ?? undefined;
      return subscribeOverWebSocket(endpoint, params, headers, (result) => setLastResult({ query, sentQuery: query, operationName, variables, result }));
    }
    const known = schema();
    let sent = params.query;
    if (known) {
      try {
        sent = withIdentities(params.query, known);
      } catch {
        sent = params.query;
      }
    }
    let result = await post({ ...params, query: sent }, headers);
    if (sent !== params.query && result.data == null && result.errors?.length) {
      sent = params.query;
      result = await post(params, headers);
    }
    setLastResult({ query: params.query, sentQuery: sent, operationName: params.operationName ?? undefined, variables: params.variables ?? undefined, result });
    return result;
  };
}

/** True when the operation to run is a subscription (served over WebSocket, not HTTP). */
function isSubscription(query: string, operationName: string | null | undefined): boolean {
  try {
    return getOperationAST(parse(query), operationName)?.operation === 'subscription';
  } catch {
    return false;
  }
}
