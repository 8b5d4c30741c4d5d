import { createTestApiKey } from '../support/api-keys';
import { reseed } from '../support/api';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';
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

const INGEST = 'mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { auditEventId } }';
const SPANS = 1_250;

/** A source of `length` characters and a facts document whose every span covers almost all of it but quotes one word. */
function badSpans(length: number): { text: string; facts: string } {
  const text = 'TEST FIXTURE (invented; not a news report). '.padEnd(length, ' lorem ipsum');
  const spans = Array.from({ length: SPANS }, (_, index) => `      - {start: ${index}, end: ${length - index}, quote: "x"}`);
  const facts = ['source:', '  key: test-fixture-bad-spans', 'countries:', '  - key: UA', '    name: Ukraine', '    evidence:', ...spans].join('\n');
  return { text, facts };
}

describe('a refused ingestSource with many problems, each echoing long text', () => {
  it('answers with the first 20 problems, their count, and texts cut to 400 characters', async () => {
    const input = badSpans(40_000);
    const body = JSON.stringify({ query: INGEST, variables: { input } });
    expect(body.length).toBeGreaterThan(60_000);
    expect(body.length).toBeLessThan(100 * 1024);

    const response = await postGraphQL(api.url, body, { authorization: `Bearer ${curator}` });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    // Uncapped, each of the 1,250 problems quoted its ~40,000 characters of source text: about 50 MB.
    expect(response.text.length).toBeLessThan(40_000);
    const [error] = response.json?.errors ?? [];
    const extensions = error?.extensions as { problems: { field: string; reason: string }[]; problemCount: number; reason: string };
    expect(extensions.problemCount).toBe(SPANS);
    expect(extensions.problems).toHaveLength(20);
    expect(error?.message).toContain(`and ${SPANS - 1} more problem(s)`);
    for (const problem of extensions.problems) {
      expect(problem.reason).toMatch(/expected \(source text\) "[^"]{400}…" \(\d+ characters\), actual \(quote\) "x"/);
      expect(problem.reason.length).toBeLessThan(1_000);
    }
  });
});
