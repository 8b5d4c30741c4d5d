import { ConfigError, loadConfig } from '../../src/config';
import type { AuditFeedRepository, SequencedAuditEvent } from '../../src/subscriptions/audit-feed-repository';
import { createAuditFollower } from '../../src/subscriptions/audit-follower';
import { eventStream } from '../../src/subscriptions/event-stream';
import { headersFrom } from '../../src/subscriptions/websocket-server';

const event = (seq: number): SequencedAuditEvent => ({
  id: `e${seq}`,
  seq,
  at: '2026-12-01T00:00:00Z',
  operation: 'addStatement',
  keyId: 'k',
  summary: '',
  changes: '{}',
  touched: [],
});

/** An audit trail in memory: `numbers` are the events present (a missing one is a hole). */
function trail(numbers: number[]) {
  const state = { numbers, head: Math.max(0, ...numbers), reads: 0 };
  const feed: AuditFeedRepository = {
    async after(after, batch) {
      state.reads += 1;
      return {
        head: state.head,
        events: state.numbers
          .filter((n) => n > after && n <= state.head)
          .sort((a, b) => a - b)
          .slice(0, batch)
          .map(event),
      };
    },
  };
  return { state, feed: () => feed };
}

const logger = { warn: jest.fn(), info: jest.fn() };
const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the audit follower', () => {
  it('starts at the head, delivers later events in order, and stops polling with no listeners', async () => {
    const { state, feed } = trail([1, 2]);
    const follower = createAuditFollower({ feed, pollMs: 5, logger });
    const seen: number[] = [];
    const unfollow = await follower.follow((e) => seen.push(e.seq));
    state.numbers.push(3, 4);
    state.head = 4;
    await tick();
    expect(seen).toEqual([3, 4]);
    unfollow();
    const reads = state.reads;
    await tick();
    expect(state.reads).toBe(reads);
    follower.stop();
  });

  it('counts a listener only once the head is read, so an event written after that count reaches it', async () => {
    const { state, feed } = trail([1]);
    let releaseHead: () => void = () => undefined;
    const headRead = new Promise<void>((resolve) => (releaseHead = resolve));
    const slowFeed = () => ({ after: async (after: number, batch: number) => (await headRead, feed().after(after, batch)) });
    const follower = createAuditFollower({ feed: slowFeed, pollMs: 5, logger });
    const seen: number[] = [];
    const following = follower.follow((e) => seen.push(e.seq));
    await tick();
    expect(follower.stats.listeners).toBe(0);
    releaseHead();
    const unfollow = await following;
    expect(follower.stats.listeners).toBe(1);
    state.numbers.push(2);
    state.head = 2;
    await tick();
    expect(seen).toEqual([2]);
    unfollow();
    expect(follower.stats.listeners).toBe(0);
    follower.stop();
  });

  it('waits for a hole, then skips it after the gap timeout', async () => {
    const { state, feed } = trail([1]);
    const follower = createAuditFollower({
      feed,
      pollMs: 5,
      logger,
      gapTimeoutMs: 60,
    });
    const seen: number[] = [];
    await follower.follow((e) => seen.push(e.seq));
    state.numbers.push(3);
    state.head = 3;
    await tick(20);
    expect(seen).toEqual([]);
    await tick(120);
    expect(seen).toEqual([3]);
    follower.stop();
  });

  it('follows the head back when the trail was cleared', async () => {
    const { state, feed } = trail([1, 2, 3]);
    const follower = createAuditFollower({ feed, pollMs: 5, logger });
    const seen: number[] = [];
    await follower.follow((e) => seen.push(e.seq));
    state.numbers = [];
    state.head = 0;
    await tick();
    state.numbers = [1];
    state.head = 1;
    await tick();
    expect(seen).toEqual([1]);
    follower.stop();
  });
});

describe('a subscription stream', () => {
  it('calls onOverflow past maxPending instead of growing', () => {
    const onOverflow = jest.fn();
    const stream = eventStream<number>({
      maxPending: 2,
      onOverflow,
      onReturn: jest.fn(),
    });
    for (const n of [1, 2, 3, 4]) stream.push(n);
    expect(stream.pending).toBe(2);
    expect(onOverflow).toHaveBeenCalledTimes(2);
  });

  it('hands items to a waiting reader and ends once on return', async () => {
    const onReturn = jest.fn();
    const stream = eventStream<number>({
      maxPending: 2,
      onOverflow: jest.fn(),
      onReturn,
    });
    const next = stream.iterator.next();
    stream.push(7);
    expect(await next).toEqual({ value: 7, done: false });
    await stream.iterator.return?.();
    await stream.iterator.return?.();
    expect(onReturn).toHaveBeenCalledTimes(1);
    expect(await stream.iterator.next()).toEqual({
      value: undefined,
      done: true,
    });
  });
});

describe('subscription settings', () => {
  it('has documented defaults and names a bad variable', () => {
    expect(loadConfig({}).subscriptions).toEqual({
      pollMs: 200,
      maxConnectionsPerKey: 10,
      maxSubscriptionsPerConnection: 20,
      maxSubscriptions: 1000,
      maxBufferedBytes: 1048576,
      maxPendingEvents: 100,
      keepAliveMs: 12000,
    });
    expect(() => loadConfig({ SUBSCRIPTION_POLL_MS: '5' })).toThrow(ConfigError);
    expect(() => loadConfig({ WS_MAX_CONNECTIONS_PER_KEY: '0' })).toThrow(/WS_MAX_CONNECTIONS_PER_KEY="0"/);
  });

  it('takes the key from the connection parameters, else the upgrade headers', () => {
    expect(headersFrom({ authorization: 'Bearer a' }, { authorization: 'Bearer b' })).toEqual({ authorization: 'Bearer a', 'x-api-key': undefined });
    expect(headersFrom({ 'x-api-key': 'a' }, {})).toEqual({
      authorization: undefined,
      'x-api-key': 'a',
    });
    expect(headersFrom({ authorization: null }, { 'x-api-key': 'b' })).toEqual({
      authorization: undefined,
      'x-api-key': 'b',
    });
  });

  it('refuses a key parameter that is not a string, as a malformed header is refused over HTTP', () => {
    for (const params of [{ authorization: 42 }, { 'x-api-key': ['a', 'b'] }, { Authorization: { key: 'a' } }, { apiKey: true }]) {
      expect(() => headersFrom(params, { 'x-api-key': 'b' })).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      );
    }
  });
});
