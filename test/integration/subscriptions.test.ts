import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CommitmentStageRecordedDocument, type CommitmentStageRecordedSubscription } from '../../src/graphql/generated/client/graphql';
import { auditFeedQuery } from '../../src/subscriptions/audit-feed-repository';
import { reseed } from '../support/api';
import { createTestApiKey } from '../support/api-keys';
import { CURATION_SOURCE_KEY, CURATION_SOURCE_TEXT, curationFacts, idOf, spanOf } from '../support/curation';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { getTestDriver } from '../support/neo4j';
import { bearer, connectWs, openWs, wsUrlOf, type ServerMessage, type WsClient } from '../support/ws-client';

jest.setTimeout(180_000);

const driver = getTestDriver();
const SOURCE = 'ap-paris-security-guarantees';
const MILITARY_CENTERS = 'gb-fr-military-centers-and-weapons-storage';
const COMMITMENT = idOf('Commitment', MILITARY_CENTERS);

let api: TestServer;
let ws: string;
let curator: string;
let reader: string;
let admin: string;
const clients: WsClient[] = [];

const STAGES = `subscription ($commitment: ID) {
  commitmentStageRecorded(commitment: $commitment) {
    sequence operation summary
    facts { edges { node { __typename id ... on Commitment { key stage evidence(first: 3) { edges { node { quote source { key } } } } } } } }
  }
}`;

async function sourceSpan(quote: string): Promise<{ source: string; start: number; end: number; quote: string }> {
  const { records } = await driver.executeQuery('MATCH (s:Source {key: $key}) RETURN s.text AS text', { key: SOURCE });
  const text = records[0]?.get('text') as string;
  const start = text.indexOf(quote);
  return {
    source: idOf('Source', SOURCE),
    start,
    end: start + quote.length,
    quote,
  };
}

let day = 0;
async function recordStage(url = api.url): Promise<void> {
  day += 1;
  const response = await postGraphQL(
    url,
    {
      query: 'mutation ($input: RecordCommitmentStageInput!) { recordCommitmentStage(input: $input) { auditEventId } }',
      variables: {
        input: {
          commitment: COMMITMENT,
          stage: 'AWAITING_APPROVAL',
          asOf: new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10),
          evidence: [await sourceSpan('will establish military centers throughout Ukraine')],
        },
      },
    },
    bearer(curator),
  );
  expect(response.json?.errors).toBeUndefined();
}

async function connect(params: Record<string, unknown>, url = ws): Promise<WsClient> {
  const client = await connectWs(url, params);
  clients.push(client);
  return client;
}

const nextOf = (id: string) => (message: ServerMessage) => message.id === id && message.type === 'next';
const errorOf = (id: string) => (message: ServerMessage) => message.id === id && message.type === 'error';
const firstMessage = (message: ServerMessage) =>
  (message.payload as { message: string; extensions: { code: string } }[])[0] ?? { message: '', extensions: { code: '' } };

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({
    driver,
    env: {
      SUBSCRIPTION_POLL_MS: '50',
      WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
      WS_MAX_CONNECTIONS_PER_KEY: '2',
      REQUEST_TIMEOUT_MS: '60000',
    },
  });
  ws = wsUrlOf(api.url);
  [curator, reader, admin] = await Promise.all([createTestApiKey('curator'), createTestApiKey('reader'), createTestApiKey('admin')]);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  // The follower stops polling once nobody listens.
  const deadline = Date.now() + 5_000;
  while (api.server.subscriptions.follower.stats.listeners > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
});
afterAll(() => api.stop());

describe('subscriptions over WebSocket, fed by the audit trail', () => {
  it('delivers a recorded stage with the commitment and its evidence, in sequence order with no gaps', async () => {
    const client = await connect({ authorization: `Bearer ${reader}` });
    client.subscribe('stages', STAGES, { commitment: COMMITMENT });
    // The subscription is live once the follower has read the sequence's head.
    await waitFor(() => api.server.subscriptions.follower.stats.listeners === 1);
    await recordStage();
    await recordStage();
    await client.next((message) => client.messages.filter(nextOf('stages')).length === 2 && nextOf('stages')(message));
    const [first, second] = client.messages.filter(nextOf('stages')).map(
      (message) =>
        (
          message.payload as {
            data: { commitmentStageRecorded: Record<string, unknown> };
          }
        ).data.commitmentStageRecorded,
    );
    expect(first).toMatchObject({
      operation: 'recordCommitmentStage',
      facts: {
        edges: [
          {
            node: {
              __typename: 'Commitment',
              id: COMMITMENT,
              key: MILITARY_CENTERS,
              stage: 'AWAITING_APPROVAL',
              evidence: {
                edges: expect.arrayContaining([
                  {
                    node: {
                      quote: expect.any(String),
                      source: { key: SOURCE },
                    },
                  },
                ]) as unknown,
              },
            },
          },
        ],
      },
    });
    expect((second?.sequence as number) - (first?.sequence as number)).toBe(1);
  });

  it('gives the audit event itself to admins only', async () => {
    const query = 'subscription { factsChanged(types: [Commitment]) { operation auditEvent { operation keyId } } }';
    const readerClient = await connect({ authorization: `Bearer ${reader}` });
    const adminClient = await connect({ 'x-api-key': admin });
    readerClient.subscribe('r', query);
    adminClient.subscribe('a', query);
    await waitFor(() => api.server.subscriptions.follower.stats.listeners === 2);
    await recordStage();
    const forReader = (await readerClient.next(nextOf('r'))).payload as {
      data: unknown;
      errors: { extensions: { code: string } }[];
    };
    expect(forReader.data).toEqual({
      factsChanged: { operation: 'recordCommitmentStage', auditEvent: null },
    });
    expect(forReader.errors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    const forAdmin = (await adminClient.next(nextOf('a'))).payload as {
      data: { factsChanged: { auditEvent: { keyId: string } } };
      errors?: unknown;
    };
    expect(forAdmin.errors).toBeUndefined();
    expect(forAdmin.data.factsChanged.auditEvent.keyId).toBe(curator.split('_')[1]);
  });

  it('filters by the node touched: a subscriber to another commitment gets nothing', async () => {
    const other = await connect({});
    other.subscribe('other', STAGES, {
      commitment: idOf('Commitment', 'some-other-commitment'),
    });
    const mine = await connect({});
    mine.subscribe('mine', STAGES, { commitment: COMMITMENT });
    await waitFor(() => api.server.subscriptions.follower.stats.listeners === 2);
    await recordStage();
    await mine.next(nextOf('mine'));
    // The same poll fanned the event out to both; nothing reached the other.
    expect(other.messages.filter(nextOf('other'))).toEqual([]);
  });
});

describe('the typed client', () => {
  it("runs the README's subscription (operations/commitment-stage-recorded.graphql) with graphql-ws and receives the curation mutation's event", async () => {
    const client = createClient({
      url: ws,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${reader}` },
      retryAttempts: 0,
    });
    try {
      const events = client.iterate<CommitmentStageRecordedSubscription>({
        query: print(CommitmentStageRecordedDocument),
        variables: { commitment: COMMITMENT },
      });
      // The stage is recorded on the curation workflow's invented source, whose words say it (docs/curation.md).
      const ingested = await postGraphQL(
        api.url,
        {
          query: 'mutation ($input: IngestSourceInput!) { ingestSource(input: $input) { auditEventId } }',
          variables: { input: { text: CURATION_SOURCE_TEXT, facts: curationFacts() } },
        },
        bearer(curator),
      );
      expect(ingested.json?.errors).toBeUndefined();
      const first = events.next();
      await waitFor(() => api.server.subscriptions.follower.stats.listeners === 1);
      const response = await postGraphQL(
        api.url,
        {
          query: 'mutation ($input: RecordCommitmentStageInput!) { recordCommitmentStage(input: $input) { auditEventId } }',
          variables: {
            input: {
              commitment: COMMITMENT,
              stage: 'RATIFIED',
              asOf: '2026-03-03',
              evidence: [
                spanOf(
                  CURATION_SOURCE_TEXT,
                  CURATION_SOURCE_KEY,
                  'the British parliament ratified the agreement to establish military centers throughout Ukraine',
                ),
              ],
            },
          },
        },
        bearer(curator),
      );
      expect(response.json?.errors).toBeUndefined();
      const { value } = await first;
      // The README shows this event (sequence aside, which depends on the writes before it).
      console.log(JSON.stringify(value, null, 2));
      const change = value?.data?.commitmentStageRecorded;
      expect(change).toMatchObject({
        operation: 'recordCommitmentStage',
        summary: expect.stringMatching(/RATIFIED/) as unknown,
      });
      const commitment = change?.facts.edges[0]?.node;
      expect(commitment).toMatchObject({
        key: MILITARY_CENTERS,
        stage: 'RATIFIED',
      });
      expect(commitment && 'stageHistory' in commitment ? commitment.stageHistory.edges[0]?.node : undefined).toEqual({
        stage: 'RATIFIED',
        asOf: '2026-03-03',
        evidence: {
          edges: [
            {
              node: {
                quote: 'the British parliament ratified the agreement to establish military centers throughout Ukraine',
              },
            },
          ],
        },
      });
      await events.return?.();
    } finally {
      await client.dispose();
    }
  });
});

describe('the same rules as HTTP', () => {
  it('refuses a bad key with close code 4401, and no key when REQUIRE_KEY_FOR_READS is on', async () => {
    const bad = openWs(ws);
    bad.send({
      type: 'connection_init',
      payload: { authorization: 'Bearer pgk_nope_nope' },
    });
    expect(await bad.closed).toEqual({
      code: 4401,
      reason: expect.stringMatching(/API key/) as unknown,
    });
    for (const payload of [{ authorization: 12345 }, { 'x-api-key': ['a', 'b'] }]) {
      const malformed = openWs(ws);
      malformed.send({ type: 'connection_init', payload });
      expect(await malformed.closed).toEqual({ code: 4401, reason: expect.stringMatching(/must be a string/) as unknown });
    }

    const strict = await startTestServer({
      driver,
      env: { REQUIRE_KEY_FOR_READS: 'true' },
    });
    try {
      const anonymous = openWs(wsUrlOf(strict.url));
      anonymous.send({ type: 'connection_init' });
      expect((await anonymous.closed).code).toBe(4401);
      const withKey = await connectWs(wsUrlOf(strict.url), {
        authorization: `Bearer ${reader}`,
      });
      withKey.close();
      // The upgrade request's own header serves too (non-browser clients).
      const byHeader = openWs(wsUrlOf(strict.url), bearer(reader));
      byHeader.send({ type: 'connection_init' });
      await byHeader.next((message) => message.type === 'connection_ack');
      byHeader.close();
    } finally {
      await strict.stop();
    }
  });

  it('applies the depth and cost limits to the subscription document, and serves only subscriptions', async () => {
    const client = await connect({});
    const deep = `subscription { sourceIngested { facts { edges { node { ...on Commitment { pledgers { edges { node { ...on Country { commitments { edges { node { pledgers { edges { node { key } } } } } } } } } } } } } } } }`;
    client.subscribe('deep', deep);
    expect(firstMessage(await client.next(errorOf('deep'))).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const costly = `subscription { sourceIngested { facts(first: 100) { edges { node { ...on Source { text evidence(first: 100) { edges { node { quote } } } } } } } } }`;
    client.subscribe('costly', costly);
    expect(firstMessage(await client.next(errorOf('costly')))).toMatchObject({
      message: expect.stringMatching(/^Query cost \d+ exceeds the limit of 5000/) as unknown,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    client.subscribe('query', '{ health }');
    expect(firstMessage(await client.next(errorOf('query'))).message).toMatch(/serves subscriptions only; send query operations over HTTP/);
    client.subscribe('unparsable', 'subscription {');
    expect(firstMessage(await client.next(errorOf('unparsable'))).extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    client.subscribe('badId', STAGES, { commitment: 'not-an-id' });
    const badId = (await client.next(nextOf('badId'))).payload as {
      errors: { extensions: { code: string } }[];
    };
    expect(badId.errors.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    // Every refusal left the connection open and usable.
    expect(client.socket.readyState).toBe(client.socket.OPEN);
  });

  it('caps subscriptions per connection and connections per key', async () => {
    const client = await connect({ authorization: `Bearer ${reader}` });
    for (const id of ['1', '2', '3']) client.subscribe(id, 'subscription { sourceIngested { sequence } }');
    await waitFor(() => api.server.subscriptions.follower.stats.listeners === 3);
    client.subscribe('4', 'subscription { sourceIngested { sequence } }');
    expect(firstMessage(await client.next(errorOf('4'))).message).toBe('At most 3 subscriptions per connection; complete one or open another connection.');

    await connect({ authorization: `Bearer ${reader}` });
    const third = openWs(ws);
    third.send({
      type: 'connection_init',
      payload: { authorization: `Bearer ${reader}` },
    });
    expect(await third.closed).toEqual({
      code: 4029,
      reason: expect.stringMatching(/^Too many connections for the API key \S+ \(at most 2\)\.$/) as unknown,
    });
    // Another key is counted on its own.
    await connect({ authorization: `Bearer ${admin}` });
  });

  it('caps the subscriptions of the whole instance (WS_MAX_SUBSCRIPTIONS), and frees a slot when one completes or its socket closes', async () => {
    const capped = await startTestServer({ driver, env: { WS_MAX_SUBSCRIPTIONS: '2' } });
    const query = 'subscription { sourceIngested { sequence } }';
    try {
      const first = await connectWs(wsUrlOf(capped.url), { authorization: `Bearer ${reader}` });
      const second = await connectWs(wsUrlOf(capped.url), { authorization: `Bearer ${admin}` });
      first.subscribe('a', query);
      second.subscribe('b', query);
      await waitFor(() => capped.server.subscriptions.follower.stats.listeners === 2);
      second.subscribe('c', query);
      const refused = await second.next(errorOf('c'));
      expect(refused.payload).toEqual([
        {
          message: 'This server holds its maximum of 2 subscriptions; try again later.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]);

      first.send({ id: 'a', type: 'complete' });
      await waitFor(() => capped.server.subscriptions.follower.stats.listeners === 1);
      second.subscribe('d', query);
      await waitFor(() => capped.server.subscriptions.follower.stats.listeners === 2);

      second.close();
      await second.closed;
      await waitFor(() => capped.server.subscriptions.follower.stats.listeners === 0);
      // Reusing an id right after `complete` (before the first run has ended) holds no slot for good.
      for (let round = 0; round < 50; round += 1) {
        first.subscribe('x', query);
        first.send({ id: 'x', type: 'complete' });
      }
      await waitFor(() => capped.server.subscriptions.follower.stats.listeners === 0);
      first.close();
      await first.closed;
      const third = await connectWs(wsUrlOf(capped.url), { authorization: `Bearer ${reader}` });
      third.subscribe('e', query);
      third.subscribe('f', query);
      await waitFor(() => capped.server.subscriptions.follower.stats.listeners === 2);
      third.close();
    } finally {
      await capped.stop();
    }
  });

  it('counts sockets that never send connection_init against their address from the upgrade', async () => {
    const capped = await startTestServer({ driver, env: { WS_MAX_CONNECTIONS_PER_KEY: '3' } });
    const silent: WsClient[] = [];
    try {
      for (let index = 0; index < 3; index += 1) {
        const socket = openWs(wsUrlOf(capped.url));
        await new Promise((resolve) => socket.socket.once('open', resolve));
        silent.push(socket);
      }
      const fourth = openWs(wsUrlOf(capped.url));
      expect(await fourth.closed).toEqual({ code: 4029, reason: 'Too many connections for this address without an API key (at most 3).' });
      const freed = silent.pop()!;
      freed.close();
      await freed.closed;
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await connectWs(wsUrlOf(capped.url), {});
      again.close();
      await again.closed;
      await new Promise((resolve) => setTimeout(resolve, 200));
      // A keyed connection is counted against its key once it is accepted, not against the address.
      const keyed = await connectWs(wsUrlOf(capped.url), { authorization: `Bearer ${reader}` });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const anonymous = await connectWs(wsUrlOf(capped.url), {});
      anonymous.close();
      keyed.close();
    } finally {
      for (const socket of silent) socket.close();
      await capped.stop();
    }
  });

  it('answers a malformed message with a protocol close (4400), never a crash', async () => {
    const garbage = openWs(ws);
    garbage.send('this is not JSON');
    expect(await garbage.closed).toEqual({
      code: 4400,
      reason: 'Invalid message received',
    });
    const wrongShape = await connect({});
    wrongShape.send({ type: 'subscribe', id: 'x', payload: { query: 42 } });
    expect((await wrongShape.closed).code).toBe(4400);
    const beforeInit = openWs(ws);
    beforeInit.subscribe('early', 'subscription { sourceIngested { sequence } }');
    expect(await beforeInit.closed).toEqual({
      code: 4401,
      reason: 'Unauthorized',
    });
    // The server still serves.
    const fine = await connect({});
    fine.send({ type: 'ping' });
    await fine.next((message) => message.type === 'pong');
    expect((await postGraphQL(api.url, { query: '{ health }' })).json).toEqual({
      data: { health: 'ok' },
    });
  });

  it('closes a client that never reads (4008, then cut) instead of buffering for it', async () => {
    const slow = await startTestServer({
      driver,
      env: {
        SUBSCRIPTION_POLL_MS: '20',
        WS_MAX_PENDING_EVENTS: '2',
        WS_MAX_BUFFERED_BYTES: '65536',
        WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '20',
        MAX_QUERY_COST: '1000000',
        REQUEST_TIMEOUT_MS: '60000',
      },
    });
    try {
      const client = await connectWs(wsUrlOf(slow.url), {});
      // Every event carries the whole source text (about 10 KB) per evidence span, 15 aliases times 20 subscriptions over.
      const texts = Array.from(
        { length: 15 },
        (_, index) => `t${index}: facts { edges { node { ... on Commitment { evidence(first: 10) { edges { node { source { text } } } } } } } }`,
      );
      const big = `subscription { commitmentStageRecorded { ${texts.join(' ')} } }`;
      for (let id = 0; id < 20; id += 1) client.subscribe(String(id), big);
      await waitFor(() => slow.server.subscriptions.follower.stats.listeners === 20);
      // The client stops reading: its TCP receive window fills, then the server's send buffer.
      (client.socket as unknown as { _socket: { pause(): void } })._socket.pause();
      const closing = waitFor(() => slow.logs.some((line) => line.msg === 'subscriptions: closing a slow consumer'), 120_000);
      let writes = 0;
      while (!slow.logs.some((line) => line.msg === 'subscriptions: closing a slow consumer') && writes < 400) {
        await recordStage(slow.url);
        writes += 1;
      }
      await closing;
      // Cut within a second of the close frame it cannot read; its listeners are gone.
      await waitFor(() => slow.server.subscriptions.follower.stats.listeners === 0, 5_000);
      expect(writes).toBeLessThan(400);
      const reason = slow.logs.find((line) => line.msg === 'subscriptions: closing a slow consumer')?.reason;
      expect(reason).toMatch(/^Slow consumer: more than (2 events waiting|65536 bytes unsent)$/);
      // A client going away is not a server error: nothing at error level, no stack.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(slow.logs.filter((line) => Number(line.level) >= 50).map((line) => line.msg)).toEqual([]);
    } finally {
      await slow.stop();
    }
  });
});

describe('the audit sequence', () => {
  it('numbers concurrent writes 1 apart with no gaps and no repeats', async () => {
    const before = await head();
    await Promise.all(Array.from({ length: 12 }, () => recordStage()));
    const { records } = await driver.executeQuery('MATCH (e:AuditEvent) WHERE e.seq > $before RETURN e.seq AS seq ORDER BY seq', { before });
    const numbers = records.map((record) => Number(record.get('seq')));
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, index) => before + index + 1));
    expect(await head()).toBe(before + 12);
  });
});

describe('what following the audit trail costs the database', () => {
  it('polls only while someone listens, at SUBSCRIPTION_POLL_MS', async () => {
    const { follower } = api.server.subscriptions;
    const idle = follower.stats.polls;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(follower.stats.polls).toBe(idle);
    const client = await connect({});
    client.subscribe('s', 'subscription { sourceIngested { sequence } }');
    await waitFor(() => follower.stats.listeners === 1);
    const from = follower.stats.polls;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const polls = follower.stats.polls - from;
    console.log(`polls in 2 s with one subscriber at SUBSCRIPTION_POLL_MS=50: ${polls}`);
    // At most one every 50 ms (one at a time, the next scheduled after the last answered).
    expect(polls).toBeGreaterThan(0);
    expect(polls).toBeLessThanOrEqual(41);
  });

  it("reads the sequence's head and the new events through index seeks, whatever the trail's length", async () => {
    const now = await head();
    for (const [label, after] of [
      ['idle', now],
      ['one new event', now - 1],
    ] as const) {
      const { query, params } = auditFeedQuery(after, 100);
      const {
        summary: { profile },
      } = await driver.executeQuery(`PROFILE ${query}`, params);
      const operators: string[] = [];
      let dbHits = 0;
      const walk = (plan: { operatorType: string; dbHits: number; children: unknown[] }) => {
        operators.push(plan.operatorType.replace(/@.*/, ''));
        dbHits += plan.dbHits;
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(
        profile as unknown as {
          operatorType: string;
          dbHits: number;
          children: unknown[];
        },
      );
      console.log(`audit feed poll (${label}, ${now} events in the trail): ${dbHits} db hits; ${operators.join(' < ')}`);
      expect(operators).toEqual(expect.arrayContaining(['NodeUniqueIndexSeek', 'NodeIndexSeekByRange']));
      expect(operators.filter((operator) => /Scan/.test(operator))).toEqual([]);
    }
  });
});

async function head(): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (s:AuditSequence {key: 'audit'}) RETURN s.value AS value");
  return Number(records[0]?.get('value') ?? 0);
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
