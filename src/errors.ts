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
