import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { CURATION_STEPS } from '../support/curated-graph';
import { dumpGraph } from '../support/graph-dump';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(120_000);

const driver = getTestDriver();
let api: TestServer;
let curator: string;

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver, env: { LOG_LEVEL: 'warn' } });
  curator = await createTestApiKey('curator');
});
afterAll(() => api.stop());

function send(mutation: string, input: unknown) {
  const type = `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input`;
  const query = `mutation ($input: ${type}!) { ${mutation}(input: $input) { auditEventId } }`;
  return postGraphQL(api.url, { query, variables: { input } }, { authorization: `Bearer ${curator}` });
}

describe('a source a stage change cites', () => {
  it('can be sent again through ingestSource, changing nothing: the stage change is history, not one of its facts', async () => {
    const ingest = CURATION_STEPS.find((step) => step.mutation === 'ingestSource' && String(step.input.facts).includes('test-fixture-curation-ratified'));
    const stage = CURATION_STEPS.find((step) => step.mutation === 'recordCommitmentStage');
    expect((await send('ingestSource', ingest?.input)).json?.errors).toBeUndefined();
    expect((await send('recordCommitmentStage', stage?.input)).json?.errors).toBeUndefined();
    const before = await dumpGraph(driver);
    const again = await send('ingestSource', ingest?.input);
    expect(again.json?.errors).toBeUndefined();
    const after = await dumpGraph(driver);
    const history = (graph: typeof before) => graph.relationships.filter((line) => line.includes('StageChange'));
    expect(history(after)).toEqual(history(before));
    expect(history(after).some((line) => line.includes('"EVIDENCED_BY"'))).toBe(true);
  });
});
