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
});
