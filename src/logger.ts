import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets never reach them (see `redact`). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'pledgegraph' },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'password'], censor: '[redacted]' },
  });
}
