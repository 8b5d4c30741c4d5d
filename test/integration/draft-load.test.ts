import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import YAML from 'yaml';
import { draftFacts } from '../../src/draft/draft';
import { writeDraftDir } from '../../src/draft/writer';
import { applyMigrations } from '../../src/neo4j/migrations';
import { PROJECT_ROOT } from '../../src/project-root';
import { isDatabaseEmpty } from '../../src/write/graph-state';
import { loadSeedDirectory, SeedValidationError } from '../../src/write/seed/load';
import { clearDatabase, getTestDriver, graphClientFor } from '../support/neo4j';

jest.setTimeout(180_000);

const ARTICLE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'draft', 'article.txt');
const driver: Driver = getTestDriver();

async function query<T = Record<string, unknown>>(cypher: string): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher);
  return records.map((record) => record.toObject() as T);
}

describe('loading a draft (npm run seed, against Neo4j)', () => {
  let parent: string;
  beforeAll(async () => {
    await clearDatabase(driver);
    await applyMigrations(driver);
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-draft-load-'));
  });
  afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

  it('refuses the draft and writes nothing while it carries the mark; loads it once the curator deletes the block', async () => {
    const dir = path.join(parent, 'drafted-article');
    const bytes = fs.readFileSync(ARTICLE);
    const { factsFile } = writeDraftDir(dir, bytes, draftFacts(bytes.toString('utf8'), { sourceKey: 'test-drafted-article' }));

    const refused = await loadSeedDirectory(graphClientFor(driver), dir).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SeedValidationError);
    expect((refused as SeedValidationError).message).toContain('delete the whole `draft:` block to clear the mark');
    expect(await isDatabaseEmpty(graphClientFor(driver))).toBe(true);

    const document = YAML.parseDocument(fs.readFileSync(factsFile, 'utf8'));
    document.delete('draft');
    fs.writeFileSync(factsFile, document.toString());
    const result = await loadSeedDirectory(graphClientFor(driver), dir);
    expect(result.sources.map((source) => source.source)).toEqual(['test-drafted-article']);

    const quotes = await query<{ speaker: string; text: string }>(
      "MATCH (s:Statement)-[:MADE_BY]->(p:Person {key: 'anna-weber'}) RETURN p.name AS speaker, s.text AS text ORDER BY s.text",
    );
    expect(quotes.map((row) => row.text)).toContain('We are not waiting for anyone');
    const [pledge] = await query<{ pledgers: string[]; conditions: string[] }>(`
      MATCH (c:Commitment)-[:EVIDENCED_BY]->(e:Evidence) WHERE e.quote STARTS WITH 'German Chancellor Anna Weber said'
      RETURN COLLECT { MATCH (c)-[:PLEDGED_BY]->(p) RETURN p.key ORDER BY p.key } AS pledgers,
        COLLECT { MATCH (c)-[:CONDITIONAL_ON]->(d) RETURN d.key } AS conditions
    `);
    expect(pledge).toEqual({ pledgers: ['DE', 'PL'], conditions: [] });
  });
});
