/**
 * Issue 13: dates and JSON are typed (graphql-scalars). A recorded stage change answers
 * `asOf` as a LocalDate and `recordedAt` as a DateTime; the audit trail answers `at` as a
 * DateTime and `changes` as a JSON value — through the real server and Neo4j.
 */
import { encodeId } from '../../src/ids';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(120_000);

const driver = getTestDriver();
let api: TestServer;
let curator: string;
let admin: string;

/** RFC 3339 in UTC with milliseconds: what graphql-scalars' DateTime answers. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const COMMITMENT = encodeId('Commitment', 'gb-fr-military-centers-and-weapons-storage');
// Words of the seeded Paris article (seed/paris-security-guarantees/facts.yaml quotes the same span).
const WITKOFF = { source: encodeId('Source', 'ap-paris-security-guarantees'), start: 2519, end: 2546, quote: 'US Ambassador Steve Witkoff' };

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver });
  [curator, admin] = await Promise.all([createTestApiKey('curator'), createTestApiKey('admin')]);
});
afterAll(() => api.stop());

function send(query: string, variables: Record<string, unknown>, key: string): Promise<GraphQLResponse> {
  return postGraphQL(api.url, { query, variables }, { authorization: `Bearer ${key}` });
}

function dataOf<T>(response: GraphQLResponse): T {
  expect(response.json?.errors).toBeUndefined();
  return response.json?.data as T;
}

describe('custom scalars', () => {
  it('a stage change answers asOf as a LocalDate and recordedAt as a DateTime; the audit trail at as a DateTime and changes as JSON', async () => {
    const before = Date.now();
    const recorded = dataOf<{ recordCommitmentStage: { auditEventId: string; stageChange: { asOf: string; recordedAt: string } } }>(
      await send(
        'mutation ($input: RecordCommitmentStageInput!) { recordCommitmentStage(input: $input) { auditEventId stageChange { asOf recordedAt } } }',
        { input: { commitment: COMMITMENT, stage: 'RATIFIED', asOf: '2026-03-03', evidence: [WITKOFF] } },
        curator,
      ),
    ).recordCommitmentStage;
    expect(recorded.stageChange.asOf).toBe('2026-03-03');
    expect(recorded.stageChange.recordedAt).toMatch(DATE_TIME);
    // The database's clock and the test's agree to well within a minute.
    expect(Math.abs(Date.parse(recorded.stageChange.recordedAt) - before)).toBeLessThan(60_000);

    const { auditTrail } = dataOf<{ auditTrail: { edges: { node: { id: string; at: string; changes: unknown } }[] } }>(
      await send('query ($touching: ID) { auditTrail(touching: $touching) { edges { node { id at changes } } } }', { touching: COMMITMENT }, admin),
    );
    const event = auditTrail.edges.map((edge) => edge.node).find((node) => node.id === recorded.auditEventId)!;
    expect(event.at).toMatch(DATE_TIME);
    expect(typeof event.changes).toBe('object');
    expect(event.changes).toMatchObject({ stageChange: { stage: 'RATIFIED', asOf: '2026-03-03', created: true } });
  });

  it('the schema declares the scalars, and the fields use them', async () => {
    const response = await postGraphQL(api.url, {
      query: `{ audit: __type(name: "AuditEvent") { fields { name type { ofType { name kind } } } }
                stage: __type(name: "StageChange") { fields { name type { ofType { name kind } } } } }`,
    });
    type Fields = { fields: { name: string; type: { ofType: { name: string; kind: string } | null } }[] };
    const { audit, stage } = response.json?.data as { audit: Fields; stage: Fields };
    const typeOf = (type: Fields, name: string) => type.fields.find((field) => field.name === name)?.type.ofType;
    expect(typeOf(audit, 'at')).toEqual({ name: 'DateTime', kind: 'SCALAR' });
    expect(typeOf(audit, 'changes')).toEqual({ name: 'JSON', kind: 'SCALAR' });
    expect(typeOf(stage, 'recordedAt')).toEqual({ name: 'DateTime', kind: 'SCALAR' });
    expect(typeOf(stage, 'asOf')).toEqual({ name: 'LocalDate', kind: 'SCALAR' });
  });
});
