import type { Config } from 'jest';

type Project = NonNullable<Config['projects']>[number] & object;

const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }],
  },
} satisfies Project;

/** Tests against the embedded Neo4j: the global setup starts one for the whole run (once, whichever project asks first). */
const withNeo4j = {
  ...shared,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
} satisfies Project;

const config: Config = {
  projects: [
    // No database, no IDE build, no Java: `npm run test:unit`.
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...withNeo4j, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...withNeo4j, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
  // Neo4j Community has one user database, shared by every test file: run files one at a time.
  maxWorkers: 1,
  // A global option: jest ignores it inside a project (the keys CLI tests then failed at 5 s).
  testTimeout: 60_000,
};

export default config;
