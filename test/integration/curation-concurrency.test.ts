import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { factsFor, idOf, spanOf } from '../support/curation';
import { dumpGraph } from '../support/graph-dump';
import { postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(180_000);

const driver = getTestDriver();
let api: TestServer;
let curator: string;

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver });
  curator = await createTestApiKey('curator');
});
afterAll(() => api.stop());

const INGEST = `mutation ($input: IngestSourceInput!, $key: String) {
  ingestSource(input: $input, idempotencyKey: $key) { auditEventId replayed nodesCreated source { key } }
}`;
const RECORD_STAGE = `mutation ($input: RecordCommitmentStageInput!, $key: String) {
  recordCommitmentStage(input: $input, idempotencyKey: $key) { auditEventId replayed stageChange { key } }
}`;

interface IngestData {
  ingestSource: { auditEventId: string; replayed: boolean; nodesCreated: number; source: { key: string } };
}

const send = (query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> =>
  postGraphQL(api.url, { query, variables }, { authorization: `Bearer ${curator}` });

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return Number((await driver.executeQuery(cypher, params)).records[0]?.get(0));
}

function source(key: string): { text: string; facts: string } {
  const text = `TEST FIXTURE (invented for pledgegraph's concurrency tests; not a news report). The ${key} coalition said Ukraine would get more radars.`;
  return {
    text,
    facts: factsFor(text, {
      source: { key, title: null },
      countries: [{ key: 'UA', name: 'Ukraine', evidence: [{ quote: 'Ukraine' }] }],
      organizations: [{ key: `${key}-coalition`, name: `${key} coalition`, kind: 'COALITION', evidence: [{ quote: `The ${key} coalition` }] }],
      statements: [
        {
          key: `${key}-radars`,
          kind: 'PARAPHRASE',
          speaker: `organization:${key}-coalition`,
          text: 'Ukraine would get more radars',
          evidence: [{ quote: `The ${key} coalition said Ukraine would get more radars.` }],
        },
      ],
    }),
  };
}

/** Relationships that exist more than once between the same two nodes with the same type. */
const DUPLICATE_RELATIONSHIPS = 'MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(r) AS copies WHERE copies > 1 RETURN count(*)';

async function expectOneCopy(key: string): Promise<void> {
  expect(await count('MATCH (s:Source {key: $key}) RETURN count(s)', { key })).toBe(1);
  expect(await count('MATCH (o:Organization {key: $key}) RETURN count(o)', { key: `${key}-coalition` })).toBe(1);
  expect(await count('MATCH (s:Statement {key: $key}) RETURN count(s)', { key: `${key}-radars` })).toBe(1);
  expect(await count('MATCH (e:Evidence)-[:IN]->(:Source {key: $key}) RETURN count(e)', { key })).toBe(3);
  expect(await count(DUPLICATE_RELATIONSHIPS)).toBe(0);
}

describe('concurrent repeats', () => {
  it('five identical ingestSource requests at once, without an idempotency key, leave one copy', async () => {
    const input = source('test-fixture-concurrent-a');
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(INGEST, { input })));
    for (const answer of answers) expect(answer.json?.errors).toBeUndefined();
    const created = answers.map((answer) => (answer.json?.data as IngestData).ingestSource.nodesCreated);
    // Source, organization, statement, three evidence spans and the statement's speaker claim (issue 18); UA exists.
    expect(created.filter((nodes) => nodes > 0)).toEqual([7]);
    await expectOneCopy('test-fixture-concurrent-a');
    // Without a key each request is its own (empty after the first) write, each audited.
    expect(await count("MATCH (e:AuditEvent {operation: 'ingestSource'}) RETURN count(e)")).toBe(5);
  });

  it('five identical ingestSource requests at once with one idempotency key: one write, one audit event, the same answer', async () => {
    const input = source('test-fixture-concurrent-b');
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(INGEST, { input, key: 'concurrent-b' })));
    const results = answers.map((answer) => {
      expect(answer.json?.errors).toBeUndefined();
      return (answer.json?.data as IngestData).ingestSource;
    });
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(new Set(results.map((result) => result.auditEventId)).size).toBe(1);
    expect(new Set(results.map((result) => result.nodesCreated))).toEqual(new Set([7]));
    await expectOneCopy('test-fixture-concurrent-b');
    expect(await count("MATCH (e:AuditEvent {operation: 'ingestSource'}) WHERE e.summary CONTAINS 'concurrent-b' RETURN count(e)")).toBe(1);
    expect(await count('MATCH (i:IdempotencyKey {key: $key}) RETURN count(i)', { key: 'concurrent-b' })).toBe(1);
  });

  it('five identical recordCommitmentStage requests at once with one idempotency key record one stage change', async () => {
    const { text } = source('test-fixture-concurrent-a');
    const input = {
      commitment: idOf('Commitment', 'gb-fr-military-centers-and-weapons-storage'),
      stage: 'IN_FORCE',
      asOf: '2026-05-01',
      evidence: [spanOf(text, 'test-fixture-concurrent-a', 'Ukraine would get more radars')],
    };
    const before = await count('MATCH (sc:StageChange) RETURN count(sc)');
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(RECORD_STAGE, { input, key: 'stage-1' })));
    for (const answer of answers) expect(answer.json?.errors).toBeUndefined();
    expect(await count('MATCH (sc:StageChange) RETURN count(sc)')).toBe(before + 1);
    expect(await count("MATCH (e:AuditEvent {operation: 'recordCommitmentStage'}) RETURN count(e)")).toBe(1);

    // A later repeat of the same key writes nothing at all.
    const dump = await dumpGraph(driver);
    expect(
      ((await send(RECORD_STAGE, { input, key: 'stage-1' })).json?.data as { recordCommitmentStage: { replayed: boolean } }).recordCommitmentStage.replayed,
    ).toBe(true);
    expect(await dumpGraph(driver)).toEqual(dump);
  });
});
