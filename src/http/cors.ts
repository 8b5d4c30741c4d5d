import cors from 'cors';

/** The headers a browser client may send cross-origin (Apollo's CSRF headers included). */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];
/** Read-your-writes bookmarks and W3C trace context (docs/operations.md, "Scale-out", "Tracing"). */
const PRODUCTION_HEADERS = ['x-pledgegraph-bookmark', 'traceparent', 'tracestate'];
/** What a browser client may read of a response: its request id, bookmark and rate-limit state. */
const EXPOSED_HEADERS = ['x-request-id', 'x-pledgegraph-bookmark', 'retry-after', 'ratelimit', 'ratelimit-policy'];

/**
 * CORS for the GraphQL endpoint: only the configured origins get CORS headers (an empty list
 * means no cross-origin access at all). No cookies are used, so credentials stay off.
 */
export function corsFor(origins: readonly string[]) {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [...ALLOWED_HEADERS, ...PRODUCTION_HEADERS],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
}
