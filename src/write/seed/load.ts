import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../project-root';
import { isDatabaseEmpty as graphIsEmpty } from '../graph-state';
import { ingestSourceGraph, type IngestCounts } from '../ingest-repository';
import { toSourceGraph } from './graph';
import { readSourceDir } from './read-source-dir';

export { SeedValidationError } from './read-source-dir';

/** The seed directory shipped with pledgegraph: one subdirectory per source. */
export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** The slice of a pino logger the loader uses. */
export interface SeedLogger {
  info(details: object, message?: string): void;
}

export interface LoadOptions {
  database?: string;
  logger?: SeedLogger;
}

export interface LoadResult {
  sources: IngestCounts[];
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/**
 * Loads every source under `dir` (a source directory, or a parent of several). Everything is
 * read and validated first, so a single problem anywhere throws a SeedValidationError before
 * anything is written; then each source is written in its own transaction (all of it or none).
 * Idempotent: loading the same directory again changes nothing.
 */
export async function loadSeedDirectory(driver: Driver, dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const bundles = readSourceDir(dir);
  const graphs = bundles.map(toSourceGraph);
  const sources: IngestCounts[] = [];
  for (const graph of graphs) {
    const counts = await ingestSourceGraph(driver, graph, options.database);
    options.logger?.info({ seed: counts }, `loaded source ${counts.source}`);
    sources.push(counts);
  }
  return {
    sources,
    nodes: sources.reduce((sum, counts) => sum + counts.nodes, 0),
    relationships: sources.reduce((sum, counts) => sum + counts.relationships, 0),
    nodesCreated: sources.reduce((sum, counts) => sum + counts.nodesCreated, 0),
    relationshipsCreated: sources.reduce((sum, counts) => sum + counts.relationshipsCreated, 0),
  };
}

/** True when the database holds no node at all; `npm start` seeds it then. */
export function isDatabaseEmpty(driver: Driver, database?: string): Promise<boolean> {
  return graphIsEmpty(driver, database);
}
