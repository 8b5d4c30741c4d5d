import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id is kept when it is short and plain (a UUID, a trace id…), never echoed raw otherwise. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const PROBE_PATHS = new Set(['/livez', '/readyz']);

export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

/**
 * One JSON log line per request with its id (echoed in `x-request-id`), method, path, status and
 * duration. Headers, bodies and query strings are never logged, so neither are credentials.
 * Health probes log at debug (a load balancer polls them every few seconds), failing ones at warn.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFor(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req, res, error) => {
      // A failing probe is the database's state, already reported in the probe's body: a warning, not an error with a stack.
      if (PROBE_PATHS.has(pathOf(req.url))) return res.statusCode >= 400 ? 'warn' : 'debug';
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return PROBE_PATHS.has(pathOf(req.url)) ? 'debug' : 'info';
    },
    customProps: (req) => {
      const operationName = (req as IncomingMessage & { body?: { operationName?: unknown } }).body?.operationName;
      return typeof operationName === 'string' ? { operationName: operationName.slice(0, 100) } : {};
    },
  });
}
