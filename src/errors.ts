import { GraphQLError } from 'graphql';

/** The public error codes, in `errors[].extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  GraphqlParseFailed = 'GRAPHQL_PARSE_FAILED',
  GraphqlValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  /** The HTTP request itself is malformed (e.g. a body that is not JSON). */
  BadRequest = 'BAD_REQUEST',
  /** The request body exceeds MAX_BODY_BYTES (HTTP 413). */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** No API key where one is needed, or a key that is malformed, unknown or revoked (HTTP 401). */
  Unauthenticated = 'UNAUTHENTICATED',
  /** A valid API key whose role is too low for the operation (HTTP 403). */
  Forbidden = 'FORBIDDEN',
  /** An automatic persisted query whose `sha256Hash` is not the hash of the query sent with it (HTTP 400). */
  PersistedQueryHashMismatch = 'PERSISTED_QUERY_HASH_MISMATCH',
  /** An automatic persisted query of a version other than 1 (HTTP 400). */
  PersistedQueryVersionUnsupported = 'PERSISTED_QUERY_VERSION_UNSUPPORTED',
  /** The request ran past its REQUEST_TIMEOUT_MS deadline; its database work was stopped (HTTP 504 when no data). */
  Timeout = 'TIMEOUT',
  /** The database refused the query for using more memory than a transaction may (NEO4J_TX_MAX_MEMORY): ask for less. */
  QueryTooExpensive = 'QUERY_TOO_EXPENSIVE',
  /** The response would exceed MAX_RESPONSE_BYTES; nothing of it is sent. */
  ResponseTooLarge = 'RESPONSE_TOO_LARGE',
  /** The API key or client address used up its request budget (HTTP 429, with `Retry-After`). */
  RateLimited = 'RATE_LIMITED',
  /** A document id (or, under TRUSTED_DOCUMENTS_MODE=strict, a document) the trusted-documents manifest does not hold (HTTP 400). */
  PersistedDocumentNotFound = 'PERSISTED_DOCUMENT_NOT_FOUND',
  /** A browser preflight from an origin not in CORS_ORIGINS (HTTP 403). */
  CorsOriginNotAllowed = 'CORS_ORIGIN_NOT_ALLOWED',
}

export function publicError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A request the client must fix; `argumentName` names the offending argument. Answered with HTTP 400. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return publicError(ErrorCode.BadUserInput, message, {
    ...(argumentName === undefined ? {} : { argumentName }),
    http: { status: 400 },
  });
}

/** A request without a usable API key. Answered with HTTP 401; the message never echoes the key. */
export function unauthenticated(message: string): GraphQLError {
  return publicError(ErrorCode.Unauthenticated, message, { http: { status: 401 } });
}

/** A request whose API key's role is too low. Answered with HTTP 403. */
export function forbidden(message: string): GraphQLError {
  return publicError(ErrorCode.Forbidden, message, { http: { status: 403 } });
}
