import type { Driver } from 'neo4j-driver';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';
import { createGraphClient, type GraphClient } from './neo4j/client';
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
}

export interface ContextOptions {
  driver: Driver;
  database?: string;
  logger: Logger;
}

/** A request's context: one graph client, its repositories and a fresh set of DataLoaders. */
export function createContext({ driver, database, logger }: ContextOptions): Context {
  const graph = createGraphClient({ driver, database, logger });
  const repositories = createRepositories(graph);
  return { driver, database, logger, graph, repositories, loaders: createLoaders(repositories) };
}
