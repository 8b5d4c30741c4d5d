import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDriver } from './driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './launcher';

/** The one owner of the driver (and of the embedded Neo4j, when pledgegraph started it). */
export interface Database {
  driver: Driver;
  /** Database name; undefined means the server's default database. */
  name?: string;
  uri: string;
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI when set, otherwise starts the embedded Neo4j first. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.neo4j) {
    const driver = createDriver(config.neo4j);
    await driver.verifyConnectivity({ database: config.neo4j.database });
    logger.info({ uri: config.neo4j.uri }, 'connected to Neo4j');
    return { driver, name: config.neo4j.database, uri: config.neo4j.uri, close: () => driver.close() };
  }
  const startedAt = Date.now();
  const embedded = await startEmbeddedNeo4j(config.embedded, {
    log: (line) => logger.info(line),
  });
  logger.info({ uri: embedded.uri, dataDir: config.embedded.dataDir, ms: Date.now() - startedAt }, 'embedded Neo4j ready');
  const driver = createDriver({ uri: embedded.uri });
  return {
    driver,
    name: config.database,
    uri: embedded.uri,
    embedded,
    close: async () => {
      await driver.close();
      await embedded.stop();
    },
  };
}
