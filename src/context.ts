import type { Driver } from 'neo4j-driver';
import type { Logger } from './logger';

/** What every resolver receives; built fresh for each request. */
export interface Context {
  driver: Driver;
  database?: string;
  logger: Logger;
}
