import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { openDatabase, type Database } from './neo4j/database';
import { LauncherError } from './neo4j/launcher-errors';
import { applyMigrations } from './neo4j/migrations';
import { isDatabaseEmpty, loadSeedDirectory, SEED_DIR } from '../seed/load';
import { startServer, type PledgegraphServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let db: Database | undefined;
  let server: PledgegraphServer | undefined;

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    await server?.stop();
    logger.info('http server drained');
    await db?.close();
    logger.info('database closed');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    db = await openDatabase(config, logger);
    await applyMigrations(db.driver, db.name);
    if (await isDatabaseEmpty(db.driver, db.name)) {
      const loaded = await loadSeedDirectory(db.driver, SEED_DIR, { database: db.name, logger });
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
