import fs from 'node:fs';
import type { TestNeo4jHandle } from './test-neo4j-env';

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as { __pledgegraphNeo4j?: TestNeo4jHandle }).__pledgegraphNeo4j;
  if (!handle) return;
  await handle.neo4j.stop();
  fs.rmSync(handle.dataDir, { recursive: true, force: true });
}
