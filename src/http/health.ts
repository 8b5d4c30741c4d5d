import { Router } from 'express';
import type { Driver } from '../neo4j/driver';

export interface HealthOptions {
  driver: Driver;
  database?: string;
  /** How long /readyz waits for Neo4j before answering 503. */
  timeoutMs: number;
  /** False once the process cannot recover by itself (its embedded Neo4j cannot be restarted): /livez fails. */
  live?: () => boolean;
}

type Readiness = { ready: true } | { ready: false; reason: string };

/** Asks Neo4j for a connection within `timeoutMs`; the reason never carries driver text. */
export async function checkReadiness({ driver, database, timeoutMs }: HealthOptions): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `neo4j did not answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const probe = driver.verifyConnectivity({ database }).then(
    (): Readiness => ({ ready: true }),
    (): Readiness => ({ ready: false, reason: 'neo4j unreachable' }),
  );
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/livez`: the process serves HTTP and can still recover by itself (never touches Neo4j).
 * `/readyz`: Neo4j answers too.
 */
export function healthRoutes(options: HealthOptions): Router {
  const router = Router();
  router.get('/livez', (_req, res) => {
    res.set('cache-control', 'no-store');
    if (options.live?.() === false) res.status(503).json({ status: 'failing', reason: 'embedded neo4j could not be restarted' });
    else res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(options);
    res.set('cache-control', 'no-store');
    if (readiness.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: readiness.reason });
  });
  return router;
}
