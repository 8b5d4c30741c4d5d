/**
 * npm run seed:synthetic -- --scale N [--seed S] [--out DIR]
 *
 * Generates N synthetic articles (src/synthetic/generate.ts), validates them like curated seed data, and
 * loads them into the configured Neo4j (NEO4J_URI, or the embedded one in DATA_DIR), a batch of articles per
 * transaction; prints the load time and, for the embedded store, its size on disk. With --out it
 * writes the articles as seed directories instead (loadable with `npm run seed -- DIR`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { createCommandClient } from '../neo4j/client';
import { openDatabase, type Database } from '../neo4j/database';
import { applyMigrations } from '../neo4j/migrations';
import { SeedValidationError } from '../write/seed/read-source-dir';
import { DEFAULT_SYNTHETIC_SEED, generateSyntheticBundles, loadSyntheticBundles, writeSyntheticSeedDirs } from '../synthetic/generate';
import { directorySizeBytes, formatBytes } from '../synthetic/store-size';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: DEFAULT_SYNTHETIC_SEED }, out: { type: 'string' } },
  });
  const scale = Number(values.scale);
  const generatedAt = performance.now();
  const bundles = generateSyntheticBundles({ scale, seed: values.seed });
  process.stdout.write(`generated ${bundles.length} synthetic articles in ${Math.round(performance.now() - generatedAt)} ms\n`);
  if (values.out) {
    writeSyntheticSeedDirs(bundles, values.out);
    process.stdout.write(`wrote ${bundles.length} seed directories to ${values.out}\n`);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let db: Database | undefined;
  try {
    db = await openDatabase(config, logger);
    await applyMigrations(db.driver, db.name);
    const report = await loadSyntheticBundles(createCommandClient(db, logger, 'seed:synthetic'), bundles, {
      onProgress: (done, total) => {
        if (done % 100 === 0 || done === total) process.stdout.write(`  ${done}/${total} articles\n`);
      },
    });
    process.stdout.write(
      `loaded scale ${scale}: ${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships created in ${(report.ms / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await db?.close();
  }
  if (db?.embedded) {
    // Measured after the clean shutdown, once Neo4j has checkpointed its store files.
    const store = path.join(config.embedded.dataDir, 'data', 'databases', 'neo4j');
    process.stdout.write(`store: ${formatBytes(directorySizeBytes(store))} in ${store}\n`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof SeedValidationError || error instanceof ConfigError;
    process.stderr.write(`\n${known ? '' : 'seed:synthetic failed: '}${error instanceof Error ? error.message : String(error)}\n\n`);
    process.exit(1);
  },
);
