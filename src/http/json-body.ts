import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ErrorCode } from '../errors';
import type { Logger } from '../logger';

/**
 * Parses JSON bodies up to `limitBytes`. Express 5 leaves `req.body` unset for other content
 * types, and Apollo's middleware answers an unset body with a 500; an explicit `undefined` lets
 * Apollo answer 400 (or refuse the request as a possible CSRF) instead.
 */
export function jsonBody(limitBytes: number): RequestHandler[] {
  return [
    express.json({ limit: limitBytes }),
    (req, _res, next) => {
      if (req.body === undefined) req.body = undefined; // an own property: `'body' in req`
      next();
    },
  ];
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

const BODY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  'entity.too.large': { code: ErrorCode.PayloadTooLarge, message: 'Request body too large' },
  'entity.parse.failed': { code: ErrorCode.BadRequest, message: 'Request body is not valid JSON' },
  'entity.verify.failed': { code: ErrorCode.BadRequest, message: 'Request body could not be verified' },
  'encoding.unsupported': { code: ErrorCode.BadRequest, message: 'Unsupported content encoding' },
  'charset.unsupported': { code: ErrorCode.BadRequest, message: 'Unsupported charset' },
  'request.aborted': { code: ErrorCode.BadRequest, message: 'Request aborted' },
  'request.size.invalid': { code: ErrorCode.BadRequest, message: 'Request size did not match Content-Length' },
  'stream.encoding.set': { code: ErrorCode.BadRequest, message: 'Bad request' },
};

/**
 * The last Express middleware: answers body-parsing and other HTTP errors with a GraphQL-shaped
 * JSON body (`{ errors: [{ message, extensions: { code } }] }`) and the right status, never
 * Express's default HTML page (which carries a stack trace outside production).
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = httpError.status ?? httpError.statusCode ?? 500;
    const known = httpError.type ? BODY_ERRORS[httpError.type] : undefined;
    let body: { code: ErrorCode; message: string };
    if (status >= 400 && status < 500) {
      body = known ?? { code: ErrorCode.BadRequest, message: 'Bad request' };
    } else {
      logger.error({ err: error, req: { id: req.id, method: req.method, path: req.path } }, 'unhandled error in the HTTP layer');
      body = { code: ErrorCode.InternalServerError, message: 'Internal server error' };
    }
    res.status(status >= 400 && status < 600 ? status : 500).json({
      errors: [{ message: body.message, extensions: { code: body.code } }],
    });
  };
}
