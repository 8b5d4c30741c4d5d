import type { EmbeddedNeo4jConfig } from '../config';
import type { Logger } from '../logger';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type StartOptions } from './launcher';
import { LauncherError } from './launcher-errors';

export interface SupervisorPolicy {
  /** Restart attempts after one crash before giving up. */
  maxAttempts: number;
  /** Crashes allowed within `crashWindowMs`; one more and the supervisor gives up. */
  maxCrashes: number;
  crashWindowMs: number;
  /** Wait before attempt n: min(firstBackoffMs * 2^(n-1), maxBackoffMs). */
  firstBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_SUPERVISOR_POLICY: Readonly<SupervisorPolicy> = {
  maxAttempts: 5,
  maxCrashes: 5,
  crashWindowMs: 10 * 60_000,
  firstBackoffMs: 500,
  maxBackoffMs: 8_000,
};

/** The embedded Neo4j, restarted when its JVM exits on its own. */
export interface SupervisedNeo4j {
  readonly uri: string;
  /** The running JVM's pid; undefined while it is down. */
  readonly pid: number | undefined;
  /** False once the supervisor gave up (store locked, repeated crashes): the process needs a restart. */
  readonly live: boolean;
  /** Stops supervising and the JVM, also in the middle of a restart. Safe to call twice. */
  stop(): Promise<void>;
}

export interface SuperviseOptions extends StartOptions {
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  policy?: Partial<SupervisorPolicy>;
}

/**
 * Starts the embedded Neo4j and keeps it running: when its JVM exits unexpectedly it is started
 * again on the same port and store, with bounded exponential backoff. The driver reconnects by
 * itself; meanwhile requests fail fast with SERVICE_UNAVAILABLE. A store another process locked,
 * or more crashes than the policy allows, ends supervision and marks it not live.
 */
export async function superviseEmbeddedNeo4j(config: EmbeddedNeo4jConfig, options: SuperviseOptions): Promise<SupervisedNeo4j> {
  const { logger, policy: given, ...startOptions } = options;
  const policy = { ...DEFAULT_SUPERVISOR_POLICY, ...given };
  const abort = new AbortController();
  let current: EmbeddedNeo4j | undefined = await startEmbeddedNeo4j(config, startOptions);
  const uri = current.uri;
  let live = true;
  let crashes: number[] = [];
  let restarting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      abort.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });

  const giveUp = (reason: string) => {
    live = false;
    logger.error({ reason }, 'embedded Neo4j could not be restarted; /livez now fails so the process gets restarted');
  };

  async function restart(exitCode: number | null): Promise<void> {
    const now = Date.now();
    crashes = [...crashes.filter((at) => now - at < policy.crashWindowMs), now];
    logger.warn({ exitCode, crashes: crashes.length }, 'embedded Neo4j exited unexpectedly; restarting it');
    if (crashes.length > policy.maxCrashes) return giveUp(`${crashes.length} crashes within ${policy.crashWindowMs} ms`);
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt += 1) {
      const backoffMs = Math.min(policy.firstBackoffMs * 2 ** (attempt - 1), policy.maxBackoffMs);
      await sleep(backoffMs);
      if (abort.signal.aborted) return;
      const startedAt = Date.now();
      try {
        current = await startEmbeddedNeo4j(config, { ...startOptions, signal: abort.signal });
        logger.info({ attempt, pid: current.pid, ms: Date.now() - startedAt }, 'embedded Neo4j restarted');
        watch(current);
        return;
      } catch (error) {
        if (abort.signal.aborted) return;
        const failure = error instanceof LauncherError ? error.failure : 'UNKNOWN';
        logger.warn({ attempt, backoffMs, failure }, 'embedded Neo4j restart failed');
        if (failure === 'STORE_LOCKED') return giveUp('the store is locked by another process');
      }
    }
    giveUp(`${policy.maxAttempts} restart attempts failed`);
  }

  function watch(instance: EmbeddedNeo4j): void {
    void instance.exited.then((exitCode) => {
      if (stopping || current !== instance) return;
      current = undefined;
      restarting = restart(exitCode).finally(() => (restarting = undefined));
    });
  }
  watch(current);

  return {
    uri,
    get pid() {
      return current?.pid;
    },
    get live() {
      return live;
    },
    stop: () =>
      (stopping ??= (async () => {
        abort.abort();
        await restarting;
        await current?.stop();
      })()),
  };
}
