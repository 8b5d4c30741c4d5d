/**
 * npm run seed              loads seed/ (every source directory in it) into the configured Neo4j
 * npm run seed -- <dir>     loads <dir>: a source directory (source.txt + facts.yaml) or a parent of several
 *
 * Everything is validated before anything is written; on a problem the command prints every
 * problem (file, fact, what differs), writes nothing and exits with status 1.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { openDatabase, type Database } from '../src/neo4j/database';
import { applyMigrations } from '../src/neo4j/migrations';
import { loadSeedDirectory, SEED_DIR } from './load';
import { SeedValidationError, readSourceDir } from './read-source-dir';

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? SEED_DIR);
  // Validate before starting (or connecting to) Neo4j: a bad file fails fast.
  readSourceDir(dir);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let db: Database | undefined;
  try {
    db = await openDatabase(config, logger);
    await applyMigrations(db.driver, db.name);
    const result = await loadSeedDirectory(db.driver, dir, { database: db.name, logger });
    for (const source of result.sources) {
      process.stdout.write(
        `${source.source}: ${source.nodes} nodes, ${source.relationships} relationships ` +
          `(${source.nodesCreated} nodes and ${source.relationshipsCreated} relationships created)\n`,
      );
    }
  } finally {
    await db?.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof SeedValidationError || error instanceof ConfigError) {
      process.stderr.write(`\n${error.message}\n\n`);
    } else {
      process.stderr.write(`\nseed failed: ${error instanceof Error ? error.message : String(error)}\n\n`);
    }
    process.exit(1);
  },
);
