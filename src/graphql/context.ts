import type { Principal } from '../auth/principal';
import type { RequestBookmarks } from '../neo4j/bookmark-chain';
import { createLoaders, type Loaders } from '../read/loaders';
import type { Logger } from '../logger';
import { createGraphClient, MAX_CONCURRENT_QUERIES_PER_REQUEST, type GraphClient, type GraphClientOptions, type TransactionMetadata } from '../neo4j/client';
import type { Deadline } from '../neo4j/deadline';
import { createRepositories, type Repositories } from './repositories';

/** What every resolver receives; built fresh for each request. */
export interface Context {
  logger: Logger;
  /** This request's database access; `graph.counter.queries` counts its round trips. */
  graph: GraphClient;
  repositories: Repositories;
  loaders: Loaders;
  /** The API key the request carried, checked; null when it sent none (see `requireRole`). */
  principal: Principal | null;
  /** The Neo4j bookmarks this request's sessions chain through (src/http/bookmarks.ts). */
  bookmarks?: RequestBookmarks;
  /** Sent with each of the request's transactions; names the GraphQL operation once it is resolved (src/graphql/transaction-metadata.ts). */
  transactionMetadata: TransactionMetadata;
}

export interface ContextOptions {
  driver: GraphClientOptions['driver'];
  database?: string;
  logger: Logger;
  /** Authenticated before the context is built (src/auth/authenticate.ts); none means anonymous. */
  principal?: Principal | null;
  /** The request's deadline (REQUEST_TIMEOUT_MS from its arrival); every transaction gets what is left. */
  deadline?: Deadline;
  bookmarks?: RequestBookmarks;
  /** The request's id (src/http/request-logging.ts), sent in every transaction's metadata. */
  requestId?: string;
}

/** Until Apollo has resolved the operation (no resolver runs before), transactions say only that they serve GraphQL. */
const UNRESOLVED_OPERATION = '(unresolved)';

/** A request's context: one graph client (at most MAX_CONCURRENT_QUERIES_PER_REQUEST calls at once), its repositories and a fresh set of DataLoaders. */
export function createContext({ driver, database, logger, principal = null, deadline, bookmarks, requestId }: ContextOptions): Context {
  const transactionMetadata: TransactionMetadata = { operation: UNRESOLVED_OPERATION, ...(requestId === undefined ? {} : { requestId }) };
  const graph = createGraphClient({
    driver,
    database,
    logger,
    deadline,
    bookmarks,
    metadata: transactionMetadata,
    maxConcurrentCalls: MAX_CONCURRENT_QUERIES_PER_REQUEST,
  });
  const repositories = createRepositories(graph);
  return { logger, graph, repositories, loaders: createLoaders(repositories), principal, bookmarks, transactionMetadata };
}
