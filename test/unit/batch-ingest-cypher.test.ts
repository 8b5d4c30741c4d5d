import { toSourceGraph } from '../../src/write/seed/graph';
import { generateSyntheticBundles } from '../../src/synthetic/generate';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/model/graph';
import { buildIngestStatements } from '../../src/write/ingest-repository';

const graphs = generateSyntheticBundles({ scale: 3 }).map(toSourceGraph);
const statements = buildIngestStatements(graphs);

describe('the Cypher that writes a batch of sources', () => {
  it('carries every value as a parameter and names only whitelisted labels and types', () => {
    const values = graphs.flatMap((graph) => [graph.source.key, ...graph.evidence.map((row) => row.quote)]);
    for (const { query } of statements) {
      for (const value of values) expect(query).not.toContain(value);
      for (const [, name] of query.matchAll(/:`?([A-Za-z_]+)`?[ {\])]/g)) expect([...NODE_LABELS, ...RELATIONSHIP_TYPES]).toContain(name);
    }
  });

  it('writes each label and relationship type once for the whole batch, each shared fact once', () => {
    const perSource = graphs.map((graph) => graph.nodes.filter((batch) => batch.rows.length > 0).length);
    const nodeStatements = statements.filter(({ query }) => /^UNWIND \$rows AS row MERGE \(n:/.test(query));
    expect(nodeStatements.length).toBeLessThanOrEqual(Math.max(...perSource));
    const countries = nodeStatements.find(({ query }) => query.includes('`Country`'))?.params.rows as { key: string }[];
    expect(new Set(countries.map((row) => row.key)).size).toBe(countries.length);
    const evidence = statements.find(({ query }) => query.includes('MERGE (e:Evidence'))?.params.rows as unknown[];
    expect(evidence).toHaveLength(graphs.reduce((sum, graph) => sum + graph.evidence.length, 0));
  });
});
