import { createTestApiKey } from '../support/api-keys';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

const driver = getTestDriver();
const HEALTH = { query: '{ health }' };

function from(address: string, key?: string): Record<string, string> {
  return { 'x-forwarded-for': address, ...(key ? { authorization: `Bearer ${key}` } : {}) };
}

async function statuses(url: string, times: number, headers: Record<string, string>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < times; i += 1) seen.push((await postGraphQL(url, HEALTH, headers)).status);
  return seen;
}

describe('rate limits per client address and per API key', () => {
  let api: TestServer;
  let reader: string;
  let otherReader: string;
  let curator: string;
  let admin: string;
  beforeAll(async () => {
    [reader, otherReader, curator, admin] = await Promise.all([
      createTestApiKey('reader'),
      createTestApiKey('reader'),
      createTestApiKey('curator'),
      createTestApiKey('admin'),
    ]);
    api = await startTestServer({
      driver,
      env: {
        TRUST_PROXY: '1',
        RATE_LIMIT_WINDOW_MS: '60000',
        RATE_LIMIT_PER_ADDRESS: '3',
        RATE_LIMIT_PER_KEY: '2',
        RATE_LIMIT_CURATOR_KEY: '5',
        RATE_LIMIT_ADMIN_KEY: '0',
      },
    });
  });
  afterAll(() => api.stop());

  it('answers 429 with Retry-After and RATE_LIMITED once an address used its budget; other addresses are unaffected', async () => {
    expect(await statuses(api.url, 3, from('203.0.113.1'))).toEqual([200, 200, 200]);
    const refused = await postGraphQL(api.url, HEALTH, from('203.0.113.1'));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-policy')).toMatch(/q=3; w=60/);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.json?.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);

    expect(await statuses(api.url, 3, from('203.0.113.2'))).toEqual([200, 200, 200]);
    // The probes are never limited.
    expect((await fetch(`${api.origin}/readyz`, { headers: from('203.0.113.1') })).status).toBe(200);
  });

  it('counts a keyed client by its key, whatever its address, with its role budget; other keys are unaffected', async () => {
    // The address 203.0.113.1 is spent, but a valid key has a budget of its own.
    expect(await statuses(api.url, 3, from('203.0.113.1', reader))).toEqual([200, 200, 429]);
    expect(await statuses(api.url, 1, from('198.51.100.7', reader))).toEqual([429]);
    expect(await statuses(api.url, 2, from('203.0.113.1', otherReader))).toEqual([200, 200]);
    expect(await statuses(api.url, 6, from('203.0.113.1', curator))).toEqual([200, 200, 200, 200, 200, 429]);
    // RATE_LIMIT_ADMIN_KEY=0: unlimited.
    expect(await statuses(api.url, 8, from('203.0.113.1', admin))).toEqual(Array(8).fill(200));
  });

  it('counts a request with a bad key by its address, and still answers it 401 while budget remains', async () => {
    const bad = await postGraphQL(api.url, HEALTH, from('203.0.113.9', 'pgk_0000000000000000_' + 'x'.repeat(43)));
    expect(bad.status).toBe(401);
    expect(await statuses(api.url, 3, from('203.0.113.9'))).toEqual([200, 200, 429]);
  });
});

describe('rate limits off (the default)', () => {
  it('lets any number of requests through', async () => {
    const api = await startTestServer({ driver });
    try {
      const seen = await statuses(api.url, 30, {});
      expect(seen.every((status) => status === 200)).toBe(true);
      expect((await postGraphQL(api.url, HEALTH)).headers.get('ratelimit-policy')).toBeNull();
    } finally {
      await api.stop();
    }
  });
});

describe('CORS for the production headers', () => {
  it('lets a listed origin send bookmarks and trace context, and read rate-limit and bookmark headers', async () => {
    const api = await startTestServer({ driver, env: { CORS_ORIGINS: 'https://app.example.org' } });
    try {
      const preflight = await fetch(api.url, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-pledgegraph-bookmark,traceparent',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-pledgegraph-bookmark.*traceparent/);
      const post = await postGraphQL(api.url, HEALTH, { origin: 'https://app.example.org' });
      expect(post.headers.get('access-control-expose-headers')?.split(',')).toEqual(
        expect.arrayContaining(['x-request-id', 'x-pledgegraph-bookmark', 'retry-after', 'ratelimit', 'ratelimit-policy']),
      );
    } finally {
      await api.stop();
    }
  });
});
