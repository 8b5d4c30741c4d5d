import type { Driver } from 'neo4j-driver';
import { generateSyntheticBundles, loadSyntheticBundles } from '../../src/synthetic/generate';
import { applyMigrations } from '../../src/neo4j/migrations';
import { clearDatabase, getTestDriver, graphClientFor } from '../support/neo4j';

jest.setTimeout(180_000);

// Registered before the driver's own afterAll (which closes it), so the shared database is left empty.
afterAll(async () => {
  await clearDatabase(driver);
});
const driver: Driver = getTestDriver();

beforeAll(async () => {
  await clearDatabase(driver);
  await applyMigrations(driver);
});

describe('loading the synthetic graph at scale 2', () => {
  const bundles = generateSyntheticBundles({ scale: 2 });

  it('writes every article with its facts, and every evidence quote equals its source text at its offsets', async () => {
    const report = await loadSyntheticBundles(graphClientFor(driver), bundles, { batchSize: 1 });
    expect(report.sources).toBe(2);
    const { records } = await driver.executeQuery(
      `MATCH (e:Evidence)-[:IN]->(s:Source)
       RETURN count(e) AS evidence,
              count(CASE WHEN substring(s.text, e.start, e.end - e.start) <> e.quote THEN 1 END) AS mismatched,
              count(DISTINCT s) AS sources`,
    );
    expect(records[0]?.get('sources')).toBe(2);
    expect(records[0]?.get('evidence')).toBeGreaterThan(50);
    expect(records[0]?.get('mismatched')).toBe(0);
    const { records: unevidenced } = await driver.executeQuery(
      'MATCH (f) WHERE NOT f:Source AND NOT f:Evidence AND NOT (f)-[:EVIDENCED_BY]->() RETURN count(f) AS n',
    );
    expect(unevidenced[0]?.get('n')).toBe(0);
  });

  it('is idempotent: loading again (in one batch this time) creates nothing', async () => {
    const again = await loadSyntheticBundles(graphClientFor(driver), bundles);
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
  });
});
