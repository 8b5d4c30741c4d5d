/**
 * What the model (src/model) derives, pinned against the hand-written tables it replaced
 * (test/fixtures/model-before-derivation.json, dumped from them before they were deleted):
 * the Cypher text, the seed format and the schema statements must not change.
 */
import before from '../fixtures/model-before-derivation.json';
import { CLAIM_SCHEMA, FIND_FULLTEXT_INDEXES, migrationStatements } from '../../src/neo4j/migrations';
import { LIST_ORDER } from '../../src/read/node-repository';
import { TRAVERSALS } from '../../src/read/traversals';
import { PROPERTY_FIELDS, REF_PREFIX, REFERENCE_FIELDS, SECTION } from '../../src/write/seed/format';

const byLabel = (fields: readonly { label: string }[]) =>
  Object.fromEntries([...new Set(fields.map(({ label }) => label))].map((label) => [label, fields.filter((field) => field.label === label)]));

describe('derived from the model', () => {
  // Issue 18 adds Claim nodes: their target, source and evidence are walked like any node's.
  const claimTraversals = ['Claim.evidence', 'Claim.source', 'Claim.target'];

  it('has exactly the traversals of the hand-written table, and since issue 18 those of claims', () => {
    expect(
      Object.keys(TRAVERSALS)
        .filter((name) => !claimTraversals.includes(name))
        .sort(),
    ).toEqual(Object.keys(before.TRAVERSALS).sort());
    expect(
      Object.keys(TRAVERSALS)
        .filter((name) => name.startsWith('Claim.'))
        .sort(),
    ).toEqual(claimTraversals);
  });

  it.each(Object.entries(before.TRAVERSALS))('%s walks the same pattern in the same order', (name, traversal) => {
    expect(TRAVERSALS[name as keyof typeof TRAVERSALS]).toEqual(traversal);
  });

  it('gives every label the reference fields of the hand-written table, in its order', () => {
    expect(byLabel(REFERENCE_FIELDS)).toEqual(byLabel(before.REFERENCE_FIELDS));
  });

  it('gives the seed format the same prefixes, sections and property fields', () => {
    expect(REF_PREFIX).toEqual(before.REF_PREFIX);
    expect(SECTION).toEqual(before.SECTION);
    expect(PROPERTY_FIELDS).toEqual(before.PROPERTY_FIELDS);
  });

  // Issue 13 ("find anything") lists five more fact types at the root and adds full-text indexes for search.
  const listedSince = ['Capability', 'DomainLeadership', 'Position', 'Risk', 'Role'];

  it('lists the same labels at the root, in the same order, and since issue 13 the other fact types users start from', () => {
    const before13 = Object.entries(LIST_ORDER).filter(([name]) => !listedSince.includes(name));
    expect(Object.fromEntries(before13)).toEqual(before.LIST_ORDER);
    expect(
      Object.keys(LIST_ORDER)
        .filter((name) => !(name in before.LIST_ORDER))
        .sort(),
    ).toEqual(listedSince);
    for (const name of listedSince) expect(LIST_ORDER[name as keyof typeof LIST_ORDER]).toBe('n.key');
  });

  it('creates the same constraints and indexes, since issue 13 the full-text indexes of search, since issue 18 those of claims', () => {
    const isFind = (statement: string) => FIND_FULLTEXT_INDEXES.some(({ name }) => statement.startsWith(`CREATE FULLTEXT INDEX ${name} IF NOT EXISTS`));
    const isClaim = (statement: string) => statement.includes('(n:`Claim`)');
    expect(migrationStatements().filter((statement) => !isFind(statement) && !isClaim(statement))).toEqual(before.migrations);
    expect(migrationStatements().filter(isFind)).toHaveLength(FIND_FULLTEXT_INDEXES.length);
    expect(migrationStatements().filter(isClaim)).toEqual([
      'CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (n:`Claim`) REQUIRE n.key IS UNIQUE',
      ...CLAIM_SCHEMA,
    ]);
  });
});
