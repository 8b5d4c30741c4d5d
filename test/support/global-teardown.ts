import fs from 'node:fs';
import type { TestNeo4jHandle } from './test-neo4j-env';

/** Stops the run's Neo4j; Jest calls this once per project that has one, so later calls find nothing to stop. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __pledgegraphNeo4j?: TestNeo4jHandle };
  const handle = holder.__pledgegraphNeo4j;
  if (!handle) return;
  delete holder.__pledgegraphNeo4j;
  await handle.neo4j.stop();
  fs.rmSync(handle.dataDir, { recursive: true, force: true });
}
