import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors';

/**
 * The HTTP status of a response that has no data to show, by the code of its error: the one table
 * of statuses a GraphQL error can set (context-time and Express-level errors set the same ones).
 */
export const STATUS_WITHOUT_DATA: Readonly<Partial<Record<ErrorCode, number>>> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.ResponseTooLarge]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.Timeout]: 504,
};

/** The status a response's body calls for, or undefined to keep the one Apollo chose. */
export function statusOf(body: { data?: unknown; errors?: readonly GraphQLFormattedError[] }): number | undefined {
  if (body.data != null) return 200;
  for (const error of body.errors ?? []) {
    const status = STATUS_WITHOUT_DATA[error.extensions?.code as ErrorCode];
    if (status !== undefined) return status;
  }
  return undefined;
}

/** The `retryAfterSeconds` an error of the body names (a busy server: src/neo4j/client.ts), for the `Retry-After` header. */
export function retryAfterSecondsOf(body: { errors?: readonly GraphQLFormattedError[] }): number | undefined {
  for (const error of body.errors ?? []) {
    const seconds = error.extensions?.retryAfterSeconds;
    if (typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0) return seconds;
  }
  return undefined;
}

/**
 * HTTP as the GraphQL-over-HTTP spec asks: a response with data is a 200 whatever its field
 * errors (a client that reads >= 300 as a network failure would drop the partial data); a
 * response without data takes its status from its error's code (STATUS_WITHOUT_DATA), and a 503
 * whose error names `retryAfterSeconds` (a busy server) a `Retry-After` header. Runs last,
 * after every plugin that may replace the body.
 */
export function responseStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const status = statusOf(response.body.singleResult);
          if (status !== undefined) response.http.status = status;
          const retryAfter = status === 503 ? retryAfterSecondsOf(response.body.singleResult) : undefined;
          if (retryAfter !== undefined) response.http.headers.set('retry-after', String(retryAfter));
        },
      };
    },
  };
}
