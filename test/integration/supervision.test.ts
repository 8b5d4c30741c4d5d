import fs from 'node:fs';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { openDatabase, type OpenOptions } from '../../src/neo4j/database';
import { startEmbeddedNeo4j } from '../../src/neo4j/launcher';
import { applyMigrations } from '../../src/neo4j/migrations';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { graphClientFor } from '../support/neo4j';
import { freePort } from '../support/free-port';
import { throwawayEmbeddedConfig } from '../support/embedded-config';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';

jest.setTimeout(300_000);

const COUNT_COUNTRIES = { query: '{ countries { totalCount } }' };
/**
 * The JVM's own start time depends on the machine (6.3 s idle, README; 40 s on a loaded 2-core
 * box), so the test bounds what the supervisor adds to it: backoff, detection, reconnection.
 */
const SUPERVISOR_OVERHEAD_MS = 10_000;
/** Waiting longer than this for any recovery means it hangs. */
const GIVE_UP_MS = 180_000;

async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A supervised embedded Neo4j, as `npm start` opens it, logging into `logs`. */
async function openSupervised(dataDir: string, policy: OpenOptions['supervisorPolicy']) {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const config = loadConfig({ DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()) });
  const db = await openDatabase(config, createLogger('info', sink), { supervise: true, supervisorPolicy: policy });
  return { db, logs, messages: () => logs.map((line) => line.msg) };
}

async function countriesAnswered(api: TestServer): Promise<boolean> {
  const response = await postGraphQL(api.url, COUNT_COUNTRIES);
  return response.json?.errors === undefined;
}

describe('the embedded Neo4j is supervised', () => {
  const dataDirs: string[] = [];
  const cleanups: (() => Promise<void>)[] = [];

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restarts a killed JVM by itself (adding little to its start time) and serves again; after more crashes than allowed, /livez fails', async () => {
    const { dataDir } = await throwawayEmbeddedConfig();
    dataDirs.push(dataDir);
    const { db, logs, messages } = await openSupervised(dataDir, { maxCrashes: 1, firstBackoffMs: 500 });
    cleanups.push(() => db.close());
    await applyMigrations(db.driver);
    await loadSeedDirectory(graphClientFor(db.driver), SEED_DIR);
    const api = await startTestServer({ driver: db.driver, live: db.live, env: { LOG_LEVEL: 'silent' } });
    cleanups.push(() => api.stop());
    expect(await countriesAnswered(api)).toBe(true);

    const first = db.embedded!.pid!;
    process.kill(first, 'SIGKILL');
    const killedAt = Date.now();
    const during = await postGraphQL(api.url, COUNT_COUNTRIES);
    expect(errorCodes(during)).toEqual(['SERVICE_UNAVAILABLE']);
    expect((await fetch(`${api.origin}/livez`)).status).toBe(200);

    expect(await eventually(() => countriesAnswered(api), GIVE_UP_MS)).toBe(true);
    const recoveredMs = Date.now() - killedAt;
    const restarted = logs.find((line) => line.msg === 'embedded Neo4j restarted');
    expect(restarted).toEqual(expect.objectContaining({ attempt: 1, ms: expect.any(Number) }));
    expect(recoveredMs - (restarted!.ms as number)).toBeLessThan(SUPERVISOR_OVERHEAD_MS);
    const second = db.embedded!.pid!;
    expect(second).not.toBe(first);
    expect(isAlive(second)).toBe(true);
    expect(messages()).toEqual(expect.arrayContaining(['embedded Neo4j exited unexpectedly; restarting it', 'embedded Neo4j restarted']));
    expect((await fetch(`${api.origin}/readyz`)).status).toBe(200);

    // A second crash is one more than this policy allows: the supervisor gives up and says so.
    process.kill(second, 'SIGKILL');
    expect(await eventually(async () => (await fetch(`${api.origin}/livez`)).status === 503, 10_000)).toBe(true);
    expect(await (await fetch(`${api.origin}/livez`)).json()).toEqual({ status: 'failing', reason: 'embedded neo4j could not be restarted' });
    expect(db.live()).toBe(false);
    expect(db.embedded!.pid).toBeUndefined();
    expect(messages()).toContain('embedded Neo4j could not be restarted; /livez now fails so the process gets restarted');
  });

  it('gives up at once, /livez 503, when another process has locked the store', async () => {
    const { dataDir } = await throwawayEmbeddedConfig();
    dataDirs.push(dataDir);
    // The first restart waits long enough for the intruder (another Neo4j on the same DATA_DIR) to take the store.
    const { db, messages } = await openSupervised(dataDir, { firstBackoffMs: 45_000, maxBackoffMs: 45_000 });
    cleanups.push(() => db.close());
    const api = await startTestServer({ driver: db.driver, live: db.live, env: { LOG_LEVEL: 'silent' } });
    cleanups.push(() => api.stop());

    process.kill(db.embedded!.pid!, 'SIGKILL');
    expect(await eventually(async () => messages().includes('embedded Neo4j exited unexpectedly; restarting it'), 10_000)).toBe(true);
    const intruder = await startEmbeddedNeo4j({ ...(await throwawayEmbeddedConfig()), dataDir });
    cleanups.push(() => intruder.stop());
    expect(await eventually(async () => (await fetch(`${api.origin}/livez`)).status === 503, 90_000)).toBe(true);
    expect(messages()).toContain('embedded Neo4j could not be restarted; /livez now fails so the process gets restarted');
    expect(db.live()).toBe(false);
    expect(isAlive(intruder.pid)).toBe(true);
  });
});
