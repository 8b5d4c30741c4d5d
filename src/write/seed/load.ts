import path from 'node:path';
import type { GraphClient } from '../../neo4j/client';
import { PROJECT_ROOT } from '../../project-root';
import { ingestSourceGraphs, type IngestCounts } from '../ingest-repository';
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
  logger?: SeedLogger;
}

/** What loading one source wrote. */
export interface SourceCounts extends IngestCounts {
  source: string;
}

export interface LoadResult {
  sources: SourceCounts[];
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
export async function loadSeedDirectory(graph: GraphClient, dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const bundles = readSourceDir(dir);
  const sources: SourceCounts[] = [];
  for (const source of bundles.map(toSourceGraph)) {
    const counts = { source: source.source.key, ...(await ingestSourceGraphs(graph, [source])) };
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
