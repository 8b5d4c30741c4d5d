import { GraphQLError } from 'graphql';
import { isRetryableError, Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { badUserInput, ErrorCode, publicError } from '../errors';
import type { Logger } from '../logger';
import { observed } from '../observability/graph-queries';

/** How many Cypher queries a client has sent: one per round trip to the database. */
export interface QueryCounter {
  queries: number;
}

/** The one way the API talks to Neo4j: parameterised Cypher, rows as plain objects. */
export interface GraphClient {
  read<T>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  write<T>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Runs `work` in ONE write transaction: all of its writes or none. `work` may be retried on transient errors. */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  readonly counter: QueryCounter;
}

export interface GraphClientOptions {
  driver: Driver;
  database?: string;
  logger: Pick<Logger, 'error'>;
  counter?: QueryCounter;
  /** Causal consistency: every session starts after these bookmarks and reports its own (docs/operations.md, "Scale-out"). */
  bookmarks?: BookmarkChain;
}

/** The bookmarks a client's sessions chain through: each waits for the writes the previous ones saw. */
export interface BookmarkChain {
  current(): string[];
  advance(bookmarks: string[], mode: 'READ' | 'WRITE'): void;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True for failures of the connection rather than of the query: the database may come back. */
export function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || isRetryableError(error));
}

/**
 * Driver failures become public errors: an unreachable database is `SERVICE_UNAVAILABLE`;
 * anything else is logged here and rethrown for `formatError` to mask. No driver text reaches a client.
 */
function toPublicError(error: unknown, logger: GraphClientOptions['logger']): unknown {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Transaction.InvalidBookmark') {
    return badUserInput('The bookmark sent in x-pledgegraph-bookmark is not one this database issued.');
  }
  if (isUnavailable(error)) {
    return publicError(ErrorCode.ServiceUnavailable, 'The graph database is unavailable; try again shortly.');
  }
  logger.error({ err: error }, 'graph query failed');
  return error;
}

export function createGraphClient({ driver, database, logger, counter = { queries: 0 }, bookmarks }: GraphClientOptions): GraphClient {
  async function run<T>(mode: 'READ' | 'WRITE', cypher: string, params: Record<string, unknown>): Promise<T[]> {
    counter.queries += 1;
    const session = driver.session({ database, defaultAccessMode: mode, bookmarks: bookmarks?.current() });
    try {
      const work = async (tx: Parameters<Parameters<typeof session.executeRead>[0]>[0]) => {
        const result = await tx.run(cypher, params);
        return result.records.map((record) => record.toObject() as T);
      };
      const rows = await (mode === 'READ' ? session.executeRead(work) : session.executeWrite(work));
      bookmarks?.advance(session.lastBookmarks(), mode);
      return rows;
    } catch (error) {
      throw toPublicError(error, logger);
    } finally {
      await session.close();
    }
  }
  async function writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session({ database, defaultAccessMode: 'WRITE', bookmarks: bookmarks?.current() });
    try {
      const result = await session.executeWrite(work);
      bookmarks?.advance(session.lastBookmarks(), 'WRITE');
      return result;
    } catch (error) {
      throw toPublicError(error, logger);
    } finally {
      await session.close();
    }
  }
  return {
    read: (cypher, params = {}) => observed({ mode: 'READ', cypher, params }, () => run('READ', cypher, params), (rows) => rows.length),
    write: (cypher, params = {}) => observed({ mode: 'WRITE', cypher, params }, () => run('WRITE', cypher, params), (rows) => rows.length),
    writeTransaction: (work) => observed({ mode: 'WRITE' }, () => writeTransaction(work), () => undefined),
    counter,
  };
}
