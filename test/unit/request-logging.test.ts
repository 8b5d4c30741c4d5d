import type { AddressInfo } from 'node:net';
import http from 'node:http';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger } from '../../src/logger';
import { httpErrorHandler } from '../../src/http/json-body';
import { requestLogging } from '../../src/http/request-logging';

/** An app with the request logging and error handler server.ts mounts, logging at `level` into `lines`. */
async function serve(level: string) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger(level, sink);
  const app = express();
  app.use(requestLogging(logger));
  app.post('/graphql', express.json(), (_req, res) => void res.json({ data: { health: 'ok' } }));
  app.get('/boom', () => {
    throw new Error('kaput');
  });
  app.get('/livez', (_req, res) => void res.send('ok'));
  app.get(
    '/busy',
    (_req, res) =>
      void res
        .status(503)
        .set('retry-after', '2')
        .json({ errors: [{ message: 'The server is busy; retry shortly.' }] }),
  );
  app.get('/down', (_req, res) => void res.status(503).json({ errors: [{ message: 'database unavailable' }] }));
  app.use(httpErrorHandler(logger));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  return { lines, origin, settle, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('requestLogging', () => {
  it('logs one line per request with its id, method, path, status, duration and operation name', async () => {
    const app = await serve('info');
    try {
      const response = await fetch(`${app.origin}/graphql?secret=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'id-1', authorization: 'Bearer hidden' },
        body: JSON.stringify({ query: '{ health }', operationName: 'Hello' }),
      });
      expect(response.headers.get('x-request-id')).toBe('id-1');
      await response.text();
      await app.settle();
      expect(app.lines).toEqual([
        expect.objectContaining({
          level: 30,
          msg: 'request completed',
          operationName: 'Hello',
          req: { id: 'id-1', method: 'POST', path: '/graphql', remoteAddress: '127.0.0.1' },
          res: { statusCode: 200 },
          responseTime: expect.any(Number),
        }),
      ]);
      expect(JSON.stringify(app.lines)).not.toContain('hidden');
      expect(JSON.stringify(app.lines)).not.toContain('secret');
    } finally {
      await app.close();
    }
  });

  it('logs a 500 as an error, with the unhandled error carrying the request id; probes at debug', async () => {
    const app = await serve('info');
    try {
      expect((await fetch(`${app.origin}/boom`, { headers: { 'x-request-id': 'id-2' } })).status).toBe(500);
      expect((await fetch(`${app.origin}/livez`)).status).toBe(200);
      await app.settle();
      expect(app.lines).toEqual([
        expect.objectContaining({ level: 50, msg: 'unhandled error in the HTTP layer', req: { id: 'id-2', method: 'GET', path: '/boom' } }),
        expect.objectContaining({ level: 50, msg: 'request errored', res: { statusCode: 500 } }),
      ]);
    } finally {
      await app.close();
    }
  });

  it('logs a busy 503 (with Retry-After) as a warning, any other 503 as an error', async () => {
    const app = await serve('info');
    try {
      expect((await fetch(`${app.origin}/busy`)).status).toBe(503);
      expect((await fetch(`${app.origin}/down`)).status).toBe(503);
      await app.settle();
      expect(app.lines).toEqual([
        expect.objectContaining({ level: 40, msg: 'request shed: busy', req: expect.objectContaining({ path: '/busy' }), res: { statusCode: 503 } }),
        expect.objectContaining({ level: 50, msg: 'request errored', req: expect.objectContaining({ path: '/down' }), res: { statusCode: 503 } }),
      ]);
    } finally {
      await app.close();
    }
  });

  it('writes nothing LOG_LEVEL drops, and still sets the request id', async () => {
    const app = await serve('silent');
    try {
      const response = await fetch(`${app.origin}/livez`);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await app.settle();
      expect(app.lines).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
