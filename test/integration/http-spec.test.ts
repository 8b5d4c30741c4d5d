import { reseed } from '../support/api';
import { errorCodes, postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(300_000);

const driver = getTestDriver();
let api: TestServer;
beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver });
});
afterAll(() => api.stop());

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const TWO_COUNTRIES = '{ a: country(code: "gb") { name } b: country(code: "GB") { name } }';

describe('GraphQL over HTTP: a response with data is a 200', () => {
  it.each([
    ['application/json', 'application/json'],
    [GRAPHQL_RESPONSE_JSON, GRAPHQL_RESPONSE_JSON],
  ])('one field failing and one answering, Accept %s: 200, the answer and an error for the other', async (accept, contentType) => {
    const response = await postGraphQL(api.url, { query: TWO_COUNTRIES }, { accept });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(contentType);
    expect(response.json?.data).toEqual({ a: null, b: { name: 'United Kingdom' } });
    expect(response.json?.errors).toEqual([expect.objectContaining({ path: ['a'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'code' } })]);
  });

  it('a response whose data is null takes the status of its error code (a non-null root field refused)', async () => {
    const response = await postGraphQL(api.url, { query: '{ search(query: "guarantees", first: 101) { totalCount } }' }, { accept: GRAPHQL_RESPONSE_JSON });
    expect(response.json?.data).toBeNull();
    expect(response.status).toBe(400);
  });

  it('a request-level failure (no data at all) is a 4xx', async () => {
    const parse = await postGraphQL(api.url, { query: '{ country(' }, { accept: GRAPHQL_RESPONSE_JSON });
    expect(parse.status).toBe(400);
    expect(errorCodes(parse)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(parse.json?.data).toBeUndefined();
    const invalid = await postGraphQL(api.url, { query: '{ nothing }' }, { accept: GRAPHQL_RESPONSE_JSON });
    expect(invalid.status).toBe(400);
    expect(errorCodes(invalid)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('no error status ever travels in the body', async () => {
    for (const query of [TWO_COUNTRIES, '{ country(', '{ search(query: "x", first: 0) { totalCount } }']) {
      const response = await postGraphQL(api.url, { query });
      expect(response.text).not.toMatch(/"(http|status)"/);
    }
  });
});

describe('a page too large has one code however it is detected', () => {
  const expectPageRefused = (response: GraphQLResponse) => {
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.json?.errors?.[0]?.extensions?.argumentName).toBe('first');
    expect(response.json?.errors?.[0]?.message).toMatch(/^`first` must be between 1 and 100/);
  };

  it.each([101, 500, 100_000])('search(first: %d) as a literal and as a variable: BAD_USER_INPUT, never the cost rule', async (first) => {
    expectPageRefused(await postGraphQL(api.url, { query: `{ search(query: "guarantees", first: ${first}) { edges { node { score } } } }` }));
    expectPageRefused(
      await postGraphQL(api.url, { query: 'query ($n: Int) { search(query: "guarantees", first: $n) { edges { node { score } } } }', variables: { n: first } }),
    );
  });

  it('a nested page too large is refused where it stands, the rest answered (200)', async () => {
    const response = await postGraphQL(api.url, {
      query: '{ a: country(code: "GB") { name pledges(first: 500) { totalCount } } b: country(code: "GB") { name } }',
    });
    expect(response.status).toBe(200);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((response.json?.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(['a', 'pledges']);
    expect(response.json?.data).toEqual({ a: null, b: { name: 'United Kingdom' } });
  });
});

describe('browsers: CORS', () => {
  const preflight = (url: string, origin: string, headers = 'content-type') =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers } });

  it('a preflight from an origin not in CORS_ORIGINS gets a clean 403 that names CORS_ORIGINS, not a CSRF 400', async () => {
    const response = await preflight(api.url, 'http://localhost:5173');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe('CORS_ORIGIN_NOT_ALLOWED');
    expect(body.errors[0]!.message).toContain('CORS_ORIGINS=http://localhost:5173');
    expect(body.errors[0]!.message).not.toMatch(/CSRF|Cross-Site/);
  });

  describe('with CORS_ORIGINS=http://localhost:5173 (a Vite dev server)', () => {
    let listed: TestServer;
    beforeAll(async () => {
      listed = await startTestServer({ driver, env: { CORS_ORIGINS: 'http://localhost:5173' } });
    });
    afterAll(() => listed.stop());

    it('allows every header docs/operations.md lists, and a POST from the page reads its answer', async () => {
      const documented = [
        'content-type',
        'authorization',
        'x-api-key',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'x-request-id',
        'x-pledgegraph-bookmark',
        'traceparent',
        'tracestate',
      ];
      const response = await preflight(listed.url, 'http://localhost:5173', documented.join(','));
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(response.headers.get('access-control-allow-headers')?.split(',').sort()).toEqual([...documented].sort());
      const post = await postGraphQL(listed.url, { query: TWO_COUNTRIES }, { origin: 'http://localhost:5173' });
      expect(post.status).toBe(200);
      expect(post.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(post.headers.get('access-control-expose-headers')).toContain('x-pledgegraph-bookmark');
    });

    it('still refuses another origin cleanly', async () => {
      const response = await preflight(listed.url, 'https://elsewhere.example.org');
      expect(response.status).toBe(403);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('not in CORS_ORIGINS');
    });
  });
});

describe('x-pledgegraph-bookmark: a set of bookmarks the database never issued', () => {
  it.each([
    ['two in one header', { 'x-pledgegraph-bookmark': 'a, b' }],
    ['one and an empty one', { 'x-pledgegraph-bookmark': 'x,' }],
    [
      'the header twice',
      [
        ['x-pledgegraph-bookmark', 'a'],
        ['x-pledgegraph-bookmark', 'b'],
      ],
    ],
    ['one', { 'x-pledgegraph-bookmark': 'FB:notissued' }],
    ['two of the right form', { 'x-pledgegraph-bookmark': 'FB:notissued, FB:norThisOne' }],
    ['Base64 that decodes to no bookmark', { 'x-pledgegraph-bookmark': 'FB:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, FB://///w==' }],
    ['too many', { 'x-pledgegraph-bookmark': Array.from({ length: 17 }, (_, i) => `FB:b${i}`).join(',') }],
  ] as [string, Record<string, string> | [string, string][]][])('is BAD_USER_INPUT with no error logged (%s)', async (_name, headers) => {
    const logged = api.logs.length;
    const response = await fetch(api.url, {
      method: 'POST',
      headers: new Headers([['content-type', 'application/json'], ...new Headers(headers)]),
      body: JSON.stringify({ query: '{ sources(first: 1) { edges { node { key } } } }' }),
    });
    const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(json.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(response.status).toBe(400);
    expect(api.logs.slice(logged).filter((line) => Number(line.level) >= 50)).toEqual([]);
  });
});

it('x-pledgegraph-bookmark: bookmarks this database issued are accepted, one or several', async () => {
  const issued: string[] = [];
  for (const write of ['CREATE (n:BookmarkProbe) DELETE n', 'CREATE (n:BookmarkProbe) DELETE n']) {
    const session = driver.session({ defaultAccessMode: 'WRITE' });
    try {
      await session.executeWrite((tx) => tx.run(write));
      issued.push(...session.lastBookmarks());
    } finally {
      await session.close();
    }
  }
  expect(issued.length).toBeGreaterThan(0);
  for (const header of [issued[0]!, issued.join(', ')]) {
    const response = await postGraphQL(api.url, { query: '{ sources(first: 1) { edges { node { key } } } }' }, { 'x-pledgegraph-bookmark': header });
    expect(response.status).toBe(200);
    expect(response.json?.errors).toBeUndefined();
  }
});

it('a document graphql-js stops validating says why, with the limit', async () => {
  const repeated = await postGraphQL(api.url, { query: `{ ${'health '.repeat(800)}}` });
  expect(repeated.status).toBe(400);
  expect(repeated.json?.errors).toEqual([
    {
      message: expect.stringMatching(/^Validation stopped: the document takes too much work to validate \(too many fields to compare/) as unknown,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'validationWork' },
    },
  ]);
  const wrong = await postGraphQL(api.url, { query: `{ ${Array.from({ length: 150 }, (_, i) => `nope${i}`).join(' ')} }` });
  expect(wrong.status).toBe(400);
  const errors = wrong.json?.errors ?? [];
  expect(errors).toHaveLength(101);
  expect(errors[100]).toEqual({
    message: 'Validation stopped after 100 errors; fix these and send the document again.',
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'validationErrors', max: 100 },
  });
});
