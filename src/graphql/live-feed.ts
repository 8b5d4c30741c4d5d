import { ErrorCode, publicError } from '../errors';
import type { Context } from './context';
import type { SequencedAuditEvent } from '../subscriptions/audit-feed-repository';

/** What a subscription resolver follows: the audit trail's events from now on, those `accept` keeps. */
export interface LiveFeed {
  follow(accept: (event: SequencedAuditEvent) => boolean): Promise<AsyncIterableIterator<SequencedAuditEvent>>;
}

/** A subscription's context: a request context (renewed for every event it delivers) and the feed. */
export interface LiveContext extends Context {
  live: LiveFeed;
}

/** The feed of a WebSocket operation's context; over HTTP there is none (and validation refuses subscriptions first). */
export function liveFeedOf(context: Context): LiveFeed {
  const { live } = context as Partial<LiveContext>;
  if (!live) throw publicError(ErrorCode.BadRequest, 'Subscriptions are served over WebSocket (graphql-ws) at the /graphql path.');
  return live;
}
