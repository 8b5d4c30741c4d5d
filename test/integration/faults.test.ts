import fs from 'node:fs';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { graphClientFor } from '../support/neo4j';
import type { EmbeddedNeo4jConfig } from '../../src/config';
import { createDriver } from '../../src/neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/launcher';
import { applyMigrations } from '../../src/neo4j/migrations';
import { throwawayEmbeddedConfig } from '../support/embedded-config';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';

jest.setTimeout(240_000);

/** Hits Neo4j on every call: the number of countries in the graph. */
const COUNT_COUNTRIES = { query: '{ countries { totalCount } }' };

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const startedAt = Date.now();
  const value = await work();
  return { value, ms: Date.now() - startedAt };
}

describe('Neo4j stops and comes back while the server runs', () => {
  let config: EmbeddedNeo4jConfig;
  let neo4j: EmbeddedNeo4j | undefined;
  let driver: ReturnType<typeof createDriver>;
  let api: TestServer;

  beforeAll(async () => {
    config = await throwawayEmbeddedConfig();
    neo4j = await startEmbeddedNeo4j(config);
    driver = createDriver({ uri: neo4j.uri });
    await applyMigrations(driver);
    await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
    api = await startTestServer({ driver, env: { LOG_LEVEL: 'debug' } });
  });

  afterAll(async () => {
    await api?.stop();
    await driver?.close();
    await neo4j?.stop();
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('fails fast with SERVICE_UNAVAILABLE and /readyz 503 while down, and recovers by itself once Neo4j is back', async () => {
    const healthy = await postGraphQL(api.url, COUNT_COUNTRIES);
    expect(healthy.status).toBe(200);
    const countries = (healthy.json?.data as { countries: { totalCount: number } }).countries.totalCount;
    expect(countries).toBeGreaterThan(0);

    await neo4j!.stop();
    neo4j = undefined;

    const down = await timed(() => postGraphQL(api.url, COUNT_COUNTRIES));
    expect(down.ms).toBeLessThan(5_000);
    // No data to show: the status is the code's (503), as the key check answers it too.
    expect(down.value.status).toBe(503);
    expect(errorCodes(down.value)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(down.value.json?.data).toBeNull();
    expect(down.value.text).not.toMatch(/neo4j|bolt|Neo\.|cypher/i);

    const ready = await timed(() => fetch(`${api.origin}/readyz`));
    expect(ready.ms).toBeLessThan(2_000);
    expect(ready.value.status).toBe(503);
    expect(await ready.value.json()).toEqual({ status: 'unavailable', reason: expect.stringMatching(/^neo4j (unreachable|did not answer within \d+ ms)$/) });
    expect((await fetch(`${api.origin}/livez`)).status).toBe(200);
    // The failing probe is logged as a warning about the database's state, not as an error with a stack.
    const probeLines = api.logs.filter((line) => (line.req as { path?: string } | undefined)?.path === '/readyz');
    expect(probeLines.map((line) => line.level)).toContain(40);
    expect(probeLines.filter((line) => (line.level as number) >= 50)).toEqual([]);

    // Several requests while down: each fails fast, none hangs or turns into a 500.
    const burst = await timed(() => Promise.all(Array.from({ length: 10 }, () => postGraphQL(api.url, COUNT_COUNTRIES))));
    expect(burst.ms).toBeLessThan(5_000);
    for (const response of burst.value) expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);

    neo4j = await startEmbeddedNeo4j(config);
    const back = Date.now();
    let recovered: Awaited<ReturnType<typeof postGraphQL>> | undefined;
    while (Date.now() - back < 10_000) {
      const attempt = await postGraphQL(api.url, COUNT_COUNTRIES);
      if (!attempt.json?.errors) {
        recovered = attempt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered?.status).toBe(200);
    expect(recovered?.json?.data).toEqual({ countries: { totalCount: countries } });
    expect(Date.now() - back).toBeLessThan(10_000);
    const readyAgain = await fetch(`${api.origin}/readyz`);
    expect(readyAgain.status).toBe(200);
  });
});
