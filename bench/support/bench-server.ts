/**
 * What every benchmarked server shares: it reads NEO4J_URI and PORT, counts the Cypher round trips
 * it sends, prints `LISTENING <url>` once ready, and closes cleanly on SIGTERM. A side port
 * (BENCH_CONTROL_PORT) answers the harness:
 *   GET /queries          {"queries": n}            round trips so far
 *   POST /capture         starts recording the queries sent
 *   GET /profile          PROFILEs what was recorded: {"queries": n, "dbHits": n, "each": [{"query", "dbHits", "operators"}]}
 *   POST /cpu-profile/start?interval=<µs>   starts V8's sampling CPU profiler (the one `node --cpu-prof` uses)
 *   POST /cpu-profile/stop                  stops it; answers the profile (.cpuprofile JSON)
 */
import http from 'node:http';
import { Session } from 'node:inspector/promises';
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

/**
 * How long a bench server's request waits for a pooled connection before the driver gives up
 * (production: DEFAULT_ACQUISITION_TIMEOUT_MS). The bench measures how fast each server answers
 * under a fixed number of connections, not load shedding: a request that waits for the pool is
 * measured as slow, not answered "busy" (an error no ratio can use). docs/benchmarks.md's
 * configuration table says where it can matter.
 */
export const BENCH_ACQUISITION_TIMEOUT_MS = 30_000;

export function countingDriver(uri: string): { driver: Driver; count: QueryCount; profileDriver: Driver } {
  const count: QueryCount = { queries: 0 };
  const driver = countQueries(createDriver({ uri }, { acquisitionTimeoutMs: BENCH_ACQUISITION_TIMEOUT_MS }), count);
  return { driver, count, profileDriver: createDriver({ uri }) };
}

interface PlanWithHits {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: PlanWithHits[];
}

/** One operator of a PROFILEd plan, depth-first, with its own db hits and the rows it produced. */
export interface ProfiledOperator {
  depth: number;
  operator: string;
  details: string;
  dbHits: number;
  rows: number;
}

const totalDbHits = (plan: PlanWithHits): number => plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);

const operators = (plan: PlanWithHits, depth = 0): ProfiledOperator[] => [
  { depth, operator: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments.Details ?? ''), dbHits: plan.dbHits, rows: plan.rows },
  ...plan.children.flatMap((child) => operators(child, depth + 1)),
];

export interface ProfiledQuery {
  query: string;
  dbHits: number;
  operators: ProfiledOperator[];
}

/** `PROFILE` goes after any `CYPHER …` options line the query starts with. */
export function profiled(query: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/.exec(query);
  return options ? `${options[0]}PROFILE ${query.slice(options[0].length)}` : `PROFILE ${query}`;
}

async function profile(driver: Driver, count: QueryCount): Promise<{ queries: number; dbHits: number; each: ProfiledQuery[] }> {
  const captured = count.captured ?? [];
  count.captured = undefined;
  const each: ProfiledQuery[] = [];
  for (const { query, params } of captured) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(profiled(query), params);
      const plan = result.summary.profile as PlanWithHits | false;
      each.push({ query, dbHits: plan ? totalDbHits(plan) : 0, operators: plan ? operators(plan) : [] });
    } finally {
      await session.close();
    }
  }
  return { queries: captured.length, dbHits: each.reduce((sum, { dbHits }) => sum + dbHits, 0), each };
}

/**
 * V8's CPU profiler started and stopped around a measured window, so the profile holds neither
 * start-up nor warm-up (`--cpu-prof` records the whole life of the process).
 */
function cpuProfiler() {
  let session: Session | undefined;
  return {
    async start(intervalMicros: number): Promise<void> {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: intervalMicros });
      await session.post('Profiler.start');
    },
    async stop(): Promise<unknown> {
      if (!session) throw new Error('the CPU profiler is not running');
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = undefined;
      return profile;
    },
  };
}

/** Serves the control port; announces the server; stops on SIGTERM. */
export async function announce(url: string, env: BenchServerEnv, count: QueryCount, profileDriver: Driver, stop: () => Promise<void>): Promise<void> {
  const profiler = cpuProfiler();
  const control = http.createServer((request, response) => {
    request.resume();
    const reply = (body: unknown) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body));
    };
    if (request.method === 'POST' && request.url === '/capture') {
      count.captured = [];
      reply({ capturing: true });
    } else if (request.method === 'POST' && request.url?.startsWith('/cpu-profile/start')) {
      const interval = Number(new URL(request.url, 'http://control').searchParams.get('interval') ?? 1000);
      profiler.start(interval).then(
        () => reply({ profiling: true }),
        (error: unknown) => reply({ error: String(error) }),
      );
    } else if (request.method === 'POST' && request.url === '/cpu-profile/stop') {
      profiler.stop().then(reply, (error: unknown) => reply({ error: String(error) }));
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
