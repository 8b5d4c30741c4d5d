import type { RequestHandler, Response } from 'express';
import { deadlineIn, type Deadline } from '../neo4j/deadline';

/** Starts the request's clock when it arrives (before its body is read): REQUEST_TIMEOUT_MS from now. */
export function requestDeadline(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    res.locals.deadline = deadlineIn(timeoutMs);
    next();
  };
}

/** The deadline `requestDeadline` set on this response. */
export function deadlineOf(res: Response): Deadline {
  const deadline = res.locals.deadline as Deadline | undefined;
  if (!deadline) throw new Error('requestDeadline must run before the GraphQL handler');
  return deadline;
}
