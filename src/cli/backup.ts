/**
 * npm run export -- <dir>   writes the whole graph to <dir> (docs/operations.md, "Backup and restore")
 * npm run import -- <dir>   loads such a directory into an EMPTY database
 *
 * Both talk to NEO4J_URI when set (a running pledgegraph's embedded Neo4j listens on
 * bolt://127.0.0.1:NEO4J_BOLT_PORT), else start the embedded Neo4j on DATA_DIR themselves.
 * Exit status: 0 done, 1 failed (nothing written to the database by a failed import).
 */
import path from 'node:path';
import { BackupError, exportGraph, importGraph } from '../backup/graph-backup';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { createCommandClient } from '../neo4j/client';
import { openDatabase, type Database } from '../neo4j/database';
import { applyMigrations, fillRelationshipKeys } from '../neo4j/migrations';

async function main(command: string | undefined, target: string | undefined): Promise<void> {
  if ((command !== 'export' && command !== 'import') || !target) {
    throw new BackupError('usage: npm run export -- <dir>   |   npm run import -- <dir>');
  }
  const dir = path.resolve(target);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let db: Database | undefined;
  try {
    db = await openDatabase(config, logger);
    if (command === 'export') {
      const manifest = await exportGraph(createCommandClient(db, logger, 'export'), dir);
      process.stdout.write(`exported ${manifest.nodes} nodes, ${manifest.auditEvents} audit events and ${manifest.relationships} relationships to ${dir}\n`);
    } else {
      await applyMigrations(db.driver, db.name);
      const manifest = await importGraph(createCommandClient(db, logger, 'import'), dir);
      await fillRelationshipKeys(db.driver, db.name);
      process.stdout.write(`imported ${manifest.nodes} nodes, ${manifest.auditEvents} audit events and ${manifest.relationships} relationships from ${dir}\n`);
    }
  } finally {
    await db?.close();
  }
}

main(process.argv[2], process.argv[3]).then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof BackupError || error instanceof ConfigError;
    process.stderr.write(`\n${known ? '' : `${process.argv[2] ?? 'backup'} failed: `}${error instanceof Error ? error.message : String(error)}\n\n`);
    process.exit(1);
  },
);
