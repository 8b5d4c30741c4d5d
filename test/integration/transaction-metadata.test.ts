import pino from 'pino';
import { createCommandClient, createGraphClient } from '../../src/neo4j/client';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { idOf } from '../support/curation';
import { postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(120_000);

const driver = getTestDriver();
const logger = pino({ level: 'silent' });
/** What Neo4j holds as the running transaction's metadata. */
const OWN_METADATA = 'CALL tx.getMetaData() YIELD metadata RETURN metadata';

describe('the graph client names every transaction', () => {
  it('sends app and operation with reads, writes and multi-statement transactions', async () => {
    const graph = createGraphClient({ driver, logger, metadata: { operation: 'metadata-probe', operationType: 'command' } });
    const expected = { app: 'pledgegraph', operation: 'metadata-probe', operationType: 'command' };
    expect(await graph.read(OWN_METADATA)).toEqual([{ metadata: expected }]);
    expect(await graph.write(OWN_METADATA)).toEqual([{ metadata: expected }]);
    expect(await graph.readTransaction(async (tx) => (await tx.run(OWN_METADATA)).rows)).toEqual([{ metadata: expected }]);
    expect(await graph.writeTransaction(async (tx) => (await tx.run(OWN_METADATA)).rows)).toEqual([{ metadata: expected }]);
  });

  it('reads the metadata as each transaction starts, so a request can be named once its operation is known', async () => {
    const metadata = { operation: '(unresolved)' };
    const graph = createGraphClient({ driver, logger, metadata });
    expect(await graph.read(OWN_METADATA)).toEqual([{ metadata: { app: 'pledgegraph', operation: '(unresolved)' } }]);
    Object.assign(metadata, { operation: 'Renamed', operationType: 'query' });
    expect(await graph.read(OWN_METADATA)).toEqual([{ metadata: { app: 'pledgegraph', operation: 'Renamed', operationType: 'query' } }]);
  });

  it('says at least which app sent a transaction, and bounds what it sends', async () => {
    expect(await createGraphClient({ driver, logger }).read(OWN_METADATA)).toEqual([{ metadata: { app: 'pledgegraph' } }]);
    const long = createGraphClient({ driver, logger, metadata: { operation: 'x'.repeat(5_000) } });
    const [row] = await long.read<{ metadata: { operation: string } }>(OWN_METADATA);
    expect(row?.metadata.operation).toHaveLength(200);
  });

  it('names a command by its npm script', async () => {
    expect(await createCommandClient({ driver }, logger, 'seed').read(OWN_METADATA)).toEqual([
      { metadata: { app: 'pledgegraph', operation: 'seed', operationType: 'command' } },
    ]);
  });
});

describe('a GraphQL request names its operation in Neo4j', () => {
  let api: TestServer;
  let curator: string;
  beforeAll(async () => {
    await reseed(driver);
    api = await startTestServer({ driver });
    curator = await createTestApiKey('curator');
  });
  afterAll(() => api?.stop());

  interface Seen {
    metaData: Record<string, unknown>;
    currentQuery: string;
  }

  /** Polls SHOW TRANSACTIONS, as an operator would, until a transaction with `operation` shows up. */
  async function transactionNamed(operation: string): Promise<Seen> {
    for (let attempt = 0; attempt < 400; attempt++) {
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.operation = $operation RETURN metaData, currentQuery',
        { operation },
      );
      const [record] = records;
      if (record) return { metaData: record.get('metaData') as Record<string, unknown>, currentQuery: record.get('currentQuery') as string };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no transaction named ${operation} showed up`);
  }

  /**
   * Sends `document` while another transaction holds the lock of its idempotency key, so the
   * mutation's transaction waits (visibly) on its first statement; returns what SHOW TRANSACTIONS said.
   */
  async function seenWhileBlocked(document: string, operation: string): Promise<{ seen: Seen; response: GraphQLResponse }> {
    const key = `metadata-test-${operation}`;
    const session = driver.session();
    const blocker = await session.beginTransaction();
    try {
      await blocker.run('MERGE (:IdempotencyKey {key: $key})', { key });
      const input = {
        fact: idOf('Commitment', 'no-such-commitment'),
        evidence: [{ source: idOf('Source', 'ap-paris-security-guarantees'), start: 0, end: 5, quote: 'PARIS' }],
      };
      const headers = { authorization: `Bearer ${curator}`, 'x-request-id': `request-${key}` };
      const pending = postGraphQL(api.url, { query: document, variables: { input, key } }, headers);
      const seen = await transactionNamed(operation);
      await blocker.rollback();
      return { seen, response: await pending };
    } finally {
      await session.close();
    }
  }

  it('SHOW TRANSACTIONS shows the named operation and its type while its query runs', async () => {
    const { seen, response } = await seenWhileBlocked(
      'mutation MetadataProbe($input: AttachEvidenceInput!, $key: String) { attachEvidence(input: $input, idempotencyKey: $key) { replayed } }',
      'MetadataProbe',
    );
    expect(seen.metaData).toEqual({
      app: 'pledgegraph',
      operation: 'MetadataProbe',
      operationType: 'mutation',
      requestId: 'request-metadata-test-MetadataProbe',
    });
    expect(response.headers.get('x-request-id')).toBe('request-metadata-test-MetadataProbe');
    expect(seen.currentQuery).toContain('MERGE (i:IdempotencyKey {key: $key})');
    // The write went on once the lock was free, and was refused for its input as usual.
    expect(response.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an operation without a name shows as (anonymous)', async () => {
    const { seen } = await seenWhileBlocked(
      'mutation ($input: AttachEvidenceInput!, $key: String) { attachEvidence(input: $input, idempotencyKey: $key) { replayed } }',
      '(anonymous)',
    );
    expect(seen.metaData).toMatchObject({ app: 'pledgegraph', operation: '(anonymous)', operationType: 'mutation' });
  });
});
