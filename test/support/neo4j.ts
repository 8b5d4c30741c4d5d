import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createGraphClient, type GraphClient } from '../../src/neo4j/client';
import { createDriver } from '../../src/neo4j/driver';
import { TEST_NEO4J_ENV } from './test-neo4j-env';

let driver: Driver | undefined;

export function testNeo4jUri(): string {
  const uri = process.env[TEST_NEO4J_ENV.uri];
  if (!uri) throw new Error('the jest global setup did not start the test Neo4j');
  return uri;
}

/** One driver per test file, to the run's shared embedded Neo4j; closed in afterAll. */
export function getTestDriver(): Driver {
  if (!driver) {
    driver = createDriver({ uri: testNeo4jUri() });
    afterAll(async () => {
      await driver?.close();
      driver = undefined;
    });
  }
  return driver;
}

/** A graph client (no deadline, silent) on a test driver, for loading and checking test data. */
export function graphClientFor(target: Driver = getTestDriver()): GraphClient {
  return createGraphClient({ driver: target, logger: pino({ level: 'silent' }), metadata: { operation: 'test', operationType: 'command' } });
}

/** Deletes every node and relationship (Community has one user database, so tests share it). */
export async function clearDatabase(target: Driver = getTestDriver()): Promise<void> {
  const session = target.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
