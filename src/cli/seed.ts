/**
 * npm run seed              loads seed/ (every source directory in it) into the configured Neo4j
 * npm run seed -- <dir>     loads <dir>: a source directory (source.txt + facts.yaml) or a parent of several
 *
 * With the embedded default it loads into the Neo4j a running `npm start` serves, else starts its own.
 *
 * Everything is validated before anything is written; on a problem the command prints every
 * problem (file, fact, what differs), writes nothing and exits with status 1.
 *
 * A facts file is the whole truth about its source: reloading it removes evidence it no longer
 * lists and sets its facts' properties back. On a graph curated through the API that would undo
 * curation (evidence attached since, leads disclosed since), so the command refuses, writes
 * nothing and exits with status 3. There is no way to force it: a forced reload could only undo
 * sourced claims or leave them contradicting the facts (LED_BY links beside `disclosed: false`),
 * and it would write outside the audit trail. Sources go in through `ingestSource` instead; to
 * start over from the files, empty the database first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { createCommandClient } from '../neo4j/client';
import { openCommandDatabase, type CommandDatabase } from '../neo4j/database';
import { applyMigrations } from '../neo4j/migrations';
import { isCurated } from '../write/graph-state';
import { loadSeedDirectory, SEED_DIR } from '../write/seed/load';
import { SeedValidationError, readSourceDir } from '../write/seed/read-source-dir';

class CuratedGraphError extends Error {}

async function main(): Promise<void> {
  const { positionals } = parseArgs({ options: {}, allowPositionals: true });
  const dir = path.resolve(positionals[0] ?? SEED_DIR);
  // Validate before starting (or connecting to) Neo4j: a bad file fails fast.
  readSourceDir(dir);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let db: CommandDatabase | undefined;
  try {
    db = await openCommandDatabase(config, logger, (line) => process.stderr.write(`${line}\n`));
    await applyMigrations(db.driver, db.name);
    const graph = createCommandClient(db, logger, 'seed');
    if (await isCurated(graph)) {
      throw new CuratedGraphError(
        'This graph has been curated through the API (it holds audit events). Reloading facts files would remove ' +
          'evidence they do not list and set their facts back, undoing that curation; nothing was written. ' +
          'Add or extend sources with the ingestSource mutation; to start over from the files, empty the database ' +
          '(embedded Neo4j: stop the server and remove DATA_DIR) and run `npm run seed` again.',
      );
    }
    const result = await loadSeedDirectory(graph, dir, { logger });
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
    if (error instanceof CuratedGraphError) {
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(3);
    } else if ((error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      // e.g. --force, which is gone: see the comment at the top.
      process.stderr.write(`\n${(error as Error).message}\nusage: npm run seed [-- <dir>]\n\n`);
      process.exit(2);
    } else if (error instanceof SeedValidationError || error instanceof ConfigError) {
      process.stderr.write(`\n${error.message}\n\n`);
    } else {
      process.stderr.write(`\nseed failed: ${error instanceof Error ? error.message : String(error)}\n\n`);
    }
    process.exit(1);
  },
);
