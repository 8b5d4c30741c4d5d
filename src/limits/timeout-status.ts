import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';

/**
 * A request that ran out of time and has no data to show answers 504 Gateway Timeout; with
 * partial data it stays 200, the TIMEOUT errors naming the fields that are missing.
 */
export function timeoutStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data == null && errors?.some((error) => error.extensions?.code === ErrorCode.Timeout)) response.http.status = 504;
        },
      };
    },
  };
}
