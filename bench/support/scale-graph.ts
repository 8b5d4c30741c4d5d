/**
 * The graph every bench script measures against: a throwaway embedded Neo4j holding the curated
 * seed plus `scale` synthetic articles, gone again when the work is done.
 */
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { createCommandClient } from '../../src/neo4j/client';
import { createDriver, type Driver } from '../../src/neo4j/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/launcher';
import { applyMigrations } from '../../src/neo4j/migrations';
import { generateSyntheticBundles, loadSyntheticBundles } from '../../src/synthetic/generate';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { throwawayEmbeddedConfig } from '../../test/support/embedded-config';

export interface ScaleGraphOptions {
  /** APOC core, which the @neo4j/graphql peer needs. */
  withApoc?: boolean;
  heapSize?: string;
  pageCacheSize?: string;
}

export interface ScaleGraph {
  neo4j: EmbeddedNeo4j;
  driver: Driver;
  /** How long the synthetic articles took to load. */
  loadSeconds: number;
  /** The store's directory (databases/neo4j); its size means something once `shutdown` has checkpointed it. */
  storeDir: string;
  /** Closes the driver and stops Neo4j cleanly; safe to call again (withScaleGraph does, at the end). */
  shutdown(): Promise<void>;
}

/** Starts the graph (heap 1g, page cache 256m unless told otherwise), loads it, runs `work`, then stops Neo4j and removes its data. */
export async function withScaleGraph<T>(scale: number, options: ScaleGraphOptions, work: (graph: ScaleGraph) => Promise<T>): Promise<T> {
  const config = { ...(await throwawayEmbeddedConfig()), heapSize: options.heapSize ?? '1g', pageCacheSize: options.pageCacheSize ?? '256m' };
  const neo4j = await startEmbeddedNeo4j(config, { withApoc: options.withApoc ?? false });
  const driver = createDriver({ uri: neo4j.uri });
  const shutdown = async () => {
    await driver.close();
    await neo4j.stop();
  };
  try {
    await applyMigrations(driver);
    const client = createCommandClient({ driver }, pino({ level: 'silent' }), 'bench-load');
    await loadSeedDirectory(client, SEED_DIR);
    const loaded = await loadSyntheticBundles(client, generateSyntheticBundles({ scale }));
    return await work({ neo4j, driver, loadSeconds: loaded.ms / 1000, storeDir: path.join(config.dataDir, 'data', 'databases', 'neo4j'), shutdown });
  } finally {
    await shutdown();
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  }
}

/** Runs a bench script's `main` and exits: 0 when it settles, 1 with `<name> failed: <message>` when it throws. */
export function runMain(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`\n${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
