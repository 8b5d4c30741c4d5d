import { toSourceGraph } from '../../src/write/seed/graph';
import { SEED_DIR } from '../../src/write/seed/load';
import { readSourceDir } from '../../src/write/seed/read-source-dir';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/model/graph';
import { buildIngestStatements } from '../../src/write/ingest-repository';
import { migrationStatements } from '../../src/neo4j/migrations';

const [bundle] = readSourceDir(SEED_DIR);
const graph = toSourceGraph(bundle!);
const statements = buildIngestStatements([graph]);

describe('the Cypher that writes a source', () => {
  it('carries every value as a parameter: no quote, text or key is spliced into a query', () => {
    const values = new Set<string>([
      graph.source.key,
      ...graph.evidence.map((row) => row.quote),
      ...graph.nodes.flatMap((batch) => batch.rows.flatMap((row) => Object.values(row.props).filter((v): v is string => typeof v === 'string'))),
    ]);
    for (const { query } of statements) {
      for (const value of values) {
        if (value.length > 3 && !(NODE_LABELS as readonly string[]).includes(value)) expect(query).not.toContain(value);
      }
    }
  });

  it('names only whitelisted labels and relationship types', () => {
    let checked = 0;
    for (const { query } of statements) {
      for (const [, name] of query.matchAll(/:`?([A-Za-z_]+)`?[ {\])]/g)) {
        checked += 1;
        expect([...NODE_LABELS, ...RELATIONSHIP_TYPES]).toContain(name);
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('writes one UNWIND batch per label and per relationship type, MERGEing on keys only', () => {
    expect(statements.length).toBeLessThan(100);
    const merges = statements.flatMap(({ query }) => [...query.matchAll(/MERGE \(\w+:`?\w+`? \{([^}]*)\}\)/g)].map((m) => m[1]));
    expect(new Set(merges)).toEqual(new Set(['key: source.key', 'key: row.key']));
    const unwound = statements.filter(({ query }) => query.includes('UNWIND $rows'));
    expect(unwound.length).toBeGreaterThan(40);
  });

  it('gives Evidence keys of the form <sourceKey>:<start>-<end>, one per distinct span', () => {
    for (const row of graph.evidence) expect(row.key).toBe(`ap-paris-security-guarantees:${row.start}-${row.end}`);
    expect(new Set(graph.evidence.map((row) => row.key)).size).toBe(graph.evidence.length);
  });

  it('records undisclosed domain leadership with no LED_BY relationship', () => {
    const leaderships = graph.nodes.find((batch) => batch.label === 'DomainLeadership')!.rows;
    expect(leaderships.map((row) => [row.key, row.props.determined, row.props.disclosed])).toEqual([
      ['land-leadership', true, false],
      ['air-leadership', true, false],
      ['sea-leadership', true, false],
      ['reconstruction-leadership', true, false],
    ]);
    expect(graph.relationships.filter((batch) => batch.type === 'LED_BY')).toEqual([]);
  });
});

describe('the migrations', () => {
  it('are idempotent statements: a unique key constraint per label, full-text and range indexes', () => {
    const all = migrationStatements();
    for (const statement of all) expect(statement).toMatch(/ IF NOT EXISTS /);
    for (const label of NODE_LABELS) expect(all).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(n:\`${label}\`\\) REQUIRE n.key IS UNIQUE$`)));
    expect(all).toEqual(
      expect.arrayContaining([
        'CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:`Statement`) ON EACH [n.`text`]',
        'CREATE FULLTEXT INDEX evidence_quote IF NOT EXISTS FOR (n:`Evidence`) ON EACH [n.`quote`]',
        'CREATE FULLTEXT INDEX commitment_summary IF NOT EXISTS FOR (n:`Commitment`) ON EACH [n.`summary`]',
        'CREATE INDEX priority_order IF NOT EXISTS FOR (n:`Priority`) ON (n.`order`)',
      ]),
    );
  });
});
