import fs from 'node:fs';
import path from 'node:path';
import { IDE_BUILD_DIR } from '../../src/http/ide';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

const driver = getTestDriver();

/** The hashed names of the IDE's last build (jest's global setup builds it when stale). */
function ideManifest(): { script: string; styles: string[]; workers: Record<string, string> } {
  return JSON.parse(fs.readFileSync(path.join(IDE_BUILD_DIR, 'manifest.json'), 'utf8'));
}

describe('health, request ids and logs', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver });
  });
  afterAll(() => api.stop());

  it('/livez and /readyz answer 200 while Neo4j is up', async () => {
    const live = await fetch(`${api.origin}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('keeps a sane incoming x-request-id and echoes it; replaces an unsafe one with a fresh UUID', async () => {
    const kept = await postGraphQL(api.url, { query: '{ health }' }, { 'x-request-id': 'trace-4f2a.01:b' });
    expect(kept.headers.get('x-request-id')).toBe('trace-4f2a.01:b');
    const replaced = await postGraphQL(api.url, { query: '{ health }' }, { 'x-request-id': 'x'.repeat(129) });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const injected = await fetch(`${api.origin}/livez`, { headers: { 'x-request-id': 'a b"}{' } });
    expect(injected.headers.get('x-request-id')).not.toContain('"');
    const fresh = await fetch(`${api.origin}/livez`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one JSON line per request with its id, and never the credentials a client sent', async () => {
    const secret = 'Bearer s3cr3t-token-value';
    await postGraphQL(
      api.url,
      { query: 'query Hello { health }', operationName: 'Hello' },
      {
        authorization: secret,
        'x-api-key': 'k3y-value',
        cookie: 'session=c00kie-value',
        'x-request-id': 'log-check-1',
      },
    );
    const line = api.logs.find((entry) => (entry.req as { id?: string } | undefined)?.id === 'log-check-1');
    // Not a pledgegraph key, so the request is refused (401, logged at warn); see access-control.test.ts.
    expect(line).toMatchObject({
      level: 40,
      service: 'pledgegraph',
      msg: 'request completed',
      operationName: 'Hello',
      req: { id: 'log-check-1', method: 'POST', path: '/graphql' },
      res: { statusCode: 401 },
    });
    expect(typeof line?.responseTime).toBe('number');
    const everything = JSON.stringify(api.logs);
    for (const leaked of ['s3cr3t-token-value', 'k3y-value', 'c00kie-value']) expect(everything).not.toContain(leaked);
  });

  it('serves the IDE to a browser on / and on GET /graphql, and JSON to API clients', async () => {
    for (const path of ['/', '/graphql']) {
      const page = await fetch(`${api.origin}${path}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'.*connect-src 'self'/);
      expect(await page.text()).toContain(`/ide/assets/${ideManifest().script}`);
    }
    const { script, styles, workers } = ideManifest();
    for (const asset of [script, ...styles, ...Object.values(workers)]) {
      // Content-hashed names, cached for a year, compressed at build time.
      expect(asset).toMatch(/-[A-Z0-9]{8}\.(js|css)$/);
      const response = await fetch(`${api.origin}/ide/assets/${asset}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /javascript/ : /text\/css/);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    const gzip = await fetch(`${api.origin}/ide/assets/${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    await gzip.arrayBuffer();
    expect((await fetch(`${api.origin}/ide/assets/package.json`)).status).toBe(404);
    expect((await fetch(`${api.origin}/ide/assets/manifest.json`)).status).toBe(404);
    const introspection = await postGraphQL(api.url, { query: '{ __schema { queryType { name } } }' });
    expect(introspection.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('keeps "Did you mean" hints while the schema is exposed', async () => {
    const response = await postGraphQL(api.url, { query: '{ helth }' });
    expect(response.json?.errors?.[0]?.message).toMatch(/Did you mean "health"\?/);
  });
});

describe('EXPOSE_SCHEMA=false', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver, env: { EXPOSE_SCHEMA: 'false' } });
  });
  afterAll(() => api.stop());

  it('refuses introspection with a 400', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }']) {
      const response = await postGraphQL(api.url, { query });
      expect(response.status).toBe(400);
      expect(errorCodes(response)).toContain('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('serves no IDE', async () => {
    expect((await fetch(`${api.origin}/`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${api.origin}/ide/assets/${ideManifest().script}`)).status).toBe(404);
    expect((await fetch(`${api.origin}/ide/tabs`)).status).toBe(404);
    const endpoint = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(endpoint.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await endpoint.text()).not.toMatch(/graphiql/i);
  });

  it('leaks no "Did you mean" hints, for fields, types, arguments or enum values', async () => {
    const probes = [
      { query: '{ helth }' },
      { query: 'query($x: Strin) { health }' },
      { query: '{ countries(frist: 1) { totalCount } }' },
      { query: 'query($kind: OrganizationKind) { organizations(kind: $kind) { totalCount } }', variables: { kind: 'COALITIONN' } },
    ];
    for (const probe of probes) {
      const response = await postGraphQL(api.url, probe);
      expect(response.status).toBe(400);
      expect(response.json?.errors?.length).toBeGreaterThan(0);
      expect(response.text).not.toMatch(/Did you mean/i);
    }
  });

  it('still answers queries', async () => {
    expect((await postGraphQL(api.url, { query: '{ health }' })).json).toEqual({ data: { health: 'ok' } });
  });
});
