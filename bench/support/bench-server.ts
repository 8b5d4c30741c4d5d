/**
 * What every benchmarked server shares: it reads NEO4J_URI and PORT, counts the Cypher round trips
 * it sends, prints `LISTENING <url>` once ready, and closes cleanly on SIGTERM. A side port
 * (BENCH_CONTROL_PORT) answers the harness:
 *   GET /queries          {"queries": n}            round trips so far
 *   POST /capture         starts recording the queries sent
 *   GET /profile          PROFILEs what was recorded: {"queries": n, "dbHits": n}
 */
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/neo4j/driver';
import { countQueries, type QueryCount } from './query-counter';

export interface BenchServerEnv {
  uri: string;
  port: number;
  controlPort: number;
}

export function benchServerEnv(env: NodeJS.ProcessEnv = process.env): BenchServerEnv {
  const uri = env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  return { uri, port: Number(env.PORT ?? 0), controlPort: Number(env.BENCH_CONTROL_PORT ?? 0) };
}

export function countingDriver(uri: string): { driver: Driver; count: QueryCount; profileDriver: Driver } {
  const count: QueryCount = { queries: 0 };
  const driver = countQueries(createDriver({ uri }, { acquisitionTimeoutMs: 30_000 }), count);
  return { driver, count, profileDriver: createDriver({ uri }) };
}

interface PlanWithHits {
  dbHits: number;
  children: PlanWithHits[];
}

const totalDbHits = (plan: PlanWithHits): number => plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);

/** `PROFILE` goes after any `CYPHER …` options line the query starts with. */
export function profiled(query: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/.exec(query);
  return options ? `${options[0]}PROFILE ${query.slice(options[0].length)}` : `PROFILE ${query}`;
}

async function profile(driver: Driver, count: QueryCount): Promise<{ queries: number; dbHits: number }> {
  const captured = count.captured ?? [];
  count.captured = undefined;
  let dbHits = 0;
  for (const { query, params } of captured) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(profiled(query), params);
      dbHits += result.summary.profile ? totalDbHits(result.summary.profile) : 0;
    } finally {
      await session.close();
    }
  }
  return { queries: captured.length, dbHits };
}

/** Serves the control port; announces the server; stops on SIGTERM. */
export async function announce(url: string, env: BenchServerEnv, count: QueryCount, profileDriver: Driver, stop: () => Promise<void>): Promise<void> {
  const control = http.createServer((request, response) => {
    request.resume();
    const reply = (body: unknown) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body));
    };
    if (request.method === 'POST' && request.url === '/capture') {
      count.captured = [];
      reply({ capturing: true });
    } else if (request.url === '/profile') {
      profile(profileDriver, count).then(reply, (error: unknown) => reply({ error: String(error) }));
    } else {
      reply({ queries: count.queries });
    }
  });
  await new Promise<void>((resolve) => control.listen(env.controlPort, '127.0.0.1', resolve));
  process.stdout.write(`LISTENING ${url}\n`);
  process.once('SIGTERM', () => {
    control.close();
    void stop()
      .then(() => profileDriver.close())
      .finally(() => process.exit(0));
  });
}
