import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction } from 'express';
import type { Logger } from '../logger';

declare module 'http' {
  interface IncomingMessage {
    /** The request's id (`x-request-id`), set by `requestLogging`. */
    id?: string;
  }
}

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id is kept when it is short and plain (a UUID, a trace id…), never echoed raw otherwise. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const PROBE_PATHS = new Set(['/livez', '/readyz']);

type Level = 'debug' | 'info' | 'warn' | 'error';

export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

/** A 503 with Retry-After is load the server shed on purpose (a busy pool), not a fault. */
const shedBusy = (res: ServerResponse) => res.statusCode === 503 && res.hasHeader('retry-after');

function levelOf(path: string, res: ServerResponse): Level {
  const { statusCode } = res;
  // A failing probe is the database's state, already reported in the probe's body: a warning, not an error.
  if (PROBE_PATHS.has(path)) return statusCode >= 400 ? 'warn' : 'debug';
  if (shedBusy(res)) return 'warn';
  if (statusCode >= 500) return 'error';
  if (statusCode >= 400) return 'warn';
  return 'info';
}

function operationNameOf(req: IncomingMessage): { operationName?: string } {
  const operationName = (req as IncomingMessage & { body?: { operationName?: unknown } }).body?.operationName;
  return typeof operationName === 'string' ? { operationName: operationName.slice(0, 100) } : {};
}

function messageOf(res: ServerResponse): string {
  if (shedBusy(res)) return 'request shed: busy';
  if (res.statusCode >= 500) return 'request errored';
  return res.writableEnded ? 'request completed' : 'request aborted';
}

/**
 * One JSON log line per request with its id (echoed in `x-request-id`), method, path, status and
 * duration. Headers, bodies and query strings are never logged, so neither are credentials.
 * Health probes log at debug (a load balancer polls them every few seconds), failing ones at warn;
 * a busy 503 (with Retry-After) at warn.
 * Nothing is built for a line LOG_LEVEL drops.
 */
export function requestLogging(logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse, next: NextFunction) => {
    const startedAt = Date.now();
    const id = requestIdFor(req);
    res.setHeader(REQUEST_ID_HEADER, id);
    req.id = id;
    const path = pathOf(req.url);
    const described = { id, method: req.method, path, remoteAddress: req.socket.remoteAddress };
    const finished = () => {
      res.removeListener('close', finished);
      res.removeListener('finish', finished);
      const level = levelOf(path, res);
      if (!logger.isLevelEnabled(level)) return;
      const line = { req: described, res: { statusCode: res.statusCode }, responseTime: Date.now() - startedAt, ...operationNameOf(req) };
      logger[level](line, messageOf(res));
    };
    res.on('close', finished);
    res.on('finish', finished);
    next();
  };
}
