import cors from 'cors';
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors';

/** The headers a browser client may send cross-origin (Apollo's CSRF headers included); docs/operations.md lists them. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];
/** Read-your-writes bookmarks and W3C trace context (docs/operations.md, "Scale-out", "Tracing"). */
const PRODUCTION_HEADERS = ['x-pledgegraph-bookmark', 'traceparent', 'tracestate'];
/** What a browser client may read of a response: its request id, bookmark and rate-limit state. */
const EXPOSED_HEADERS = ['x-request-id', 'x-pledgegraph-bookmark', 'retry-after', 'ratelimit', 'ratelimit-policy'];

/**
 * CORS for the GraphQL endpoint: only the configured origins get CORS headers (an empty list
 * means no cross-origin access at all). No cookies are used, so credentials stay off.
 */
export function corsFor(origins: readonly string[]): RequestHandler[] {
  const allowed = new Set(origins);
  return [
    refuseUnlistedPreflight(allowed),
    cors({
      origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
      methods: ['GET', 'POST'],
      allowedHeaders: [...ALLOWED_HEADERS, ...PRODUCTION_HEADERS],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    }),
  ];
}

/**
 * A preflight (OPTIONS with Access-Control-Request-Method) from an origin not in CORS_ORIGINS is
 * answered here, 403 with a CORS_ORIGIN_NOT_ALLOWED error naming CORS_ORIGINS, instead of going on
 * to Apollo and coming back as a puzzling CSRF 400. The browser reports a CORS failure either way;
 * the body is for whoever opens the network tab. Preflights are only ever cross-origin.
 */
function refuseUnlistedPreflight(allowed: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method'] || origin === undefined || allowed.has(origin)) return next();
    res.status(403).json({
      errors: [
        {
          message: `The origin ${JSON.stringify(origin.slice(0, 200))} may not call this API from a browser: it is not in CORS_ORIGINS (comma-separated origins, e.g. CORS_ORIGINS=${safeOrigin(origin)}).`,
          extensions: { code: ErrorCode.CorsOriginNotAllowed },
        },
      ],
    });
  };
}

const safeOrigin = (origin: string) => (/^https?:\/\/[^/\s"]{1,200}$/.test(origin) ? origin : 'https://app.example.org');
