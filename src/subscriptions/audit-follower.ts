import type { Logger } from '../logger';
import type { AuditFeedRepository, SequencedAuditEvent } from './audit-feed-repository';

export type AuditListener = (event: SequencedAuditEvent) => void;

export interface AuditFollowerOptions {
  /** A repository for one poll (each poll gets its own deadline). */
  feed: () => AuditFeedRepository;
  pollMs: number;
  logger: Pick<Logger, 'warn' | 'info'>;
  /** Events read per poll at most; a full batch is followed at once by the next poll. */
  batch?: number;
  /** How long a hole in the sequence is waited for before it is skipped (an event deleted, a partial restore). */
  gapTimeoutMs?: number;
}

export interface AuditFollowerStats {
  polls: number;
  delivered: number;
  /** Listeners that are live: the sequence's head was read after they joined, so every later event reaches them. */
  listeners: number;
}

export interface AuditFollower {
  /**
   * Calls `listener` with every audit event numbered after the sequence's head at the time this
   * resolves, in sequence order. Returns the function that stops it.
   */
  follow(listener: AuditListener): Promise<() => void>;
  /** Stops polling for good (shutdown); listeners get nothing more. */
  stop(): void;
  readonly stats: AuditFollowerStats;
}

/**
 * One per API process: follows the audit trail by its sequence and fans each event out to this
 * process's listeners. It polls only while it has listeners, one poll at a time.
 */
export function createAuditFollower({ feed, pollMs, logger, batch = 100, gapTimeoutMs = 5_000 }: AuditFollowerOptions): AuditFollower {
  const listeners = new Set<AuditListener>();
  const stats: AuditFollowerStats = { polls: 0, delivered: 0, listeners: 0 };
  /** The last sequence number delivered; null while stopped (the next start reads the head again). */
  let cursor: number | null = null;
  let starting: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let gapSince: number | null = null;
  let stopped = false;
  let failing = false;

  async function readHead(): Promise<number> {
    stats.polls += 1;
    const { head } = await feed().after(Number.MAX_SAFE_INTEGER, 1);
    return head;
  }

  function schedule(delayMs: number): void {
    if (stopped || listeners.size === 0 || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void poll();
    }, delayMs);
  }

  async function poll(): Promise<void> {
    if (cursor === null || listeners.size === 0) return;
    let full = false;
    try {
      stats.polls += 1;
      const { head, events } = await feed().after(cursor, batch);
      if (failing) logger.info('subscriptions: the audit trail is readable again');
      failing = false;
      if (cursor === null) return;
      if (head < cursor) {
        // The graph was cleared or restored from an older backup: its sequence starts again.
        logger.info({ cursor, head }, 'subscriptions: the audit sequence went back; following it from its new head');
        cursor = head;
        return;
      }
      full = events.length === batch;
      for (const event of events) {
        if (event.seq !== cursor + 1 && !gapExpired()) break;
        gapSince = null;
        cursor = event.seq;
        stats.delivered += 1;
        for (const listener of listeners) listener(event);
      }
    } catch (error) {
      if (!failing) logger.warn({ err: error }, 'subscriptions: reading the audit trail failed; retrying');
      failing = true;
    } finally {
      schedule(full ? 0 : pollMs);
    }
  }

  function gapExpired(): boolean {
    if (gapSince === null || Date.now() - gapSince < gapTimeoutMs) {
      gapSince ??= Date.now();
      return false;
    }
    logger.warn({ after: cursor }, 'subscriptions: skipping a hole in the audit sequence');
    return true;
  }

  async function start(): Promise<void> {
    if (cursor !== null) return;
    starting ??= readHead().finally(() => (starting = null));
    const head = await starting;
    if (cursor === null && listeners.size > 0) {
      cursor = head;
      schedule(pollMs);
    }
  }

  return {
    stats,
    async follow(listener) {
      if (stopped) throw new Error('the audit follower is stopped');
      listeners.add(listener);
      const unfollow = () => {
        listeners.delete(listener);
        stats.listeners = listeners.size;
        if (listeners.size === 0) {
          cursor = null;
          gapSince = null;
          if (timer) clearTimeout(timer);
          timer = null;
        }
      };
      try {
        await start();
      } catch (error) {
        unfollow();
        throw error;
      }
      // Counted once the sequence's head is read: from here on, every later event reaches it.
      stats.listeners = listeners.size;
      return unfollow;
    },
    stop() {
      stopped = true;
      listeners.clear();
      stats.listeners = 0;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
