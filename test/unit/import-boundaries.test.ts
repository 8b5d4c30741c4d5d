import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}

const DRIVER_IMPORT = "import neo4j from 'neo4j-driver';\nexport const int = neo4j.int;\n";

/** Each case is a text linted as the file `filePath` of the project (it need not exist). */
const CASES = {
  upward: { filePath: 'src/model/upward.ts', text: "import type { Context } from '../graphql/context';\nexport type Upward = Context;\n" },
  upwardTheLongWayRound: { filePath: 'src/read/upward.ts', text: "export { createContext } from '../model/../graphql/../graphql/context';\n" },
  downward: { filePath: 'src/graphql/downward.ts', text: "export * from '../model/graph';\nexport * from '../read/pagination';\n" },
  driverInNeo4j: { filePath: 'src/neo4j/ints.ts', text: DRIVER_IMPORT },
  driverInRead: { filePath: 'src/read/ints.ts', text: DRIVER_IMPORT },
  seedData: { filePath: 'src/read/outside.ts', text: "import '../../seed/paris-security-guarantees/facts.yaml';\n" },
  testCode: { filePath: 'src/read/outside.ts', text: "import '../support/api';\n" },
  benchCode: { filePath: 'src/read/outside.ts', text: "import '../../bench/questions';\n" },
  draftReadsSeedFormat: { filePath: 'src/draft/uses.ts', text: "export * from '../write/seed/format';\nexport * from '../model/graph';\n" },
  draftReadsTheDatabase: { filePath: 'src/draft/uses.ts', text: "export * from '../read/pagination';\nexport * from '../neo4j/client';\n" },
};

let boundaryErrors: Record<keyof typeof CASES, LintMessage[]>;

beforeAll(() => {
  const names = Object.keys(CASES) as (keyof typeof CASES)[];
  const input = JSON.stringify(names.map((name) => CASES[name]));
  const out = execFileSync(process.execPath, [path.join(ROOT, 'test/support/lint-text.mjs')], { cwd: ROOT, input, encoding: 'utf8' });
  const messages = JSON.parse(out) as LintMessage[][];
  boundaryErrors = Object.fromEntries(
    names.map((name, index) => [name, (messages[index] ?? []).filter((message) => message.ruleId === 'boundaries/dependencies')]),
  ) as typeof boundaryErrors;
});

describe('the import-boundary rule (eslint.config.mjs)', () => {
  it('fails on an upward import: src/model importing src/graphql', () => {
    expect(boundaryErrors.upward).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/"model".*"graphql"/) })]);
  });

  it('fails on an upward import written the long way round (imports are resolved, not matched as text)', () => {
    expect(boundaryErrors.upwardTheLongWayRound).toEqual([expect.objectContaining({ message: expect.stringMatching(/"read".*"graphql"/) })]);
  });

  it('passes a downward import: src/graphql importing src/model and src/read', () => {
    expect(boundaryErrors.downward).toEqual([]);
  });

  it('lets only src/neo4j import neo4j-driver', () => {
    expect(boundaryErrors.driverInNeo4j).toEqual([]);
    expect(boundaryErrors.driverInRead).toEqual([expect.objectContaining({ message: expect.stringContaining('only src/neo4j imports neo4j-driver') })]);
  });

  it('lets the draft tool (src/draft) use the model and the seed format, but not reads or the database', () => {
    expect(boundaryErrors.draftReadsSeedFormat).toEqual([]);
    expect(boundaryErrors.draftReadsTheDatabase).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/"draft".*"read"/) }),
      expect.objectContaining({ line: 2, message: expect.stringMatching(/"draft".*"neo4j"/) }),
    ]);
  });

  it('keeps src/ from importing seed data, tests or benchmarks', () => {
    expect(boundaryErrors.seedData).toHaveLength(1);
    expect(boundaryErrors.testCode).toHaveLength(1);
    expect(boundaryErrors.benchCode).toHaveLength(1);
  });
});
