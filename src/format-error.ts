import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';
import type { Logger } from './logger';

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Raised by Apollo Server itself for malformed requests; their messages are safe to show.
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Client errors Apollo Server raises with no code (so they would read as INTERNAL_SERVER_ERROR),
 * by their message, which Apollo fixes (requestPipeline.ts); each is already HTTP 400.
 */
const UNCODED_CLIENT_ERRORS = new Map<string, ErrorCode>([
  ['provided sha does not match query', ErrorCode.PersistedQueryHashMismatch],
  ['Unsupported persisted query version', ErrorCode.PersistedQueryVersionUnsupported],
]);

/**
 * Apollo's `formatError`: public errors (one of the codes above, raised on purpose) pass
 * through; anything else is logged and masked as `INTERNAL_SERVER_ERROR`, so no stack, driver or
 * database text ever reaches a client.
 */
export function createFormatError(logger: Pick<Logger, 'error' | 'info'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const clientCode = uncodedClientError(original);
    if (clientCode) {
      logger.info({ code: clientCode }, formatted.message);
      return { message: formatted.message, extensions: { code: clientCode } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.InternalServerError) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while serving a GraphQL request');
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.InternalServerError },
    };
  };
}

function uncodedClientError(error: unknown): ErrorCode | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return undefined;
  return UNCODED_CLIENT_ERRORS.get(error.message);
}
