import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createDriver } from './driver';
import { startEmbeddedNeo4j } from './launcher';
import { superviseEmbeddedNeo4j, type SupervisorPolicy } from './supervisor';

/** The one owner of the driver (and of the embedded Neo4j, when pledgegraph started it). */
export interface Database {
  driver: Driver;
  /** Database name; undefined means the server's default database. */
  name?: string;
  uri: string;
  /** Set when pledgegraph started Neo4j itself; `pid` is undefined while a supervised JVM is down. */
  embedded?: { readonly pid: number | undefined };
  /** False once a supervised embedded Neo4j cannot be brought back (`/livez` then fails). */
  live(): boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Restart the embedded Neo4j when its JVM exits (the server); CLIs leave it off and simply fail. */
  supervise?: boolean;
  supervisorPolicy?: Partial<SupervisorPolicy>;
}

/** Connects to NEO4J_URI when set, otherwise starts the embedded Neo4j first. */
export async function openDatabase(config: Config, logger: Logger, options: OpenOptions = {}): Promise<Database> {
  if (config.neo4j) {
    const driver = createDriver(config.neo4j);
    await driver.verifyConnectivity({ database: config.neo4j.database });
    logger.info({ uri: config.neo4j.uri }, 'connected to Neo4j');
    return { driver, name: config.neo4j.database, uri: config.neo4j.uri, live: () => true, close: () => driver.close() };
  }
  const startedAt = Date.now();
  const log = (line: string) => logger.info(line);
  const embedded = options.supervise
    ? await superviseEmbeddedNeo4j(config.embedded, { log, logger, policy: options.supervisorPolicy })
    : await startEmbeddedNeo4j(config.embedded, { log });
  logger.info({ uri: embedded.uri, pid: embedded.pid, dataDir: config.embedded.dataDir, ms: Date.now() - startedAt }, 'embedded Neo4j ready');
  const driver = createDriver({ uri: embedded.uri });
  return {
    driver,
    name: config.database,
    uri: embedded.uri,
    embedded,
    live: () => ('live' in embedded ? embedded.live : true),
    close: async () => {
      await driver.close();
      await embedded.stop();
    },
  };
}

/** How long a command waits for a running `npm start`'s Neo4j to answer before it starts its own. */
const PROBE_TIMEOUT_MS = 1_500;

/** A database a command-line tool works on, and how to let go of it. */
export type CommandDatabase = Pick<Database, 'driver' | 'name'> & { close(): Promise<void> };

/**
 * The database for a command-line tool (`npm run seed`, `npm run keys`): the configured Neo4j; or,
 * with the embedded default, the one a running `npm start` serves on NEO4J_BOLT_PORT (it holds the
 * store's lock), and only when nothing answers there, an embedded Neo4j of the command's own.
 */
export async function openCommandDatabase(config: Config, logger: Logger, note: (line: string) => void): Promise<CommandDatabase> {
  if (!config.neo4j) {
    const uri = `bolt://127.0.0.1:${config.embedded.boltPort}`;
    const driver = createDriver({ uri }, { connectionTimeoutMs: PROBE_TIMEOUT_MS, maxRetryTimeMs: 0 });
    try {
      await driver.verifyConnectivity({ database: config.database });
      note(`Using the Neo4j already running at ${uri}.`);
      return { driver, name: config.database, close: () => driver.close() };
    } catch {
      await driver.close();
      note(`No Neo4j answers at ${uri}; starting the embedded Neo4j on ${config.embedded.dataDir}…`);
    }
  }
  return openDatabase(config, logger);
}
