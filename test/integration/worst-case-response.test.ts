import { buildSchema } from 'graphql';
import { generateSyntheticBundles, loadSyntheticBundles } from '../../src/synthetic/generate';
import { loadSeedDirectory, SEED_DIR } from '../../src/write/seed/load';
import { DEFAULT_LIMITS, DEFAULT_MAX_SOURCE_CHARS } from '../../src/config';
import { worstCaseResponseBytes } from '../../src/limits/cost-tables';
import { costModel } from '../../src/limits/query-cost';
import { applyMigrations } from '../../src/neo4j/migrations';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { createTestApiKey } from '../support/api-keys';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { clearDatabase, getTestDriver, graphClientFor } from '../support/neo4j';
import { countFieldValues, listOverruns, seededRandom, worstQueries } from '../support/worst-queries';

jest.setTimeout(600_000);

/** Articles of the synthetic graph: enough that root pages of 100 fill and lists hold many items. */
const SCALE = 20;
const QUERIES = 60;

// Registered before the driver's own afterAll (which closes it), so the shared database is left empty.
afterAll(async () => {
  await server?.stop();
  await clearDatabase(driver);
  if (process.env.WORST_CASE_REPORT) process.stdout.write(`${JSON.stringify({ results }, null, 1)}\n`);
});
const driver = getTestDriver();
const schema = buildSchema(loadTypeDefs().join('\n'));
const model = costModel({ maxSourceChars: DEFAULT_MAX_SOURCE_CHARS });
const queries = worstQueries({ schema, model, limits: DEFAULT_LIMITS, random: seededRandom(11) }, QUERIES);

let server: TestServer;
let admin: string;
const results: { label: string; cost: number; values: number; bytes: number }[] = [];

beforeAll(async () => {
  await clearDatabase(driver);
  await applyMigrations(driver);
  await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
  await loadSyntheticBundles(graphClientFor(driver), generateSyntheticBundles({ scale: SCALE }));
  admin = await createTestApiKey('admin');
  server = await startTestServer({ driver });
});

describe(`the cost rule bounds every response (synthetic graph at scale ${SCALE}, ${QUERIES} schema-driven worst queries)`, () => {
  it.each(queries.map((query, index) => [index, query.label, query.n, query.cost, query] as const))(
    '#%d %s, first: %d, cost %d: every list within its charge, field values <= cost, bytes <= the documented bound',
    async (_index, label, n, cost, { query }) => {
      const response = await postGraphQL(server.url, { query, variables: { n } }, { authorization: `Bearer ${admin}` });
      expect(response.json?.errors).toBeUndefined();
      expect(response.status).toBe(200);
      const values = countFieldValues(response.json?.data);
      const bytes = Buffer.byteLength(response.text, 'utf8');
      results.push({ label, cost, values, bytes });
      expect(listOverruns(schema, model, query, response.json?.data, n)).toEqual([]);
      expect(values).toBeLessThanOrEqual(cost);
      expect(bytes).toBeLessThanOrEqual(worstCaseResponseBytes(cost));
    },
  );

  it('fills the pages: the fullest responses reach a large share of their cost', () => {
    expect(results).toHaveLength(queries.length);
    const fullest = Math.max(...results.map((result) => result.values / result.cost));
    expect(fullest).toBeGreaterThan(0.5);
    expect(Math.max(...results.map((result) => result.values))).toBeGreaterThan(2000);
  });
});

describe('a request past the limit', () => {
  it('full pages of every source text through evidence are refused, naming the costliest fields', async () => {
    const chain = '{ commitments(first: 100) { edges { node { evidence(first: 100) { edges { node { source { text } } } } } } } }';
    const response = await postGraphQL(server.url, { query: chain });
    expect(response.status).toBe(400);
    const error = response.json?.errors?.[0];
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toMatch(
      /^Query cost \d+ exceeds the limit of 5000; costliest fields: commitments\(×100\)\.edges\.node\.evidence\(×100\)\.edges\.node\.source\.text \(600000\)/,
    );
    expect(error?.extensions?.costliest).toHaveLength(3);
  });
});
