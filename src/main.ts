import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { createCommandClient } from './neo4j/client';
import { openDatabase, type Database } from './neo4j/database';
import { LauncherError } from './neo4j/launcher-errors';
import { applyMigrations } from './neo4j/migrations';
import { isDatabaseEmpty } from './write/graph-state';
import { loadSeedDirectory, SEED_DIR } from './write/seed/load';
import { startServer, type PledgegraphServer } from './server';
import { startTracing } from './observability/tracing';

/** Time allowed, beyond the drain's grace period, to close the driver and stop the embedded Neo4j. */
const SHUTDOWN_SLACK_MS = 40_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const tracing = startTracing(config.tracing);
  let db: Database | undefined;
  let server: PledgegraphServer | undefined;

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: no new connections, draining requests');
    // Apollo's drain cuts connections still open after the grace period; this bounds the rest.
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + SHUTDOWN_SLACK_MS).unref();
    try {
      await server?.stop();
      logger.info('http server drained');
      await db?.close();
      logger.info('database closed');
      await tracing?.shutdown();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    db = await openDatabase(config, logger, { supervise: true });
    await applyMigrations(db.driver, db.name);
    const startup = createCommandClient(db, logger, 'startup-seed');
    if (await isDatabaseEmpty(startup)) {
      const loaded = await loadSeedDirectory(startup, SEED_DIR, { logger });
      logger.info({ loaded }, 'seed graph loaded into the empty database');
    }
    server = await startServer({ config, logger, db });
  } catch (error) {
    await db?.close();
    throw error;
  }
  logger.info({ url: server.url }, 'pledgegraph ready');
  process.stdout.write(`\npledgegraph is ready at ${server.url}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LauncherError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    process.stderr.write(`\npledgegraph failed to start: ${error instanceof Error ? error.message : String(error)}\n\n`);
  }
  process.exit(1);
});
