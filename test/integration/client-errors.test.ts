import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { errorCodes, postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(120_000);

const driver = getTestDriver();
let api: TestServer;
let curator: string;

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver });
  curator = await createTestApiKey('curator');
});
afterAll(() => api.stop());

/** pino's numeric levels: 50 is error, 60 fatal. */
const ERROR_LEVEL = 50;
const errorLogs = () => api.logs.filter((line) => Number(line.level) >= ERROR_LEVEL);

const INGEST = 'mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { auditEventId } }';
const TEXT = 'TEST FIXTURE (invented; not a news report). Nothing here.';

function ingest(facts: string): Promise<GraphQLResponse> {
  return postGraphQL(api.url, { query: INGEST, variables: { input: { text: TEXT, facts } } }, { authorization: `Bearer ${curator}` });
}

/** Nine anchors, each aliasing the one before nine times: 9^6 nodes if expanded. */
const YAML_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...['b', 'c', 'd', 'e', 'f'].map((name, index) => {
    const previous = 'abcde'[index];
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`;
  }),
  'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

describe('expected client errors: their own code, HTTP 400, and no error-level log', () => {
  beforeEach(() => api.logs.splice(0));

  it.each([
    ['a YAML bomb', YAML_BOMB, 'Excessive alias count'],
    ['an alias to no anchor', 'source: *nowhere\n', 'Unresolved alias'],
    ['malformed YAML', 'source: [unclosed\n', 'YAML:'],
    ['tabs as indentation', 'source:\n\tkey: x\n', 'YAML:'],
  ])('ingestSource with %s in its facts is BAD_USER_INPUT on input.facts', async (_name, facts, words) => {
    const response = await ingest(facts);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const [error] = response.json?.errors ?? [];
    expect(error?.extensions?.field).toBe('input.facts');
    expect(error?.message).toContain(words);
    expect(errorLogs()).toEqual([]);
  });

  it('an APQ hash that is not the hash of the query is PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const response = await postGraphQL(api.url, {
      query: '{ health }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
    expect(response.json?.data).toBeUndefined();
    expect(errorLogs()).toEqual([]);
    expect(api.logs.some((line) => line.code === 'PERSISTED_QUERY_HASH_MISMATCH' && Number(line.level) < ERROR_LEVEL)).toBe(true);
  });

  it('an APQ of another version is PERSISTED_QUERY_VERSION_UNSUPPORTED', async () => {
    const response = await postGraphQL(api.url, { query: '{ health }', extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } } });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['PERSISTED_QUERY_VERSION_UNSUPPORTED']);
    expect(errorLogs()).toEqual([]);
  });

  it('an APQ hash the server has not seen is still PERSISTED_QUERY_NOT_FOUND, and a matching one registers', async () => {
    const unknown = await postGraphQL(api.url, { extensions: { persistedQuery: { version: 1, sha256Hash: '1'.repeat(64) } } });
    expect(unknown.status).toBe(200);
    expect(errorCodes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const { createHash } = await import('node:crypto');
    const query = '{ health }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const registered = await postGraphQL(api.url, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(registered.json).toEqual({ data: { health: 'ok' } });
    expect(errorLogs()).toEqual([]);
  });
});
