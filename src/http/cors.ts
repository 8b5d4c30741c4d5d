import cors from 'cors';

/** The headers a browser client may send cross-origin (Apollo's CSRF headers included). */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];

/**
 * CORS for the GraphQL endpoint: only the configured origins get CORS headers (an empty list
 * means no cross-origin access at all). No cookies are used, so credentials stay off.
 */
export function corsFor(origins: readonly string[]) {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}
