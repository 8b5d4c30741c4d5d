import { ensureIdeBuilt } from '../../ide/build';
import { startEmbeddedNeo4j } from '../../src/neo4j/launcher';
import { throwawayEmbeddedConfig } from './embedded-config';
import { TEST_NEO4J_ENV, type TestNeo4jHandle } from './test-neo4j-env';

/**
 * Starts ONE embedded Neo4j for the whole run; workers reach it through the env it exports.
 * Jest runs the global setup of each project (integration, e2e) that has a test to run: the second call finds it started.
 */
export default async function globalSetup(): Promise<void> {
  const holder = globalThis as { __pledgegraphNeo4j?: TestNeo4jHandle };
  if (holder.__pledgegraphNeo4j) return;
  // The browser tests load the IDE's bundle: a fresh clone (or changed IDE sources) builds it first.
  const built = await ensureIdeBuilt();
  if (built) console.log(`\nBuilt the IDE's assets in ${(built.millis / 1000).toFixed(1)} s.`);
  const config = await throwawayEmbeddedConfig();
  const neo4j = await startEmbeddedNeo4j(config);
  process.env[TEST_NEO4J_ENV.uri] = neo4j.uri;
  process.env[TEST_NEO4J_ENV.dataDir] = config.dataDir;
  holder.__pledgegraphNeo4j = { neo4j, dataDir: config.dataDir };
}
