import { GraphQLError } from 'graphql';
import { isRetryableError, Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { badUserInput, ErrorCode, publicError } from '../errors';
import type { Logger } from '../logger';
import { observed } from '../observability/graph-queries';
import { createCallLimit } from './call-limit';
import { timeoutError, withinDeadline, type Deadline } from './deadline';
import { DEFAULT_MAX_RETRY_MS } from './driver';
import { withoutStackCapture } from './stack-capture';

/** How many Cypher queries a client has sent: one per round trip to the database. */
export interface QueryCounter {
  queries: number;
}

/** What one statement of a transaction changed. */
export interface UpdateCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** One statement's answer inside a transaction: its rows as plain objects, and what it changed. */
export interface StatementResult<T> {
  rows: T[];
  updates: UpdateCounts;
}

/** A transaction the client opened: its statements see each other's writes, and commit all together or not at all. */
export interface GraphTransaction {
  run<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<StatementResult<T>>;
}

/**
 * What Neo4j shows of a transaction besides its Cypher (`SHOW TRANSACTIONS`, the query log):
 * which program sent it (`app`, always `pledgegraph`) and for what (`operation`: the GraphQL
 * operation's name, or the CLI's command). Values are short strings.
 */
export interface TransactionMetadata {
  operation: string;
  /** `query` or `mutation` (GraphQL), `http` (the API key lookup before it), `command` (a CLI, the start-up seed). */
  operationType?: string;
  /** The HTTP request's id (`x-request-id`, logged as `req.id`), to find its log line. */
  requestId?: string;
}

export const APP_NAME = 'pledgegraph';

/**
 * How many database calls one request runs at once (so how many pool connections it holds at
 * most); its other calls wait their turn within its deadline. docs/operations.md, "Busy".
 */
export const MAX_CONCURRENT_QUERIES_PER_REQUEST = 4;

/** What a client is told to wait before retrying when every pool connection is taken (`Retry-After`, seconds). */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** The one way the code base talks to Neo4j: parameterised Cypher, rows as plain objects. */
export interface GraphClient {
  read<T>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  write<T>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Runs `work` in ONE read transaction: its statements read one consistent state of the graph. */
  readTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T>;
  /** Runs `work` in ONE write transaction: all of its writes or none. `work` may be retried on transient errors. */
  writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T>;
  readonly counter: QueryCounter;
}

export interface GraphClientOptions {
  driver: Driver;
  database?: string;
  logger: Pick<Logger, 'error' | 'warn'>;
  counter?: QueryCounter;
  /**
   * The request's deadline: each transaction gets the time left as its Neo4j transaction timeout
   * (so Neo4j terminates it), and is abandoned client-side when the deadline passes (so a
   * database that does not answer at all cannot hold the request). None: no limit (CLI, seed).
   */
  deadline?: Deadline;
  /** Causal consistency: every session starts after these bookmarks and reports its own (docs/operations.md, "Scale-out"). */
  bookmarks?: BookmarkChain;
  /**
   * Sent with every transaction (docs/operations.md, "Which operation sent a query"). Read as each
   * transaction starts, so a request's client is named once its GraphQL operation is known.
   */
  metadata?: TransactionMetadata;
  /** At most this many of the client's calls run at once (MAX_CONCURRENT_QUERIES_PER_REQUEST for a request); none: no cap (CLI, seed). */
  maxConcurrentCalls?: number;
}

/** The bookmarks a client's sessions chain through: each waits for the writes the previous ones saw. */
export interface BookmarkChain {
  current(): string[];
  advance(bookmarks: string[], mode: 'READ' | 'WRITE'): void;
}

type TransactionConfig = NonNullable<Parameters<Session['executeRead']>[1]>;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
const OUT_OF_MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** The driver's pool gives up waiting for a connection with this message and no code (`N/A`). */
const ACQUISITION_TIMED_OUT = /^Connection acquisition timed out/;

/** True when every connection of the driver's pool stayed taken for its acquisition timeout: the server is busy, the database up. */
export function isPoolBusy(error: unknown): boolean {
  return error instanceof Neo4jError && ACQUISITION_TIMED_OUT.test(error.message);
}

/** True for failures of the connection rather than of the query: the database may come back. A full pool is isPoolBusy, not this. */
export function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || isRetryableError(error));
}

/** True when Neo4j stopped the transaction because it ran past its timeout. */
export function isTimedOut(error: unknown): boolean {
  return error instanceof Neo4jError && TIMED_OUT_CODES.has(error.code);
}

/** True when Neo4j refused the query for the memory it needed: too expensive, not the database down. */
export function isOutOfMemory(error: unknown): boolean {
  return error instanceof Neo4jError && OUT_OF_MEMORY_CODES.has(error.code);
}

const serverBusy = () => publicError(ErrorCode.ServiceUnavailable, 'The server is busy; retry shortly.', { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS });

const queryTooExpensive = () =>
  publicError(ErrorCode.QueryTooExpensive, 'The query needed more memory than the database allows one request; ask for fewer or smaller items.');

/**
 * Driver failures become public errors: a query past its deadline is `TIMEOUT`, one over the
 * transaction memory limit `QUERY_TOO_EXPENSIVE` (logged at warn), no pool connection free
 * within the acquisition timeout `SERVICE_UNAVAILABLE` "busy" with `retryAfterSeconds` (`onBusy`
 * logs it), an unreachable database `SERVICE_UNAVAILABLE`; anything else is logged here and
 * rethrown for `formatError` to mask. No driver text reaches a client.
 */
function toPublicError(error: unknown, options: Pick<GraphClientOptions, 'logger' | 'deadline'> & { onBusy: () => void }): unknown {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Transaction.InvalidBookmark') {
    return badUserInput('The bookmark sent in x-pledgegraph-bookmark is not one this database issued.');
  }
  if (isTimedOut(error)) return timeoutError(options.deadline ?? { totalMs: 0 });
  if (isOutOfMemory(error)) {
    options.logger.warn({ err: error }, 'graph query refused: over the transaction memory limit');
    return queryTooExpensive();
  }
  if (isPoolBusy(error)) {
    options.onBusy();
    return serverBusy();
  }
  if (isUnavailable(error)) {
    return publicError(ErrorCode.ServiceUnavailable, 'The graph database is unavailable; try again shortly.');
  }
  options.logger.error({ err: error }, 'graph query failed');
  return error;
}

/**
 * Neo4j reports a memory refusal as transient, so the driver would retry the same too-expensive
 * query until its retry time runs out; a timed-out transaction must not be retried either.
 * Rethrown as a plain error from inside the transaction function, neither is retried.
 */
async function noRetryOnFinalErrors<T>(work: PromiseLike<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isOutOfMemory(error) || isTimedOut(error)) throw new FinalError(error);
    throw error;
  }
}

class FinalError extends Error {
  constructor(override readonly cause: unknown) {
    super('not retried');
  }
}

/** How the driver retries a transaction function (its defaults), which auto-commit reads retry the same way. */
const READ_RETRY = { maxMs: DEFAULT_MAX_RETRY_MS, initialDelayMs: 1_000, multiplier: 2, jitter: 0.2 };

/** True for a failure the driver would retry a transaction function on; memory and timeout refusals are final. */
function isRetriedRead(error: unknown): boolean {
  return error instanceof Neo4jError && isRetryableError(error) && !isOutOfMemory(error) && !isTimedOut(error);
}

/**
 * Runs `attempt` again after a transient failure, with the driver's back-off, for at most
 * READ_RETRY.maxMs and never past the deadline: the last failure is thrown as it is.
 */
export async function readRetried<T>(attempt: () => Promise<T>, deadline?: Pick<Deadline, 'remainingMs'>): Promise<T> {
  const startedAt = Date.now();
  for (let delayMs = READ_RETRY.initialDelayMs; ; delayMs *= READ_RETRY.multiplier) {
    try {
      return await attempt();
    } catch (error) {
      const wait = delayMs * (1 - READ_RETRY.jitter + 2 * READ_RETRY.jitter * Math.random());
      const tooLate = Date.now() - startedAt + wait > READ_RETRY.maxMs || (deadline !== undefined && deadline.remainingMs() <= wait);
      if (!isRetriedRead(error) || tooLate) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

const MAX_METADATA_CHARS = 200;

/** The metadata Neo4j receives: the app's name first, each value cut to a bounded length. */
export function transactionMetadata(metadata: TransactionMetadata | undefined): Record<string, string> {
  const entries = Object.entries(metadata ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return { app: APP_NAME, ...Object.fromEntries(entries.map(([name, value]) => [name, value.slice(0, MAX_METADATA_CHARS)])) };
}

function updatesOf(result: QueryResult): UpdateCounts {
  const { nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted } = result.summary.counters.updates();
  return { nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted };
}

/** The client's view of a driver transaction: rows as plain objects, memory and timeout refusals final. */
function graphTransaction(tx: ManagedTransaction): GraphTransaction {
  return {
    async run<T>(cypher: string, params: Record<string, unknown> = {}) {
      const result = await withoutStackCapture(() => tx.run(cypher, params));
      return { rows: result.records.map((record) => record.toObject() as T), updates: updatesOf(result) };
    },
  };
}

export function createGraphClient({
  driver,
  database,
  logger,
  counter = { queries: 0 },
  deadline,
  bookmarks,
  metadata,
  maxConcurrentCalls,
}: GraphClientOptions): GraphClient {
  const limit = maxConcurrentCalls === undefined ? undefined : createCallLimit(maxConcurrentCalls);
  let busyLogged = false;
  /** Logged once per client (one request), with the request's id: the pool, not the database, is the bottleneck. */
  const onBusy = () => {
    if (busyLogged) return;
    busyLogged = true;
    logger.warn(
      { req: { id: metadata?.requestId }, operation: metadata?.operation },
      'no database connection free within the acquisition timeout: answered SERVICE_UNAVAILABLE "busy" (the pool is exhausted, the database is up)',
    );
  };

  /** Runs `call` once the client's call limit, if any, lets it: a request holds at most that many connections at once. */
  const limited = <T>(call: () => Promise<T>): Promise<T> => (limit ? limit.run(call, deadline) : call());

  /** Opens a session, runs `execute` within the deadline, and closes (or abandons) the session. */
  async function inSession<T>(mode: 'READ' | 'WRITE', execute: (session: Session, config: TransactionConfig) => Promise<T>): Promise<T> {
    const remaining = deadline?.remainingMs();
    if (deadline && remaining !== undefined && remaining <= 0) throw timeoutError(deadline);
    const session = driver.session({ database, defaultAccessMode: mode, bookmarks: bookmarks?.current() });
    let abandoned = false;
    try {
      const config: TransactionConfig = { metadata: transactionMetadata(metadata) };
      if (remaining !== undefined) config.timeout = Math.max(1, Math.ceil(remaining));
      const pending = execute(session, config);
      const result = await (deadline ? withinDeadline(pending, deadline, () => (abandoned = true)) : pending);
      bookmarks?.advance(session.lastBookmarks(), mode);
      return result;
    } catch (error) {
      throw toPublicError(error instanceof FinalError ? error.cause : error, { logger, deadline, onBusy });
    } finally {
      // An abandoned session may sit on a connection the database never answers; closing it in
      // the background frees it once Neo4j answers or the connection's receive timeout drops it.
      if (abandoned) session.close().catch(() => undefined);
      else await session.close();
    }
  }

  /**
   * One read query as an auto-commit transaction (`session.run`): no BEGIN and COMMIT round trips,
   * and less work for Neo4j than a transaction function. It gives up `executeRead`'s retry, so it
   * retries transient failures itself (readRetried); the rows are all in before any is used.
   */
  function autoCommitRead<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    return inSession('READ', (session, config) =>
      readRetried(async () => (await withoutStackCapture(() => session.run(cypher, params, config))).records.map((record) => record.toObject() as T), deadline),
    );
  }

  function transaction<T>(mode: 'READ' | 'WRITE', work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return inSession(mode, (session, config) => {
      const inTransaction = (tx: ManagedTransaction) => noRetryOnFinalErrors(work(graphTransaction(tx)));
      return mode === 'READ' ? session.executeRead(inTransaction, config) : session.executeWrite(inTransaction, config);
    });
  }

  async function run<T>(mode: 'READ' | 'WRITE', cypher: string, params: Record<string, unknown>): Promise<T[]> {
    counter.queries += 1;
    if (mode === 'READ') return autoCommitRead<T>(cypher, params);
    return transaction(mode, async (tx) => (await tx.run<T>(cypher, params)).rows);
  }

  return {
    read: (cypher, params = {}) =>
      limited(() =>
        observed(
          { mode: 'READ', cypher, params },
          () => run('READ', cypher, params),
          (rows) => rows.length,
        ),
      ),
    write: (cypher, params = {}) =>
      limited(() =>
        observed(
          { mode: 'WRITE', cypher, params },
          () => run('WRITE', cypher, params),
          (rows) => rows.length,
        ),
      ),
    readTransaction: (work) =>
      limited(() =>
        observed(
          { mode: 'READ' },
          () => transaction('READ', work),
          () => undefined,
        ),
      ),
    writeTransaction: (work) =>
      limited(() =>
        observed(
          { mode: 'WRITE' },
          () => transaction('WRITE', work),
          () => undefined,
        ),
      ),
    counter,
  };
}

/** A client for a command (a CLI, the start-up seed): no deadline, its name in every transaction's metadata. */
export function createCommandClient(db: { driver: Driver; name?: string }, logger: GraphClientOptions['logger'], command: string): GraphClient {
  return createGraphClient({ driver: db.driver, database: db.name, logger, metadata: { operation: command, operationType: 'command' } });
}
