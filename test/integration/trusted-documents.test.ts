import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { PROJECT_ROOT } from '../../src/project-root';
import { startServer } from '../../src/server';
import { reseed } from '../support/api';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';
import { connectWs, wsUrlOf } from '../support/ws-client';

jest.setTimeout(120_000);

const driver = getTestDriver();
/** The manifest `npm run codegen` writes beside the typed client (codegen.ts, persistedDocuments). */
const MANIFEST = path.join(PROJECT_ROOT, 'src', 'graphql', 'generated', 'client', 'persisted-documents.json');
const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const [searchId, searchDocument] = Object.entries(manifest).find(([, document]) => document.startsWith('query Search(')) ?? [];
const searchVariables = { query: 'guarantees', first: 2 };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const [subscriptionId, subscriptionDocument] = Object.entries(manifest).find(([, document]) => document.startsWith('subscription ')) ?? [];

beforeAll(() => reseed(driver));

const searchEdges = (response: Awaited<ReturnType<typeof postGraphQL>>) => (response.json?.data as { search: { edges: unknown[] } } | undefined)?.search.edges;

it('the codegen manifest maps sha256:<hash of the document> to the document', () => {
  expect(searchId).toBe(`sha256:${sha256(searchDocument!)}`);
  for (const [id, document] of Object.entries(manifest)) expect(id).toBe(`sha256:${sha256(document)}`);
});

describe('TRUSTED_DOCUMENTS (strict, the default mode)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver, env: { TRUSTED_DOCUMENTS: MANIFEST } });
  });
  afterAll(() => api.stop());

  it('runs a manifest document named by documentId (GraphQL over HTTP) or by APQ hash', async () => {
    const byId = await postGraphQL(api.url, { documentId: searchId, variables: searchVariables });
    expect(byId.status).toBe(200);
    expect(byId.json?.errors).toBeUndefined();
    expect(searchEdges(byId)).toHaveLength(2);
    const byApqHash = await postGraphQL(api.url, {
      variables: searchVariables,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(searchDocument!) } },
    });
    expect(byApqHash.status).toBe(200);
    expect(byApqHash.json?.data).toEqual(byId.json?.data);
  });

  it('runs a manifest document sent as its exact text, and by id over GET', async () => {
    const text = await postGraphQL(api.url, { query: searchDocument, variables: searchVariables });
    expect(text.status).toBe(200);
    expect(searchEdges(text)).toHaveLength(2);
    const params = new URLSearchParams({ documentId: searchId!, variables: JSON.stringify(searchVariables) });
    const get = await fetch(`${api.url}?${params.toString()}`, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { search: { edges: unknown[] } } }).data.search.edges).toHaveLength(2);
  });

  it('refuses any other document, an unknown id, and APQ registration, with PERSISTED_DOCUMENT_NOT_FOUND', async () => {
    const refusals = [
      await postGraphQL(api.url, { query: '{ health }' }),
      await postGraphQL(api.url, { query: `${searchDocument} `, variables: searchVariables }),
      await postGraphQL(api.url, { documentId: `sha256:${'0'.repeat(64)}` }),
      await postGraphQL(api.url, { query: '{ health }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ health }') } } }),
      await postGraphQL(api.url, { documentId: searchId!.replace(/.$/, (last) => (last === '0' ? '1' : '0')), variables: searchVariables }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(400);
      expect(errorCodes(refused)).toEqual(['PERSISTED_DOCUMENT_NOT_FOUND']);
      expect(refused.json?.data).toBeUndefined();
    }
    expect(refusals[0]!.json?.errors?.[0]?.message).toMatch(/only trusted documents \(TRUSTED_DOCUMENTS\)/);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ health }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
  });

  it('holds over WebSocket too: a subscribe names a manifest document (by id, APQ hash or exact text), anything else is refused', async () => {
    const client = await connectWs(wsUrlOf(api.url));
    try {
      const refused = [
        { query: 'subscription { factsChanged { sequence summary } }' },
        { query: `${subscriptionDocument} ` },
        { query: '', documentId: `sha256:${'0'.repeat(64)}` },
        {
          query: 'subscription { factsChanged { sequence } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: sha256('subscription { factsChanged { sequence } }') } },
        },
      ];
      for (const [index, payload] of refused.entries()) client.send({ id: `refused-${index}`, type: 'subscribe', payload });
      for (const index of refused.keys()) {
        const error = await client.next((message) => message.id === `refused-${index}` && message.type === 'error');
        expect((error.payload as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code)).toEqual(['PERSISTED_DOCUMENT_NOT_FOUND']);
      }
      expect(client.messages.filter((message) => message.type === 'next')).toEqual([]);
      const accepted = [
        { query: '', documentId: subscriptionId },
        { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: sha256(subscriptionDocument!) } } },
        { query: subscriptionDocument },
      ];
      for (const [index, payload] of accepted.entries()) client.send({ id: `accepted-${index}`, type: 'subscribe', payload });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(client.messages.filter((message) => message.id?.startsWith('accepted-') && message.type !== 'next')).toEqual([]);
      expect(client.socket.readyState).toBe(client.socket.OPEN);
    } finally {
      client.close();
    }
  });
});

describe('TRUSTED_DOCUMENTS_MODE=allow-apq', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ driver, env: { TRUSTED_DOCUMENTS: MANIFEST, TRUSTED_DOCUMENTS_MODE: 'allow-apq' } });
  });
  afterAll(() => api.stop());

  it('runs manifest documents by id, and anything else as without a manifest (APQ included)', async () => {
    expect(searchEdges(await postGraphQL(api.url, { documentId: searchId, variables: searchVariables }))).toHaveLength(2);
    expect((await postGraphQL(api.url, { query: '{ health }' })).json).toEqual({ data: { health: 'ok' } });
    const hash = sha256('{ __typename }');
    const unknown = await postGraphQL(api.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(errorCodes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await postGraphQL(api.url, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(registered.json).toEqual({ data: { __typename: 'Query' } });
    const unknownId = await postGraphQL(api.url, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknownId.status).toBe(400);
    expect(errorCodes(unknownId)).toEqual(['PERSISTED_DOCUMENT_NOT_FOUND']);
  });
});

describe('a manifest the server cannot trust', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-trusted-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['missing', undefined, /cannot read .* as JSON/],
    ['not a manifest', '["{ health }"]', /is not a persisted-documents manifest/],
    ['with a wrong hash', JSON.stringify({ [`sha256:${'0'.repeat(64)}`]: '{ health }' }), /is not the SHA-256 of its document/],
  ])('stops the server at start when it is %s', async (name, content, message) => {
    const file = path.join(folder, `${name.replace(/\W+/g, '-')}.json`);
    if (content !== undefined) fs.writeFileSync(file, content);
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', TRUSTED_DOCUMENTS: file });
    await expect(startServer({ config, logger: createLogger('silent'), db: { driver } })).rejects.toThrow(message);
  });
});
