import type { EmbeddedNeo4j } from '../../src/neo4j/launcher';

export const TEST_NEO4J_ENV = {
  uri: 'PLEDGEGRAPH_TEST_NEO4J_URI',
  dataDir: 'PLEDGEGRAPH_TEST_NEO4J_DATA_DIR',
} as const;

export interface TestNeo4jHandle {
  neo4j: EmbeddedNeo4j;
  dataDir: string;
}
