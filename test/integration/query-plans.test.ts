import type { Driver } from 'neo4j-driver';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { generateSyntheticBundles, loadSyntheticBundles } from '../../src/synthetic/generate';
import { applyMigrations } from '../../src/neo4j/migrations';
import { clearDatabase, getTestDriver, graphClientFor } from '../support/neo4j';
import { captureRepositoryQueries, type CapturedQuery } from '../support/repository-queries';

jest.setTimeout(300_000);

/** Leaf operators that read a whole label (or the whole store) instead of seeking an index. */
const FULL_SCANS = new Set(['AllNodesScan', 'NodeByLabelScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan']);

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Operators that sort every row they are given (PartialSort and PartialTop sort only ties of an index's order). */
const WHOLE_SORTS = new Set(['Sort', 'Top']);

const operators = (plan: PlanNode): PlanNode[] => [plan, ...plan.children.flatMap(operators)];

function anchors(plan: PlanNode): PlanNode[] {
  return plan.children.length === 0 ? [plan] : plan.children.flatMap(anchors);
}

const operator = (node: PlanNode) => node.operatorType.replace(/@.*$/, '');

afterAll(async () => {
  await clearDatabase(driver);
});
const driver: Driver = getTestDriver();
let queries: CapturedQuery[] = [];

beforeAll(async () => {
  await clearDatabase(driver);
  await applyMigrations(driver);
  await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
  await loadSyntheticBundles(graphClientFor(driver), generateSyntheticBundles({ scale: 10 }));
  // Plans for this graph, not ones cached while another test file's smaller graph was loaded
  // (Neo4j replans only once its statistics diverge and 10 s have passed).
  await driver.executeQuery('CALL db.resampleOutdatedIndexes()');
  await driver.executeQuery('CALL db.awaitIndexes()');
  await driver.executeQuery('CALL db.clearQueryCaches()');
  queries = await captureRepositoryQueries();
});

describe('query plans of the read repositories, on a scaled graph', () => {
  it('captures every repository query', () => {
    expect(queries.length).toBeGreaterThan(60);
  });

  it('anchors every query on an index seek unless listing a whole label is its job', async () => {
    const offenders: string[] = [];
    for (const { name, query, params, scanExpected } of queries) {
      const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, params);
      const scans = anchors(summary.plan as unknown as PlanNode).filter((node) => FULL_SCANS.has(operator(node)));
      if (scans.length > 0 && !scanExpected) {
        offenders.push(`${name}: ${scans.map((node) => `${operator(node)} ${String(node.arguments.Details ?? '')}`).join(', ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reads an unfiltered root page from a range index in its order, sorting no whole label (issue 15: p95 flat with scale)', async () => {
    const rootPages = queries.filter(({ rootPage }) => rootPage !== undefined);
    expect(rootPages.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['nodes.list(Person)', 'nodes.list(Priority)', 'commitments.list()', 'statements.list()']),
    );
    const sorted: string[] = [];
    for (const { name, query, params, rootPage } of rootPages) {
      const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, params);
      const sorts = operators(summary.plan as unknown as PlanNode).filter((node) => WHOLE_SORTS.has(operator(node)));
      if (sorts.length > 0)
        sorted.push(`${name} (${rootPage}): ${sorts.map((node) => `${operator(node)} ${String(node.arguments.Details ?? '')}`).join(', ')}`);
    }
    expect(sorted).toEqual([]);
  });
});
