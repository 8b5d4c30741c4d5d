import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EmbeddedNeo4jConfig } from '../../src/config';
import { freePort } from './free-port';

/** Settings for a throwaway embedded Neo4j: a free port and a fresh temporary data directory. */
export async function throwawayEmbeddedConfig(): Promise<EmbeddedNeo4jConfig> {
  return {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-test-')),
    boltPort: await freePort(),
    heapSize: '512m',
    pageCacheSize: '64m',
    txTotalMemory: '256m',
    txMaxMemory: '128m',
    startTimeoutMs: 120_000,
  };
}
