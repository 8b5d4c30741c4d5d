import fs from 'node:fs';
import pino from 'pino';
import { generateApiKey } from '../../src/auth/api-key';
import type { EmbeddedNeo4jConfig } from '../../src/config';
import { createGraphClient, type GraphClient } from '../../src/neo4j/client';
import { deadlineIn } from '../../src/neo4j/deadline';
import { createDriver } from '../../src/neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/launcher';
import { applyMigrations } from '../../src/neo4j/migrations';
import { createApiKeyRepository } from '../../src/auth/api-key-repository';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { graphClientFor } from '../support/neo4j';
import { throwawayEmbeddedConfig } from '../support/embedded-config';
import { errorCodes, postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';

jest.setTimeout(240_000);

/** Below the driver's connection (2 s) and acquisition (3 s) timeouts, so on a paused JVM the deadline fires first. */
const REQUEST_TIMEOUT_MS = 1_500;
/** Generous: these tests prove that nothing waits for the database, not how fast a refusal is. */
const MARGIN_MS = 4_000;
/** How long the JVM stays paused at most: any request still waiting by then has hung. */
const PAUSE_MS = 30_000;
/** Neo4j's own db.transaction.timeout for this file's database (the backstop). */
const BACKSTOP_MS = 8_000;

const COUNT_COUNTRIES = { query: '{ countries { totalCount } }' };
const SOURCE_TEXTS = { query: '{ sources(first: 5) { edges { node { key text } } } }' };
/** Counts a cartesian product of every node with itself four times: streams for minutes, holds no memory. */
const SLOW_QUERY = 'MATCH (a), (b), (c), (d) WHERE a.key + b.key + c.key <> d.key RETURN count(*) AS n';
const ADD_STATEMENT = {
  query: `mutation($input: AddStatementInput!) { addStatement(input: $input) { auditEventId } }`,
  variables: {
    input: { key: 'paused-statement', kind: 'CLAIM', text: 'x', speaker: 'Q291bnRyeTpmcg', evidence: [] },
  },
};

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const startedAt = Date.now();
  const value = await work();
  return { value, ms: Date.now() - startedAt };
}

async function failure(work: Promise<unknown>): Promise<{ code?: unknown; message: string }> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e as { extensions?: { code?: unknown }; message: string },
  );
  if (!error) throw new Error('expected the call to fail');
  return { code: error.extensions?.code, message: error.message };
}

function transactionsRunning(driver: ReturnType<typeof createDriver>, fragment: string): Promise<number> {
  return driver
    .executeQuery('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $fragment RETURN count(*) AS n', { fragment })
    .then(({ records }) => records[0]?.get('n') as number);
}

async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('deadlines: every request and transaction is bounded in time', () => {
  let config: EmbeddedNeo4jConfig;
  let neo4j: EmbeddedNeo4j;
  let driver: ReturnType<typeof createDriver>;
  let api: TestServer;
  let curatorKey: string;
  const warnings: unknown[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line)) });
  const clientWithin = (ms: number): GraphClient => createGraphClient({ driver, logger, deadline: deadlineIn(ms) });

  beforeAll(async () => {
    // Seeded without the short backstop (a cold JVM on a busy machine can take seconds per source), then restarted with it.
    config = await throwawayEmbeddedConfig();
    const loading = await startEmbeddedNeo4j(config);
    const loader = createDriver({ uri: loading.uri });
    await applyMigrations(loader);
    await loadSeedDirectory(graphClientFor(loader), SEED_DIR);
    await loader.close();
    await loading.stop();
    neo4j = await startEmbeddedNeo4j({ ...config, txMaxMemory: '16m', txTimeoutMs: BACKSTOP_MS });
    driver = createDriver({ uri: neo4j.uri });
    const key = generateApiKey();
    await createApiKeyRepository(createGraphClient({ driver, logger })).create({ id: key.keyId, name: 'curator', role: 'curator', hash: key.hash });
    curatorKey = key.plaintext;
    // Plans the queries once with the default deadline: a cold, busy JVM can take seconds to plan.
    const warm = await startTestServer({ driver, env: { LOG_LEVEL: 'silent' } });
    for (const query of [COUNT_COUNTRIES, SOURCE_TEXTS]) expect((await postGraphQL(warm.url, query)).json?.errors).toBeUndefined();
    await warm.stop();
    api = await startTestServer({ driver, env: { LOG_LEVEL: 'silent', REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) } });
  });

  afterAll(async () => {
    if (neo4j) process.kill(neo4j.pid, 'SIGCONT');
    await api?.stop();
    await driver?.close();
    await neo4j?.stop();
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('a query past its deadline fails with TIMEOUT and its transaction is terminated in Neo4j', async () => {
    const slow = await timed(() => failure(clientWithin(1_000).read(SLOW_QUERY)));
    expect(slow.value.code).toBe('TIMEOUT');
    expect(slow.value.message).toMatch(/1000 ms deadline/);
    expect(slow.ms).toBeLessThan(1_000 + MARGIN_MS);
    expect(await eventually(async () => (await transactionsRunning(driver, 'a.key + b.key')) === 0, MARGIN_MS)).toBe(true);

    const write = await timed(() => failure(clientWithin(1_000).writeTransaction(async (tx) => tx.run(`${SLOW_QUERY} // write`))));
    expect(write.value.code).toBe('TIMEOUT');
    expect(write.ms).toBeLessThan(1_000 + MARGIN_MS);
    expect(await eventually(async () => (await transactionsRunning(driver, 'a.key + b.key')) === 0, MARGIN_MS)).toBe(true);

    // The rest of the server never noticed.
    expect((await postGraphQL(api.url, COUNT_COUNTRIES)).json?.errors).toBeUndefined();
  });

  it('Neo4j itself stops a transaction that set no timeout after db.transaction.timeout (the backstop)', async () => {
    const session = driver.session();
    try {
      const started = Date.now();
      const error = (await session.run(SLOW_QUERY).then(
        () => undefined,
        (e: unknown) => e,
      )) as { code?: string } | undefined;
      expect(error?.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
      expect(Date.now() - started).toBeLessThan(BACKSTOP_MS + MARGIN_MS);
    } finally {
      await session.close();
    }
  });

  it('a query over the transaction memory limit is QUERY_TOO_EXPENSIVE (not SERVICE_UNAVAILABLE) and logged at warn', async () => {
    warnings.length = 0;
    const error = await failure(clientWithin(10_000).read('UNWIND range(1, 5000000) AS i RETURN collect(toString(i)) AS all'));
    expect(error.code).toBe('QUERY_TOO_EXPENSIVE');
    expect(error.message).not.toMatch(/Neo|MiB|db\.memory/);
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'graph query refused: over the transaction memory limit',
        err: expect.objectContaining({ code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' }),
      }),
    ]);
  });

  it('with the Neo4j JVM paused, reads, writes and /readyz fail within their deadlines, and all recovers after SIGCONT', async () => {
    const before = await postGraphQL(api.url, COUNT_COUNTRIES);
    const countries = (before.json?.data as { countries: { totalCount: number } }).countries.totalCount;
    expect(countries).toBeGreaterThan(0);

    process.kill(neo4j.pid, 'SIGSTOP');
    const safety = setTimeout(() => process.kill(neo4j.pid, 'SIGCONT'), PAUSE_MS);
    try {
      const bounded = REQUEST_TIMEOUT_MS + MARGIN_MS;
      const [read, burst, write, direct, ready] = await Promise.all([
        timed(() => postGraphQL(api.url, COUNT_COUNTRIES)),
        timed(() => Promise.all(Array.from({ length: 10 }, () => postGraphQL(api.url, COUNT_COUNTRIES)))),
        timed(() => postGraphQL(api.url, ADD_STATEMENT, { authorization: `Bearer ${curatorKey}` })),
        timed(() =>
          Promise.all([
            failure(clientWithin(REQUEST_TIMEOUT_MS).write('CREATE (:PausedProbe)')),
            failure(clientWithin(REQUEST_TIMEOUT_MS).writeTransaction(async (tx) => tx.run('CREATE (:PausedProbe)'))),
          ]),
        ),
        timed(() => fetch(`${api.origin}/readyz`)),
      ]);
      const refused = (response: GraphQLResponse) => {
        expect(errorCodes(response)).toEqual([expect.stringMatching(/^(TIMEOUT|SERVICE_UNAVAILABLE)$/)]);
        // Without data, the status is the code's: TIMEOUT 504, SERVICE_UNAVAILABLE 503 (from a resolver or the key check).
        expect(response.status).toBe(errorCodes(response)[0] === 'TIMEOUT' ? 504 : 503);
        expect(response.text).not.toMatch(/neo4j|bolt|Neo\.|cypher/i);
      };
      for (const response of [read.value, ...burst.value, write.value]) refused(response);
      expect(errorCodes(read.value)).toEqual(['TIMEOUT']);
      expect(read.value.status).toBe(504);
      for (const error of direct.value) expect(error.code).toBe('TIMEOUT');
      for (const ms of [read.ms, burst.ms, write.ms, direct.ms]) expect(ms).toBeLessThan(bounded);

      expect(ready.value.status).toBe(503);
      expect(ready.ms).toBeLessThan(api.config.readinessTimeoutMs + MARGIN_MS);
      expect((await fetch(`${api.origin}/livez`)).status).toBe(200);
    } finally {
      clearTimeout(safety);
      process.kill(neo4j.pid, 'SIGCONT');
    }

    let recovered: GraphQLResponse | undefined;
    expect(
      await eventually(async () => {
        recovered = await postGraphQL(api.url, COUNT_COUNTRIES);
        return recovered.json?.errors === undefined;
      }, 10_000),
    ).toBe(true);
    expect(recovered?.json?.data).toEqual({ countries: { totalCount: countries } });
    expect((await fetch(`${api.origin}/readyz`)).status).toBe(200);
    // The paused writes never ran: their transactions were abandoned, not committed later.
    const { records } = await driver.executeQuery('MATCH (p:PausedProbe) RETURN count(p) AS n');
    expect(records[0]?.get('n')).toBe(0);
  });

  it('refuses a response larger than MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE, and serves smaller ones', async () => {
    const capped = await startTestServer({ driver, env: { LOG_LEVEL: 'silent', MAX_RESPONSE_BYTES: '4096' } });
    try {
      const big = await postGraphQL(capped.url, SOURCE_TEXTS);
      expect(big.status).toBe(400);
      expect(big.json).toEqual({
        errors: [{ message: expect.stringMatching(/larger than 4096 bytes/), extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes: 4096 } }],
      });
      const uncapped = await postGraphQL(api.url, SOURCE_TEXTS);
      expect(uncapped.status).toBe(200);
      expect(uncapped.text.length).toBeGreaterThan(4096);
      const small = await postGraphQL(capped.url, COUNT_COUNTRIES);
      expect(small.status).toBe(200);
      expect(small.json?.errors).toBeUndefined();
    } finally {
      await capped.stop();
    }
  });
});
