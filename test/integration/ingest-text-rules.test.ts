import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { CURATION_SOURCE_TEXT, curationFacts, idOf } from '../support/curation';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

const driver = getTestDriver();
let server: TestServer;
let curator: string;

beforeAll(async () => {
  await reseed(driver);
  curator = await createTestApiKey('curator');
  server = await startTestServer({ driver });
});
afterAll(async () => {
  await server?.stop();
});

const INGEST = 'mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { source { key } } }';
const ADD_COMMITMENT = 'mutation ($input: AddCommitmentInput!) { addCommitment(input: $input) { commitment { key } } }';

async function send(query: string, variables: Record<string, unknown>) {
  return postGraphQL(server.url, { query, variables }, { authorization: `Bearer ${curator}` });
}

async function storedSources(): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (s:Source) RETURN count(s) AS n');
  return Number(records[0]!.get('n'));
}

function problemsOf(response: Awaited<ReturnType<typeof send>>): { field: string; reason: string }[] {
  expect(response.status).toBe(400);
  expect(response.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return response.json?.errors?.[0]?.extensions?.problems as { field: string; reason: string }[];
}

describe('text that cannot be stored faithfully is refused, never turned into U+FFFD', () => {
  it('ingestSource refuses a source with a lone surrogate (sent as a JSON \\ud800 escape), naming the offset; nothing is written', async () => {
    const before = await storedSources();
    // JSON.stringify writes a lone surrogate as the escape \ud800, which JSON.parse on the server turns back into one.
    const text = `${CURATION_SOURCE_TEXT} \uD800`;
    const problems = problemsOf(await send(INGEST, { input: { text, facts: curationFacts() } }));
    expect(problems).toEqual([
      {
        field: 'input.text',
        reason: `contains a lone surrogate (half of a UTF-16 pair, not a character), U+D800, at offset ${CURATION_SOURCE_TEXT.length + 1}; only tab, line feed and carriage return are allowed among control characters, and text must be well-formed UTF-16`,
      },
    ]);
    expect(await storedSources()).toBe(before);
  });

  it('ingestSource refuses a control character in a fact string, naming the fact and the field', async () => {
    const facts = curationFacts().replace('"name": "Canada"', '"name": "Can\\u0000ada"');
    const problems = problemsOf(await send(INGEST, { input: { text: CURATION_SOURCE_TEXT, facts } }));
    expect(problems).toEqual([
      { field: 'input.facts', reason: expect.stringMatching(/^Country "CA": countries\[2\]\.name: contains a control character, U\+0000, at offset 3/) },
    ]);
  });

  it('addCommitment refuses a summary with a lone surrogate or past 5,000 characters', async () => {
    const input = (summary: string) => ({
      key: 'text-rules-test',
      summary,
      stage: 'PROPOSED',
      bindingness: 'UNDISCLOSED',
      // Checked in the transaction, after the input checks that refuse the summary.
      evidence: [{ source: idOf('Source', 'ap-paris-security-guarantees'), start: 0, end: 1, quote: 'x' }],
    });
    const lone = problemsOf(await send(ADD_COMMITMENT, { input: input('half \uDC00 a pair') }));
    expect(lone).toEqual(
      expect.arrayContaining([
        { field: 'input.summary', reason: expect.stringContaining('lone surrogate (half of a UTF-16 pair, not a character), U+DC00, at offset 5') },
      ]),
    );
    const long = problemsOf(await send(ADD_COMMITMENT, { input: input('s'.repeat(5001)) }));
    expect(long).toEqual(expect.arrayContaining([{ field: 'input.summary', reason: 'at most 5000 characters (got 5001)' }]));
  });
});
