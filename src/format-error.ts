import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';
import type { Logger } from './logger';

/** The longest message an error carries: messages that echo input (a code, a cursor, a variable) stay small however large the input. */
export const MAX_ERROR_MESSAGE_CHARS = 2000;

const capped = (message: string): string =>
  message.length <= MAX_ERROR_MESSAGE_CHARS
    ? message
    : `${message.slice(0, MAX_ERROR_MESSAGE_CHARS)}… (cut at ${MAX_ERROR_MESSAGE_CHARS} of ${message.length} characters)`;

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

/** graphql-js's parser refusing a document longer than `parseOptions.maxTokens`: a limit, though it reads as a syntax error. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** graphql-js stopping validation (its messages are fixed: validate.js, ValidationContext.js), as a limit with its cause. */
const VALIDATION_STOPPED = new Map<string, GraphQLFormattedError>([
  [
    'Validation aborted.',
    {
      message:
        'Validation stopped: the document takes too much work to validate (too many fields to compare, such as one field repeated hundreds of times); send fewer repeated fields.',
      extensions: { code: ErrorCode.GraphqlValidationFailed, limit: 'validationWork' },
    },
  ],
  [
    'Too many validation errors, error limit reached. Validation aborted.',
    {
      message: 'Validation stopped after 100 errors; fix these and send the document again.',
      extensions: { code: ErrorCode.GraphqlValidationFailed, limit: 'validationErrors', max: 100 },
    },
  ],
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
      logger.info({ code: clientCode }, capped(formatted.message));
      return { message: capped(formatted.message), extensions: { code: clientCode } };
    }
    const code = formatted.extensions?.code;
    const tokenLimit = code === ErrorCode.GraphqlParseFailed ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokenLimit) {
      const max = Number(tokenLimit[1]);
      return { message: `Query token limit of ${max} exceeded; send a shorter document.`, extensions: { code, limit: 'tokens', max } };
    }
    const stopped = code === ErrorCode.GraphqlValidationFailed ? VALIDATION_STOPPED.get(formatted.message) : undefined;
    if (stopped) return stopped;
    if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== String(ErrorCode.InternalServerError)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: capped(formatted.message), extensions };
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
