import { DEFAULT_LIMITS } from '../../src/config';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { applyMigrations } from '../../src/neo4j/migrations';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { clearDatabase, getTestDriver, graphClientFor } from '../support/neo4j';

const driver = getTestDriver();
beforeAll(async () => {
  await clearDatabase(driver);
  await applyMigrations(driver);
  await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
});

/** `{ __type(name: "Query") { fields { type { ofType … { name } } } } }`, exactly `depth` deep (depth >= 4). */
function queryOfDepth(depth: number): string {
  const ofTypes = depth - 4;
  return `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(ofTypes)}name${' }'.repeat(ofTypes)} } } } }`;
}

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
const directives = (count: number) => `{ ${'__typename @include(if: true) '.repeat(count)}}`;
/**
 * Exactly `count` tokens as many 5-token operations (`query Qi { __typename }`) plus up to 4 more
 * fields: one long selection set of identical fields would trip graphql-js's own field-merging work
 * budget ("Validation aborted.") before the token limit.
 */
function tokens(count: number): { query: string; operationName: string } {
  const operations = Array.from({ length: Math.floor(count / 5) }, (_, i) => `query Q${i} { __typename }`);
  operations[0] = `query Q0 { ${'__typename '.repeat(1 + (count % 5))}}`;
  return { query: operations.join('\n'), operationName: 'Q0' };
}

/**
 * `countries(first: $n)` over 47 leaf fields costs 1 + n * 49; `extra` root fields add 1 each.
 * With n = 100 (the largest page) and extra = 99 that is exactly 5000, the default MAX_QUERY_COST.
 */
function costlyQuery(extra: number, first = '$n'): string {
  return `query Costly${first === '$n' ? '($n: Int)' : ''} { ${'__typename '.repeat(extra)}countries(first: ${first}) { edges { node { ${'id '.repeat(47)}} } } }`;
}

function expectRefused(response: Awaited<ReturnType<typeof postGraphQL>>, code: string, message: RegExp, limit?: string) {
  expect(response.status).toBe(400);
  expect(errorCodes(response)).toContain(code);
  expect(response.json?.errors?.map((error) => error.message).join('\n')).toMatch(message);
  // A limit is not a syntax error: graphql-armor's and graphql-js's "Syntax Error:" prefix is gone.
  expect(response.text).not.toContain('Syntax Error');
  if (limit !== undefined) expect(response.json?.errors?.map((error) => error.extensions?.limit)).toContain(limit);
  expect(response.json?.data).toBeUndefined();
}

describe('request limits (defaults)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver });
  });
  afterAll(() => api.stop());

  it(`depth: ${DEFAULT_LIMITS.depth} is served, ${DEFAULT_LIMITS.depth + 1} is a 400`, async () => {
    const atLimit = await postGraphQL(api.url, { query: queryOfDepth(DEFAULT_LIMITS.depth) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.json?.errors).toBeUndefined();
    expectRefused(
      await postGraphQL(api.url, { query: queryOfDepth(DEFAULT_LIMITS.depth + 1) }),
      'GRAPHQL_VALIDATION_FAILED',
      new RegExp(`^Query depth limit of ${DEFAULT_LIMITS.depth} exceeded, found ${DEFAULT_LIMITS.depth + 1}`),
      'depth',
    );
  });

  it(`aliases: ${DEFAULT_LIMITS.aliases} are served, ${DEFAULT_LIMITS.aliases + 1} are a 400 (aliases of __typename count too)`, async () => {
    const atLimit = await postGraphQL(api.url, { query: aliases(DEFAULT_LIMITS.aliases) });
    expect(atLimit.status).toBe(200);
    expect(Object.keys(atLimit.json?.data as object)).toHaveLength(DEFAULT_LIMITS.aliases);
    expectRefused(
      await postGraphQL(api.url, { query: aliases(DEFAULT_LIMITS.aliases + 1) }),
      'GRAPHQL_VALIDATION_FAILED',
      new RegExp(`^Aliases limit of ${DEFAULT_LIMITS.aliases} exceeded`),
      'aliases',
    );
  });

  it(`directives: ${DEFAULT_LIMITS.directives} are served, ${DEFAULT_LIMITS.directives + 1} are a 400`, async () => {
    const atLimit = await postGraphQL(api.url, { query: directives(DEFAULT_LIMITS.directives) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.json?.data).toEqual({ __typename: 'Query' });
    expectRefused(
      await postGraphQL(api.url, { query: directives(DEFAULT_LIMITS.directives + 1) }),
      'GRAPHQL_VALIDATION_FAILED',
      new RegExp(`^Directives limit of ${DEFAULT_LIMITS.directives} exceeded`),
      'directives',
    );
  });

  it(`tokens: ${DEFAULT_LIMITS.tokens} are parsed, ${DEFAULT_LIMITS.tokens + 1} are a 400 GRAPHQL_PARSE_FAILED`, async () => {
    const atLimit = await postGraphQL(api.url, tokens(DEFAULT_LIMITS.tokens));
    expect(atLimit.status).toBe(200);
    expect(atLimit.json?.data).toEqual({ __typename: 'Query' });
    expectRefused(
      await postGraphQL(api.url, tokens(DEFAULT_LIMITS.tokens + 1)),
      'GRAPHQL_PARSE_FAILED',
      new RegExp(`^Query token limit of ${DEFAULT_LIMITS.tokens} exceeded`),
      'tokens',
    );
  });

  it(`cost: ${DEFAULT_LIMITS.cost} is served, ${DEFAULT_LIMITS.cost + 1} is a 400, with \`first\` in a variable`, async () => {
    const atLimit = await postGraphQL(api.url, { query: costlyQuery(99), variables: { n: 100 } });
    expect(errorCodes(atLimit)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(atLimit.status).toBe(200);
    expect(atLimit.json?.errors).toBeUndefined();
    expect((atLimit.json?.data as { countries: { edges: unknown[] } }).countries.edges.length).toBeGreaterThan(0);
    const pastLimit = await postGraphQL(api.url, { query: costlyQuery(100), variables: { n: 100 } });
    expectRefused(pastLimit, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`cost ${DEFAULT_LIMITS.cost + 1} exceeds the limit of ${DEFAULT_LIMITS.cost}`), 'cost');
    // It names what to shrink: the page that multiplies the costliest field.
    expect(pastLimit.json?.errors?.[0]?.message).toMatch(/Shrink the page of `countries` \(it multiplies what it selects by 100/);
    expect(pastLimit.json?.errors?.[0]?.extensions?.costliest).toEqual(expect.arrayContaining([{ path: 'countries(×100).edges.node.id', cost: 4700 }]));
  });

  it('cost: a literal `first` counts the same as a variable', async () => {
    const pastLimit = await postGraphQL(api.url, { query: costlyQuery(100, '100') });
    expectRefused(pastLimit, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`cost ${DEFAULT_LIMITS.cost + 1} exceeds`));
  });

  it(`body: ${DEFAULT_LIMITS.bodyBytes} bytes are read, one more is a 413 with a JSON error`, async () => {
    const bodyOf = (bytes: number) => {
      const body = JSON.stringify({ query: '{ __typename }' });
      return body + ' '.repeat(bytes - Buffer.byteLength(body));
    };
    const atLimit = await postGraphQL(api.url, bodyOf(DEFAULT_LIMITS.bodyBytes));
    expect(atLimit.status).toBe(200);
    expect(atLimit.json?.data).toEqual({ __typename: 'Query' });
    const pastLimit = await postGraphQL(api.url, bodyOf(DEFAULT_LIMITS.bodyBytes + 1));
    expect(pastLimit.status).toBe(413);
    expect(pastLimit.headers.get('content-type')).toMatch(/application\/json/);
    expect(pastLimit.json).toEqual({ errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses a batch of operations with a 400', async () => {
    const response = await postGraphQL(api.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
  });

  it('refuses an operation type the API does not serve (subscription) as a 400 validation error, logged below error', async () => {
    const response = await postGraphQL(api.url, { query: 'subscription { health }' });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.json?.errors?.[0]?.message).toBe('This API serves no subscription operations.');
    expect(api.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });

  it('answers a body that is not JSON with a 400 JSON error, not an HTML page', async () => {
    const response = await postGraphQL(api.url, '{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  describe('CSRF prevention', () => {
    it('refuses a GET without a preflight header, serves it with one', async () => {
      const url = `${api.url}?query=${encodeURIComponent('{ __typename }')}`;
      const simple = await fetch(url);
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
      const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(200);
      expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded'])('refuses a POST sent as %s', async (contentType) => {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': contentType }, body: '{"query":"{ __typename }"}' });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
    });
  });

  it('sends no CORS headers when CORS_ORIGINS is empty', async () => {
    const response = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS allow-list', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver, env: { CORS_ORIGINS: 'https://app.example.org,http://localhost:5173' } });
  });
  afterAll(() => api.stop());

  const preflight = (origin: string) =>
    fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('answers a preflight from a listed origin', async () => {
    const response = await preflight('http://localhost:5173');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/);
  });

  it('gives an unlisted origin no CORS headers', async () => {
    const response = await preflight('https://evil.example.org');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await postGraphQL(api.url, { query: '{ __typename }' }, { origin: 'https://evil.example.org' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('limits read from configuration', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({
      driver,
      env: { MAX_QUERY_DEPTH: '5', MAX_ALIASES: '2', MAX_DIRECTIVES: '1', MAX_TOKENS: '30', MAX_QUERY_COST: '10', MAX_BODY_BYTES: '400' },
    });
  });
  afterAll(() => api.stop());

  it.each([
    ['depth', queryOfDepth(5), queryOfDepth(6)],
    ['aliases', aliases(2), aliases(3)],
    ['directives', directives(1), directives(2)],
    ['cost', `{ ${'__typename '.repeat(10)}}`, `{ ${'__typename '.repeat(11)}}`],
  ])('%s', async (_limit, atLimit, pastLimit) => {
    expect((await postGraphQL(api.url, { query: atLimit })).status).toBe(200);
    expect((await postGraphQL(api.url, { query: pastLimit })).status).toBe(400);
  });

  it('tokens', async () => {
    expect((await postGraphQL(api.url, tokens(30))).status).toBe(200);
    const pastLimit = await postGraphQL(api.url, tokens(31));
    expect(pastLimit.status).toBe(400);
    expect(errorCodes(pastLimit)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('body size', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    expect((await postGraphQL(api.url, body + ' '.repeat(400 - body.length))).status).toBe(200);
    expect((await postGraphQL(api.url, body + ' '.repeat(401 - body.length))).status).toBe(413);
  });
});
