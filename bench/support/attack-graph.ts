import fs from 'node:fs';
import path from 'node:path';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { DEFAULT_SYNTHETIC_SEED, generateSyntheticBundles, loadSyntheticBundles } from '../../src/synthetic/generate';
import type { EmbeddedNeo4jConfig } from '../../src/config';
import pino from 'pino';
import { createCommandClient } from '../../src/neo4j/client';
import { createDriver } from '../../src/neo4j/driver';
import { startEmbeddedNeo4j } from '../../src/neo4j/launcher';
import { applyMigrations } from '../../src/neo4j/migrations';
import { freePort } from '../../test/support/free-port';

const MARKER = 'adversarial-graph.json';

export interface GraphInfo {
  scale: number;
  seed: string;
  nodes: number;
  relationships: number;
  sources: number;
  evidence: number;
  loadSeconds: number;
}

/**
 * The curated seed plus `scale` synthetic articles in an embedded store at `dataDir`, written with
 * the same launcher the server uses; the server later opens the same directory. A directory that
 * already holds the graph of this scale and seed (its marker file says so) is reused as it is.
 */
export async function ensureAttackGraph(dataDir: string, scale: number, log: (line: string) => void): Promise<GraphInfo> {
  const markerFile = path.join(dataDir, MARKER);
  if (fs.existsSync(markerFile)) {
    const info = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as GraphInfo;
    if (info.scale === scale && info.seed === DEFAULT_SYNTHETIC_SEED) {
      log(`reusing the scale-${scale} graph in ${dataDir}`);
      return info;
    }
    throw new Error(`${dataDir} holds a graph of scale ${info.scale}; give another --data-dir or remove it`);
  }
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty and holds no ${MARKER}`);
  const config: EmbeddedNeo4jConfig = {
    dataDir,
    boltPort: await freePort(),
    heapSize: '1g',
    pageCacheSize: '256m',
    txTotalMemory: '512m',
    txMaxMemory: '256m',
    startTimeoutMs: 180_000,
  };
  const neo4j = await startEmbeddedNeo4j(config);
  const driver = createDriver({ uri: neo4j.uri });
  try {
    await applyMigrations(driver);
    const graph = createCommandClient({ driver }, pino({ level: 'silent' }), 'bench-load');
    await loadSeedDirectory(graph, SEED_DIR);
    const loaded = await loadSyntheticBundles(graph, generateSyntheticBundles({ scale }));
    const counts = await driver.executeQuery(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
       CALL () { MATCH (s:Source) RETURN count(s) AS sources }
       CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
       RETURN nodes, rels, sources, evidence`,
    );
    const record = counts.records[0];
    const info: GraphInfo = {
      scale,
      seed: DEFAULT_SYNTHETIC_SEED,
      nodes: Number(record?.get('nodes')),
      relationships: Number(record?.get('rels')),
      sources: Number(record?.get('sources')),
      evidence: Number(record?.get('evidence')),
      loadSeconds: loaded.ms / 1000,
    };
    fs.writeFileSync(markerFile, `${JSON.stringify(info, null, 2)}\n`);
    log(
      `built the scale-${scale} graph: ${info.nodes} nodes, ${info.relationships} relationships, ${info.sources} sources, ${info.evidence} evidence spans (${info.loadSeconds.toFixed(0)} s)`,
    );
    return info;
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}
