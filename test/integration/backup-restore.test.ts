import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FILES } from '../../src/backup/graph-backup';
import { PROJECT_ROOT } from '../../src/project-root';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import {
  CONFLICTING_SOURCE_KEY,
  CONFLICTING_SOURCE_TEXT,
  CURATION_SOURCE_KEY,
  CURATION_SOURCE_TEXT,
  conflictingFacts,
  curationFacts,
  idOf,
  spanOf,
} from '../support/curation';
import { dumpGraph, relationshipsWithoutTheirKeys } from '../support/graph-dump';
import { postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { clearDatabase, getTestDriver } from '../support/neo4j';

jest.setTimeout(240_000);

const driver = getTestDriver();
const run = promisify(execFile);
const MILITARY_CENTERS = 'gb-fr-military-centers-and-weapons-storage';
const span = (quote: string) => spanOf(CURATION_SOURCE_TEXT, CURATION_SOURCE_KEY, quote);

/** `npm run export|import -- <dir>` as a child process against the test database. */
async function backupCli(command: 'export' | 'import', dir: string): Promise<{ status: number; stdout: string; stderr: string }> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  try {
    const { stdout, stderr } = await run(tsx, [path.join(PROJECT_ROOT, 'src', 'cli', 'backup.ts'), command, dir], {
      env: { ...process.env, NEO4J_URI: process.env.PLEDGEGRAPH_TEST_NEO4J_URI, LOG_LEVEL: 'silent' },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every property's Neo4j type too (dumpGraph's JSON can't tell 3 from 3.0, or a datetime from its text). */
async function typesOfEveryProperty(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n) RETURN labels(n)[0] + ':' + coalesce(n.key, n.id) AS owner, [k IN keys(n) | k + '=' + valueType(n[k])] AS types
     UNION ALL
     MATCH (a)-[r]->(b) RETURN type(r) + ':' + coalesce(a.key, a.id) + '>' + coalesce(b.key, b.id) AS owner, [k IN keys(r) | k + '=' + valueType(r[k])] AS types`,
  );
  return records.map((record) => `${record.get('owner') as string} ${(record.get('types') as string[]).sort().join(';')}`).sort();
}

describe('npm run export / npm run import', () => {
  let api: TestServer;
  let curator: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-backup-'));

  async function send(query: string, variables: Record<string, unknown>): Promise<void> {
    const response: GraphQLResponse = await postGraphQL(api.url, { query, variables }, { authorization: `Bearer ${curator}` });
    expect(response.json?.errors).toBeUndefined();
  }

  beforeAll(async () => {
    await reseed(driver);
    api = await startTestServer({ driver });
    curator = await createTestApiKey('curator');
    // Every curation mutation writes to the graph once (one of them with an idempotency key).
    const ingest = 'mutation ($input: IngestSourceInput!, $key: String) { ingestSource(input: $input, idempotencyKey: $key) { auditEventId } }';
    await send(ingest, { input: { text: CURATION_SOURCE_TEXT, facts: curationFacts() }, key: 'backup-test-ingest' });
    await send(ingest, { input: { text: CONFLICTING_SOURCE_TEXT, facts: conflictingFacts() } });
    await send('mutation ($input: AddStatementInput!) { addStatement(input: $input) { auditEventId } }', {
      input: {
        key: 'backup-canada-deminers',
        kind: 'PARAPHRASE',
        text: 'Canada will also train Ukrainian deminers',
        speaker: idOf('Country', 'CA'),
        about: [idOf('Country', 'UA')],
        evidence: [span("Canada will also train Ukrainian deminers, Canada's defense minister said.")],
      },
    });
    await send('mutation ($input: AddCommitmentInput!) { addCommitment(input: $input) { auditEventId } }', {
      input: {
        key: 'backup-canada-deminer-training',
        summary: 'Canada will train Ukrainian deminers.',
        beneficiary: idOf('Country', 'UA'),
        stage: 'AGREED_IN_PRINCIPLE',
        bindingness: 'UNDISCLOSED',
        evidence: [span('Canada will also train Ukrainian deminers')],
      },
    });
    await send('mutation ($input: AmendCommitmentInput!) { amendCommitment(input: $input) { auditEventId } }', {
      input: {
        commitment: idOf('Commitment', 'backup-canada-deminer-training'),
        addPledgers: [idOf('Country', 'CA')],
        addDomains: [idOf('Domain', 'land')],
        evidence: [span("Canada's defense minister said")],
      },
    });
    const record = 'mutation ($input: RecordCommitmentStageInput!) { recordCommitmentStage(input: $input) { auditEventId } }';
    await send(record, {
      input: {
        commitment: idOf('Commitment', MILITARY_CENTERS),
        stage: 'RATIFIED',
        asOf: '2026-03-03',
        evidence: [span('On March 3, 2026, the British parliament ratified the agreement')],
      },
    });
    await send(record, {
      input: {
        commitment: idOf('Commitment', MILITARY_CENTERS),
        stage: 'AWAITING_APPROVAL',
        asOf: '2026-03-03',
        evidence: [spanOf(CONFLICTING_SOURCE_TEXT, CONFLICTING_SOURCE_KEY, 'still awaiting approval in London')],
      },
    });
    await send('mutation ($input: AttachEvidenceInput!) { attachEvidence(input: $input) { auditEventId } }', {
      input: { fact: idOf('Country', 'GB'), evidence: [span('the British parliament')] },
    });
    await send('mutation ($input: DiscloseDomainLeadsInput!) { discloseDomainLeads(input: $input) { auditEventId } }', {
      input: {
        leadership: idOf('DomainLeadership', 'land-leadership'),
        leads: [idOf('Country', 'FR'), idOf('Country', 'GB')],
        evidence: [span('France and Britain will lead the land domain')],
      },
    });
  });
  afterAll(async () => {
    await api.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exports a graph every curation mutation wrote to and rebuilds it identically in an empty database', async () => {
    const original = await dumpGraph(driver);
    const originalTypes = await typesOfEveryProperty();
    const labelsOf = (lines: string[]) => new Set(lines.map((line) => (JSON.parse(line) as { labels: string[] }).labels[0]));
    expect([...labelsOf(original.nodes)]).toEqual(expect.arrayContaining(['AuditEvent', 'StageChange', 'IdempotencyKey', 'ApiKey', 'Source', 'Evidence']));

    const exported = await backupCli('export', dir);
    expect(exported).toMatchObject({ status: 0 });
    expect(exported.stdout).toMatch(/^exported \d+ nodes, 9 audit events and \d+ relationships/);
    const audit = fs
      .readFileSync(path.join(dir, FILES.audit), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { props: { operation: string } });
    expect(audit.map((event) => event.props.operation)).toEqual([
      'ingestSource',
      'ingestSource',
      'addStatement',
      'addCommitment',
      'amendCommitment',
      'recordCommitmentStage',
      'recordCommitmentStage',
      'attachEvidence',
      'discloseDomainLeads',
    ]);

    await clearDatabase(driver);
    expect((await dumpGraph(driver)).nodes).toEqual([]);
    const imported = await backupCli('import', dir);
    expect(imported).toMatchObject({ status: 0 });
    expect(await dumpGraph(driver)).toEqual(original);
    expect(await typesOfEveryProperty()).toEqual(originalTypes);

    // The restored graph serves: the curated stage history and audit trail answer through the API.
    const history = await postGraphQL(api.url, {
      query:
        'query ($key: String!) { commitments(filter: { pledger: $key }, first: 50) { edges { node { key stageConflict stageHistory { totalCount edges { node { stage asOf } } } } } } }',
      variables: { key: 'GB' },
    });
    expect(history.json?.errors).toBeUndefined();
    const node = (
      history.json?.data as {
        commitments: { edges: { node: { key: string; stageConflict: boolean; stageHistory: { totalCount: number; edges: unknown[] } } }[] };
      }
    ).commitments.edges.find((edge) => edge.node.key === MILITARY_CENTERS)?.node;
    expect(node?.stageConflict).toBe(true);
    expect(node?.stageHistory.totalCount).toBe(2);
    expect(node?.stageHistory.edges).toHaveLength(2);
  });

  it("restores a backup made before relationships carried their ends' keys, and gives them the keys", async () => {
    const original = await dumpGraph(driver);
    const older = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-older-'));
    try {
      for (const name of Object.values(FILES)) fs.copyFileSync(path.join(dir, name), path.join(older, name));
      const lines = fs.readFileSync(path.join(older, FILES.relationships), 'utf8').trim().split('\n');
      const stripped = lines.map((line) => {
        const record = JSON.parse(line) as { props: Record<string, unknown> };
        const { startKey: _start, endKey: _end, ...props } = record.props;
        return JSON.stringify({ ...record, props });
      });
      expect(stripped).not.toEqual(lines);
      fs.writeFileSync(path.join(older, FILES.relationships), `${stripped.join('\n')}\n`);
      await clearDatabase(driver);
      expect(await backupCli('import', older)).toMatchObject({ status: 0 });
      expect(await relationshipsWithoutTheirKeys(driver)).toEqual([]);
      expect(await dumpGraph(driver)).toEqual(original);
    } finally {
      fs.rmSync(older, { recursive: true, force: true });
    }
  });

  it('refuses to import into a database that is not empty, and an incomplete backup, writing nothing', async () => {
    const before = await dumpGraph(driver);
    const refused = await backupCli('import', dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('The database is not empty');

    const truncated = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-truncated-'));
    try {
      for (const name of Object.values(FILES)) fs.copyFileSync(path.join(dir, name), path.join(truncated, name));
      const lines = fs.readFileSync(path.join(truncated, FILES.relationships), 'utf8').split('\n');
      fs.writeFileSync(path.join(truncated, FILES.relationships), lines.slice(0, 10).join('\n'));
      await clearDatabase(driver);
      const incomplete = await backupCli('import', truncated);
      expect(incomplete.status).toBe(1);
      expect(incomplete.stderr).toMatch(/relationships where the manifest lists \d+; the backup is incomplete/);
      expect((await dumpGraph(driver)).nodes).toEqual([]);

      // A line of the right count but the wrong shape is named, with no driver text, before anything is written.
      fs.writeFileSync(
        path.join(truncated, FILES.relationships),
        lines.map((line) => (line ? JSON.stringify({ ...JSON.parse(line), props: undefined }) : line)).join('\n'),
      );
      const malformed = await backupCli('import', truncated);
      expect(malformed.status).toBe(1);
      expect(malformed.stderr).toMatch(/relationships\.jsonl:1 is not a record the export writes: props: /);
      expect(malformed.stderr).not.toMatch(/Neo4j|failed:/);
      expect((await dumpGraph(driver)).nodes).toEqual([]);
    } finally {
      fs.rmSync(truncated, { recursive: true, force: true });
    }
    expect(await backupCli('import', dir)).toMatchObject({ status: 0 });
    expect(await dumpGraph(driver)).toEqual(before);
  });
});
