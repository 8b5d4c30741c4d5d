import http from 'node:http';
import zlib from 'node:zlib';
import { startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';
import { reseed } from '../support/api';

const driver = getTestDriver();

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A POST whose body comes back exactly as it went over the wire (fetch would decompress it). */
function rawPost(url: string, body: unknown, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

// Every source's full text: well above the 1 KiB threshold.
const LARGE = { query: '{ sources(first: 10) { edges { node { key text } } } }' };
const SMALL = { query: '{ health }' };

function decode(response: RawResponse): unknown {
  const encoding = response.headers['content-encoding'];
  const plain =
    encoding === 'br'
      ? zlib.brotliDecompressSync(response.body)
      : encoding === 'gzip'
        ? zlib.gunzipSync(response.body)
        : encoding === 'deflate'
          ? zlib.inflateSync(response.body)
          : response.body;
  return JSON.parse(plain.toString('utf8'));
}

describe('response compression', () => {
  let api: TestServer;
  beforeAll(async () => {
    await reseed(driver);
    api = await startTestServer({ driver });
  });
  afterAll(() => api.stop());

  it('compresses a large answer with the encoding the client prefers, and the body decodes to the same answer', async () => {
    const identity = await rawPost(api.url, LARGE, { 'accept-encoding': 'identity' });
    expect(identity.status).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.length).toBeGreaterThan(1024);
    const answer = JSON.parse(identity.body.toString('utf8')) as { data: { sources: { edges: unknown[] } } };
    expect(answer.data.sources.edges.length).toBeGreaterThan(0);

    for (const [accept, expected] of [
      ['gzip', 'gzip'],
      ['deflate', 'deflate'],
      ['br', 'br'],
      ['gzip, deflate, br', 'br'],
      ['gzip;q=1.0, br;q=0.1', 'gzip'],
    ] as const) {
      const compressed = await rawPost(api.url, LARGE, { 'accept-encoding': accept });
      expect({ accept, encoding: compressed.headers['content-encoding'] }).toEqual({ accept, encoding: expected });
      expect(compressed.headers.vary).toMatch(/accept-encoding/i);
      expect(compressed.body.length).toBeLessThan(identity.body.length / 2);
      expect(decode(compressed)).toEqual(answer);
    }
  });

  it('sends a body under the threshold as it is, and nothing compressed to a client that did not ask', async () => {
    const small = await rawPost(api.url, SMALL, { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { health: expect.any(String) } });
    const unasked = await rawPost(api.url, LARGE, {});
    expect(unasked.headers['content-encoding']).toBeUndefined();
  });

  it('COMPRESSION=false sends every answer uncompressed; COMPRESSION_THRESHOLD_BYTES moves the threshold', async () => {
    const off = await startTestServer({ driver, env: { COMPRESSION: 'false' } });
    const low = await startTestServer({ driver, env: { COMPRESSION_THRESHOLD_BYTES: '10' } });
    try {
      expect((await rawPost(off.url, LARGE, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
      const small = await rawPost(low.url, SMALL, { 'accept-encoding': 'gzip' });
      expect(small.headers['content-encoding']).toBe('gzip');
      expect(decode(small)).toEqual({ data: { health: expect.any(String) } });
    } finally {
      await off.stop();
      await low.stop();
    }
  });
});
