import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/project-root';
import { useSeededApi } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { curateGraph } from '../support/curated-graph';
import { spanOf, idOf } from '../support/curation';
import { dumpGraph } from '../support/graph-dump';

jest.setTimeout(180_000);

const run = promisify(execFile);
const SEED_SOURCE = 'ap-paris-security-guarantees';
const SEED_TEXT = fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'paris-security-guarantees', 'source.txt'), 'utf8');

/** `npm run seed` as a child process against the test database; its exit status and output. */
async function seedCli(...args: string[]): Promise<{ status: number; stderr: string }> {
  return seedCliWith({ NEO4J_URI: process.env.PLEDGEGRAPH_TEST_NEO4J_URI }, ...args);
}

async function seedCliWith(env: Record<string, string | undefined>, ...args: string[]): Promise<{ status: number; stderr: string }> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  try {
    const { stderr } = await run(tsx, [path.join(PROJECT_ROOT, 'src', 'cli', 'seed.ts'), ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    return { status: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { status: failed.code, stderr: failed.stderr };
  }
}

describe('npm run seed on a graph curated through the API', () => {
  const api = useSeededApi();
  const quote = 'security guarantees';

  it('reloads freely while nothing was curated', async () => {
    const before = await dumpGraph(api.driver);
    expect(await seedCli()).toMatchObject({ status: 0 });
    expect(await dumpGraph(api.driver)).toEqual(before);
  });

  it('without NEO4J_URI loads into the Neo4j a running server serves on NEO4J_BOLT_PORT instead of starting one', async () => {
    const before = await dumpGraph(api.driver);
    const dataDir = path.join(os.tmpdir(), `pledgegraph-seed-never-created-${process.pid}`);
    const boltPort = new URL(process.env.PLEDGEGRAPH_TEST_NEO4J_URI!).port;
    const result = await seedCliWith({ NEO4J_URI: '', NEO4J_BOLT_PORT: boltPort, DATA_DIR: dataDir });
    expect(result).toMatchObject({ status: 0 });
    expect(result.stderr).toContain(`Using the Neo4j already running at bolt://127.0.0.1:${boltPort}.`);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(await dumpGraph(api.driver)).toEqual(before);
  });

  it('refuses once something was, writing nothing, and has no --force', async () => {
    const curator = await createTestApiKey('curator');
    const span = spanOf(SEED_TEXT, SEED_SOURCE, quote);
    const evidenceKey = `${SEED_SOURCE}:${span.start}-${span.end}`;
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${curator}` },
      body: JSON.stringify({
        query: 'mutation ($input: AttachEvidenceInput!) { attachEvidence(input: $input) { auditEventId } }',
        variables: { input: { fact: idOf('Country', 'GB'), evidence: [span] } },
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    await curateGraph(api.url, curator);
    const attached = (graph: { relationships: string[] }) =>
      graph.relationships.filter((line) => line.includes('"EVIDENCED_BY"') && line.includes('"fromKey":"GB"') && line.includes(evidenceKey));

    const curated = await dumpGraph(api.driver);
    expect(attached(curated).length).toBeGreaterThan(0);
    expect(curated.relationships.some((line) => line.includes('"LED_BY"'))).toBe(true);

    const refused = await seedCli();
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('curated through the API');
    expect(refused.stderr).toContain('ingestSource');
    expect(refused.stderr).not.toContain('--force');
    expect(await dumpGraph(api.driver)).toEqual(curated);

    // A forced reload would set the land leadership back to `disclosed: false` beside the LED_BY
    // links curation disclosed, outside the audit trail: the option is gone, and nothing is written.
    const forced = await seedCli('--force');
    expect(forced.status).toBe(2);
    expect(forced.stderr).toContain("Unknown option '--force'");
    expect(forced.stderr).toContain('usage: npm run seed');
    expect(await dumpGraph(api.driver)).toEqual(curated);
  });
});
