/**
 * The synthetic graph generator: `scale` invented articles, each shaped like the curated Paris
 * article, over a shared invented cast (src/synthetic/world.ts), deterministic for a given seed.
 * Every article is a seed bundle exactly like one read from a seed directory: its facts pass the
 * same validator (src/write/seed/validate.ts), every evidence quote is the article text at its offsets, and
 * it is written by the same ingest repository, a batch of articles per transaction.
 *
 * Keys never clash with curated ones: synthetic countries use the ISO 3166-1 user-assigned codes
 * (AA, QM–QZ, XA–XZ, ZZ), every other synthetic key starts with `syn-`. See docs/synthetic-data.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { GraphClient } from '../neo4j/client';
import { ingestSourceGraphs } from '../write/ingest-repository';
import type { SeedBundle } from '../write/seed/format';
import { toSourceGraph } from '../write/seed/graph';
import { FACTS_FILE, SOURCE_FILE, SeedValidationError } from '../write/seed/read-source-dir';
import { generateArticle } from './article';
import { createRandom } from './prng';
import { createWorld } from './world';
import { validateAcrossBundles, validateSeedFacts, type SeedProblem } from '../write/seed/validate';

export const DEFAULT_SYNTHETIC_SEED = 'pledgegraph';

export interface SyntheticOptions {
  /** How many articles (each about the size of the Paris article). */
  scale: number;
  seed?: string;
}

/** Generates and validates the synthetic bundles; throws a SeedValidationError if any is invalid. */
export function generateSyntheticBundles({ scale, seed = DEFAULT_SYNTHETIC_SEED }: SyntheticOptions): SeedBundle[] {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${scale}`);
  const world = createWorld(seed, scale);
  const problems: SeedProblem[] = [];
  const bundles: SeedBundle[] = [];
  for (let index = 1; index <= scale; index++) {
    const article = generateArticle(world, index, createRandom(`${seed}/article/${index}`));
    const dir = `synthetic:${article.source.key}`;
    const result = validateSeedFacts({
      dir,
      sourceFile: `${dir}/${SOURCE_FILE}`,
      factsFile: `${dir}/${FACTS_FILE}`,
      sourceText: article.text,
      facts: { source: article.source, ...article.facts },
    });
    problems.push(...result.problems);
    if (result.bundle) bundles.push(result.bundle);
  }
  if (problems.length === 0) problems.push(...validateAcrossBundles(bundles));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return bundles;
}

export interface SyntheticLoadReport {
  sources: number;
  nodesCreated: number;
  relationshipsCreated: number;
  ms: number;
}

/** Articles per transaction: a few MiB of transaction state, far inside the embedded 128 MiB limit. */
export const ARTICLES_PER_TRANSACTION = 25;

/**
 * Writes the bundles in batches of ARTICLES_PER_TRANSACTION, one transaction each (so any scale
 * fits the embedded transaction memory limit); `onProgress` is told after each batch.
 */
export async function loadSyntheticBundles(
  graph: GraphClient,
  bundles: readonly SeedBundle[],
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<SyntheticLoadReport> {
  const startedAt = performance.now();
  const batchSize = options.batchSize ?? ARTICLES_PER_TRANSACTION;
  const report: SyntheticLoadReport = { sources: 0, nodesCreated: 0, relationshipsCreated: 0, ms: 0 };
  for (let from = 0; from < bundles.length; from += batchSize) {
    const batch = bundles.slice(from, from + batchSize);
    const counts = await ingestSourceGraphs(graph, batch.map(toSourceGraph));
    report.sources += batch.length;
    report.nodesCreated += counts.nodesCreated;
    report.relationshipsCreated += counts.relationshipsCreated;
    options.onProgress?.(report.sources, bundles.length);
  }
  report.ms = performance.now() - startedAt;
  return report;
}

/** Writes each bundle as a seed directory (source.txt + facts.yaml) under `outDir`. */
export function writeSyntheticSeedDirs(bundles: readonly SeedBundle[], outDir: string): void {
  for (const bundle of bundles) {
    const dir = path.join(outDir, bundle.source.key);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, SOURCE_FILE), bundle.source.text);
    const { source, ...facts } = bundle.facts;
    fs.writeFileSync(path.join(dir, FACTS_FILE), YAML.stringify({ source: { ...source, sha256: bundle.source.sha256 }, ...facts }, { lineWidth: 0 }));
  }
}
