import type { Driver } from 'neo4j-driver';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { generateSyntheticBundles, loadSyntheticBundles } from '../../src/synthetic/generate';
import { applyMigrations } from '../../src/neo4j/migrations';
import { clearDatabase, getTestDriver, graphClientFor } from '../support/neo4j';
import { captureRepositoryQueries, type CapturedQuery } from '../support/repository-queries';
import { MODEL_FIELDS, pagedInKeyOrderAgainst } from '../../src/model/fields';
import { labelsOf } from '../../src/model/graph';
import { walkQuery } from '../../src/read/compile';
import type { Walk } from '../../src/read/plan';

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

  const keyPaged = MODEL_FIELDS.filter(pagedInKeyOrderAgainst);
  const pageOf = (field: (typeof keyPaged)[number], offset: number, first: number): Walk => ({
    from: null,
    traversal: field.name,
    page: { offset, first },
    withTotal: true,
    plan: { labels: [...labelsOf(field.target)], along: [] },
  });

  it('reads a page of every key-paged list from its relationship index, sorting nothing (issue 15: nested pages flat with scale)', async () => {
    expect(keyPaged.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['Domain.leadership', 'Domain.commitments', 'Country.pledges', 'Person.statements']),
    );
    const unindexed: string[] = [];
    for (const field of keyPaged) {
      const { query, params } = walkQuery(pageOf(field, 0, 3), ['a', 'b']);
      const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, params);
      const plan = operators(summary.plan as unknown as PlanNode);
      const seek = `${field.steps[0]!.type}(endKey, startKey)`;
      const seeks = plan.some((node) => operator(node) === 'DirectedRelationshipIndexSeek' && String(node.arguments.Details ?? '').includes(seek));
      const sorts = plan.filter((node) => WHOLE_SORTS.has(operator(node)));
      if (!seeks || sorts.length > 0) unindexed.push(`${field.name}: ${plan.map(operator).join(' < ')}`);
    }
    expect(unindexed).toEqual([]);
  });

  it("stops a key-paged page's index read after its window, and answers as walking and sorting every relationship would", async () => {
    const { records } = await driver.executeQuery('MATCH (d:Domain) RETURN collect(d.key) AS keys, max(COUNT { (d)<-[:IN_DOMAIN]-() }) AS most');
    const keys = records[0]!.get('keys') as string[];
    expect(Number(records[0]!.get('most'))).toBeGreaterThan(4 + 3);
    const field = keyPaged.find(({ name }) => name === 'Domain.commitments')!;
    const { query, params } = walkQuery(pageOf(field, 4, 3), keys);
    const { summary, records: pages } = await driver.executeQuery(`PROFILE ${query}`, params);
    const seek = operators(summary.profile as unknown as PlanNode).find((node) => operator(node) === 'DirectedRelationshipIndexSeek') as unknown as {
      rows: number;
    };
    expect(seek.rows).toBeLessThanOrEqual(keys.length * (4 + 3));
    const expected = await driver.executeQuery(
      'UNWIND $keys AS key MATCH (d:Domain {key: key}) RETURN key, COUNT { (d)<-[:IN_DOMAIN]-() } AS total, COLLECT { MATCH (d)<-[:IN_DOMAIN]-(m) WITH m ORDER BY m.key SKIP 4 LIMIT 3 RETURN m.key } AS rows',
      { keys },
    );
    const read = pages.map((record) => {
      const page = record.get('read') as { total: unknown; rows: { key: string }[] };
      return [record.get('key'), Number(page.total), page.rows.map((row) => row.key)];
    });
    expect(read).toEqual(expected.records.map((record) => [record.get('key'), Number(record.get('total')), record.get('rows')]));
  });
});
