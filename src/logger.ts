import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs (to stdout unless given a destination); secrets never reach them (see `redact`). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'pledgegraph' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'password'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
