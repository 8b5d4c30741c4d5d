/**
 * Issue 18 (b): one request holds at most MAX_CONCURRENT_QUERIES_PER_REQUEST database calls (so
 * pool connections) at once, and a pool with no connection to give answers "busy", not "database
 * unavailable". Against the real Neo4j; the counts are structural (sessions open at once), not timings.
 */
import type { Driver, Session } from 'neo4j-driver';
import pino from 'pino';
import { createGraphClient, MAX_CONCURRENT_QUERIES_PER_REQUEST } from '../../src/neo4j/client';
import { deadlineIn } from '../../src/neo4j/deadline';
import { createDriver } from '../../src/neo4j/driver';
import { applyMigrations } from '../../src/neo4j/migrations';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { freePort } from '../support/free-port';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { clearDatabase, getTestDriver, graphClientFor, testNeo4jUri } from '../support/neo4j';

jest.setTimeout(180_000);

/** claims -> target -> claims (issue 18's review, cost about 600): the nested claims are read per target type. */
const NESTED_CLAIMS = {
  query: `{ commitments(first: 10) { edges { node { key claims(first: 10) { edges { node { field target { __typename key
    claims(first: 5) { edges { node { field value target { key } } } } } } } } } } } }`,
};

/** Two root fields, each a database call: a request that fails twice still logs "busy" once. */
const TWO_COUNTS = { query: '{ countries { totalCount } organizations { totalCount } }' };

const BUSY_MESSAGE = 'The server is busy; retry shortly.';
const DOWN_MESSAGE = 'The graph database is unavailable; try again shortly.';

interface SessionTally {
  /** Sessions open now: each holds a pool connection while its query runs. */
  open: number;
  /** The most open at once. */
  peak: number;
  /** Sessions opened in all. */
  opened: number;
}

/** The real driver, counting the sessions its users hold open at once. */
function countingDriver(real: Driver): { driver: Driver; tally: SessionTally } {
  const tally: SessionTally = { open: 0, peak: 0, opened: 0 };
  const driver = new Proxy(real, {
    get(target, property) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>): Session => {
          const session = target.session(...args);
          tally.open += 1;
          tally.opened += 1;
          tally.peak = Math.max(tally.peak, tally.open);
          const close = session.close.bind(session);
          session.close = async () => {
            try {
              await close();
            } finally {
              tally.open -= 1;
            }
          };
          return session;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { driver, tally };
}

const realDriver = getTestDriver();
const silent = pino({ level: 'silent' });

beforeAll(async () => {
  await clearDatabase(realDriver);
  await applyMigrations(realDriver);
  await loadSeedDirectory(graphClientFor(realDriver), SEED_DIR);
});

describe('a request holds at most MAX_CONCURRENT_QUERIES_PER_REQUEST database calls at once', () => {
  let server: TestServer;
  const counted = countingDriver(realDriver);

  beforeAll(async () => {
    // A deadline far above the request's time even on a cold JVM and a loaded machine: this test counts, it does not time.
    server = await startTestServer({ driver: counted.driver, env: { REQUEST_TIMEOUT_MS: '120000' } });
  });
  afterAll(async () => server?.stop());

  it('claims -> target -> claims fans out to more calls than the cap, yet never more than the cap run at once', async () => {
    const response = await postGraphQL(server.url, NESTED_CLAIMS);
    expect(response.status).toBe(200);
    expect(response.json?.errors).toBeUndefined();
    const edges = (response.json?.data as { commitments: { edges: unknown[] } }).commitments.edges;
    expect(edges.length).toBeGreaterThan(0);
    // The request needs more calls than the cap (so the cap is what bounds it), and runs at most the cap together.
    expect(counted.tally.opened).toBeGreaterThan(MAX_CONCURRENT_QUERIES_PER_REQUEST);
    expect(counted.tally.peak).toBeLessThanOrEqual(MAX_CONCURRENT_QUERIES_PER_REQUEST);
    expect(counted.tally.open).toBe(0);
  });

  it('a client queues its calls beyond its cap, and a queued call whose deadline passes is TIMEOUT without reaching the database', async () => {
    const { driver, tally } = countingDriver(realDriver);
    const graph = createGraphClient({ driver, logger: silent, maxConcurrentCalls: 2, deadline: deadlineIn(60_000) });
    const rows = await Promise.all(Array.from({ length: 12 }, (_, n) => graph.read<{ n: number }>('RETURN $n AS n', { n })));
    expect(rows.map(([row]) => row?.n)).toEqual(Array.from({ length: 12 }, (_, n) => n));
    expect(tally.opened).toBe(12);
    expect(tally.peak).toBe(2);

    // Two transactions hold both slots until released; a third call, its deadline then 300 ms away, waits and gives up.
    let remainingMs = 60_000;
    const deadline = { at: 0, totalMs: 300, remainingMs: () => remainingMs };
    const held = createGraphClient({ driver, logger: silent, maxConcurrentCalls: 2, deadline });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const holders = [0, 1].map(() =>
      held.readTransaction(async (tx) => {
        await tx.run('RETURN 1');
        started += 1;
        await released;
      }),
    );
    while (started < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const openedBefore = tally.opened;
    remainingMs = 300;
    await expect(held.read('RETURN 1')).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(tally.opened).toBe(openedBefore);
    release();
    await Promise.all(holders);
    expect(tally.open).toBe(0);
  });
});

describe('no pool connection free: busy, not down', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    driver = createDriver({ uri: testNeo4jUri() }, { maxConnectionPoolSize: 1, acquisitionTimeoutMs: 500 });
    server = await startTestServer({ driver });
  });
  afterAll(async () => {
    await server?.stop();
    await driver?.close();
  });

  it('answers SERVICE_UNAVAILABLE "busy" with HTTP 503 and Retry-After, logged at warn once with the request id', async () => {
    // The pool's one connection, held by an open transaction.
    const holder = driver.session();
    const tx = await holder.beginTransaction();
    await tx.run('RETURN 1');
    try {
      const response = await postGraphQL(server.url, TWO_COUNTS, { 'x-request-id': 'busy-request-1' });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('2');
      expect(response.json?.data).toBeNull();
      expect(response.json?.errors?.length).toBeGreaterThan(0);
      for (const error of response.json?.errors ?? []) {
        expect(error.message).toBe(BUSY_MESSAGE);
        expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
      }
      expect(response.text).not.toMatch(/neo4j|bolt|acquisition|pool|Neo\./i);
      const poolLines = server.logs.filter((line) => typeof line.msg === 'string' && line.msg.startsWith('no database connection free'));
      expect(poolLines).toHaveLength(1);
      expect(poolLines[0]).toMatchObject({ level: 40, req: { id: 'busy-request-1' } });
      const requestLines = server.logs.filter((line) => (line.req as { id?: string } | undefined)?.id === 'busy-request-1' && line.res !== undefined);
      expect(requestLines).toEqual([expect.objectContaining({ level: 40, msg: 'request shed: busy', res: { statusCode: 503 } })]);
    } finally {
      await tx.rollback();
      await holder.close();
    }
    // The connection back in the pool, the same request succeeds.
    const after = await postGraphQL(server.url, TWO_COUNTS);
    expect(after.status).toBe(200);
    expect(after.json?.errors).toBeUndefined();
  });
});

describe('the database down', () => {
  it('keeps its message: SERVICE_UNAVAILABLE "unavailable", HTTP 503, no Retry-After, no "busy" log', async () => {
    const driver = createDriver(
      { uri: `bolt://127.0.0.1:${await freePort()}` },
      { connectionTimeoutMs: 500, acquisitionTimeoutMs: 1_000, maxRetryTimeMs: 500 },
    );
    const server = await startTestServer({ driver });
    try {
      const response = await postGraphQL(server.url, TWO_COUNTS);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeNull();
      // Both root fields fail; graphql-js reports the first (the other's error dies with the nulled data).
      expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
      for (const error of response.json?.errors ?? []) {
        expect(error.message).toBe(DOWN_MESSAGE);
        expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      }
      expect(server.logs.filter((line) => typeof line.msg === 'string' && line.msg.includes('busy'))).toEqual([]);
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});
