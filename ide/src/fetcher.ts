import type { GraphiQLProps } from 'graphiql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { withIdentities } from './identify';
import { setLastResult } from './last-result';
import { operationNameFor } from './operation-name';

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
