import type { Driver } from 'neo4j-driver';
import type { Principal } from '../auth/principal';
import type { RequestBookmarks } from '../http/bookmarks';
import { createLoaders, type Loaders } from '../read/loaders';
import type { Logger } from '../logger';
import { createGraphClient, type GraphClient } from '../neo4j/client';
import type { Deadline } from '../neo4j/deadline';
import { createRepositories, type Repositories } from './repositories';

/** What every resolver receives; built fresh for each request. */
export interface Context {
  driver: Driver;
  database?: string;
  logger: Logger;
  /** This request's database access; `graph.counter.queries` counts its round trips. */
  graph: GraphClient;
  repositories: Repositories;
  loaders: Loaders;
  /** The API key the request carried, checked; null when it sent none (see `requireRole`). */
  principal: Principal | null;
  /** The Neo4j bookmarks this request's sessions chain through (src/http/bookmarks.ts). */
  bookmarks?: RequestBookmarks;
}

export interface ContextOptions {
  driver: Driver;
  database?: string;
  logger: Logger;
  /** Authenticated before the context is built (src/auth/authenticate.ts); none means anonymous. */
  principal?: Principal | null;
  /** The request's deadline (REQUEST_TIMEOUT_MS from its arrival); every transaction gets what is left. */
  deadline?: Deadline;
  bookmarks?: RequestBookmarks;
}

/** A request's context: one graph client, its repositories and a fresh set of DataLoaders. */
export function createContext({ driver, database, logger, principal = null, deadline, bookmarks }: ContextOptions): Context {
  const graph = createGraphClient({ driver, database, logger, deadline, bookmarks });
  const repositories = createRepositories(graph);
  return { driver, database, logger, graph, repositories, loaders: createLoaders(repositories), principal, bookmarks };
}
