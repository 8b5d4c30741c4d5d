import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { ErrorCode, publicError, unauthenticated } from '../errors';
import type { ApiKeyRepository } from './api-key-repository';
import { parseApiKey, secretMatches } from './api-key';
import type { Principal } from './principal';
import { isRole } from './roles';

const BEARER_SCHEME = /^Bearer\s/i;
const WHITESPACE = /\s/;

/** The token of `Bearer <token>` (any case, whitespace around the token), else null. Linear: headers are input. */
export function bearerToken(authorization: string): string | null {
  if (!BEARER_SCHEME.test(authorization)) return null;
  const token = authorization.slice('Bearer'.length).trim();
  return WHITESPACE.test(token) ? null : token;
}

/**
 * The API key a request carries: `Authorization: Bearer <key>`, else `x-api-key: <key>`.
 * Undefined when it sends neither header; an Authorization header of another scheme is an error.
 */
export function apiKeyFrom(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization !== undefined) {
    const token = bearerToken(authorization);
    if (token === null) throw unauthenticated('The Authorization header must be `Bearer <API key>`.');
    return token;
  }
  const header = headers['x-api-key'];
  return Array.isArray(header) ? header.join(',') : header;
}

export interface AuthenticatorOptions {
  apiKeys: Pick<ApiKeyRepository, 'byId'>;
  /** REQUIRE_KEY_FOR_READS: anonymous requests are refused, whatever they ask for. */
  requireKeyForReads: boolean;
}

/**
 * Turns a request's headers into its principal, or throws UNAUTHENTICATED (HTTP 401) for a key
 * that is malformed, unknown or revoked, and for no key when REQUIRE_KEY_FOR_READS is on.
 * One indexed read per request that sends a key and nothing cached, so a revocation holds at once.
 * No message ever repeats the key.
 */
export function createAuthenticator({ apiKeys, requireKeyForReads }: AuthenticatorOptions) {
  return async (headers: IncomingHttpHeaders): Promise<Principal | null> => {
    const plaintext = apiKeyFrom(headers);
    if (plaintext === undefined) {
      if (requireKeyForReads) throw unauthenticated('This API requires an API key; send it as `Authorization: Bearer <key>`.');
      return null;
    }
    const parsed = parseApiKey(plaintext);
    if (!parsed) throw unauthenticated('The API key is malformed; pledgegraph keys look like `pgk_<id>_<secret>`.');
    const stored = await lookUp(apiKeys, parsed.keyId);
    if (!stored || !secretMatches(parsed.secret, stored.hash) || !isRole(stored.role)) {
      throw unauthenticated('The API key is not valid.');
    }
    if (stored.revokedAt) throw unauthenticated(`The API key ${stored.id} was revoked at ${stored.revokedAt}.`);
    return { keyId: stored.id, role: stored.role };
  };
}

/** A database outage while checking a key is a 503, running out of time a 504 (not the 500 Apollo gives a failing context). */
async function lookUp(apiKeys: AuthenticatorOptions['apiKeys'], keyId: string) {
  try {
    return await apiKeys.byId(keyId);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.ServiceUnavailable) {
      throw publicError(ErrorCode.ServiceUnavailable, error.message, { http: { status: 503 } });
    }
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.Timeout) {
      throw publicError(ErrorCode.Timeout, error.message, { http: { status: 504 } });
    }
    throw error;
  }
}
