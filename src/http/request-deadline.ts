import type { IncomingMessage } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { deadlineIn, type Deadline } from '../neo4j/deadline';

const deadlines = new WeakMap<IncomingMessage, Deadline>();

/** Starts the request's clock when it arrives (before its body is read): REQUEST_TIMEOUT_MS from now. */
export function requestDeadline(timeoutMs: number): RequestHandler {
  return (req, res, next) => {
    const deadline = deadlineIn(timeoutMs);
    res.locals.deadline = deadline;
    deadlines.set(req, deadline);
    next();
  };
}

/** The deadline `requestDeadline` set on this response. */
export function deadlineOf(res: Response): Deadline {
  const deadline = res.locals.deadline as Deadline | undefined;
  if (!deadline) throw new Error('requestDeadline must run before the GraphQL handler');
  return deadline;
}

/** The deadline `requestDeadline` set for this request (for layers that see only the request, e.g. the key lookup). */
export function deadlineOfRequest(req: IncomingMessage): Deadline {
  const deadline = deadlines.get(req);
  if (!deadline) throw new Error('requestDeadline must run before anything that reads the deadline');
  return deadline;
}
