/**
 * What the model (src/model) derives, pinned against the hand-written tables it replaced
 * (test/fixtures/model-before-derivation.json, dumped from them before they were deleted):
 * the Cypher text, the seed format and the schema statements must not change.
 */
import before from '../fixtures/model-before-derivation.json';
import { KEY_PAGED_RELATIONSHIPS } from '../../src/model/fields';
import { CLAIM_SCHEMA, FIND_FULLTEXT_INDEXES, migrationStatements } from '../../src/neo4j/migrations';
import { LIST_ORDER } from '../../src/read/node-repository';
import { TRAVERSALS } from '../../src/read/traversals';
import { PROPERTY_FIELDS, REF_PREFIX, REFERENCE_FIELDS, SECTION } from '../../src/write/seed/format';

/**
 * Issue 18 (the attendance model) adds the Delegation fact, its three relationships and its
 * traversals, and replaces the two U.S.-only Event properties with `countedInPerson`; everything
 * else must still be what the hand-written tables said.
 */
const isDelegationTraversal = (name: string) => name.startsWith('Delegation.') || name.endsWith('.delegations');
const withoutDelegation = <T extends object>(table: T) => Object.fromEntries(Object.entries(table).filter(([name]) => name !== 'Delegation'));
const eventPropertiesSince18 = [
  ...before.PROPERTY_FIELDS.Event.filter((name) => name !== 'inPersonUsEnvoyCount' && name !== 'namedUsEnvoysDisclosed'),
  'countedInPerson',
];

const byLabel = (fields: readonly { label: string }[]) =>
  Object.fromEntries([...new Set(fields.map(({ label }) => label))].map((label) => [label, fields.filter((field) => field.label === label)]));

describe('derived from the model', () => {
  // Issue 18 adds Claim nodes (their target, source and evidence are walked like any node's) and delegations.
  const claimTraversals = ['Claim.evidence', 'Claim.source', 'Claim.target'];

  it('has exactly the traversals of the hand-written table, and since issue 18 those of claims and delegations', () => {
    const names = Object.keys(TRAVERSALS);
    const added = (name: string) => isDelegationTraversal(name) || claimTraversals.includes(name);
    expect(names.filter((name) => !added(name)).sort()).toEqual(Object.keys(before.TRAVERSALS).sort());
    expect(names.filter((name) => name.startsWith('Claim.')).sort()).toEqual(claimTraversals);
    expect(names.filter(isDelegationTraversal).sort()).toEqual([
      'Country.delegations',
      'Delegation.actor',
      'Delegation.delegates',
      'Delegation.event',
      'Delegation.evidence',
      'Event.delegations',
      'Organization.delegations',
      'Person.delegations',
    ]);
  });

  it.each(Object.entries(before.TRAVERSALS))('%s walks the same pattern in the same order (any fact may since issue 18 be a Delegation)', (name, traversal) => {
    const { walked: _walked, ...now } = TRAVERSALS[name as keyof typeof TRAVERSALS];
    expect({ ...now, pattern: now.pattern.replace('|Delegation|', '|') }).toEqual(traversal);
  });

  it('walks a delegation to its event, its actor and its delegates, and back', () => {
    expect(TRAVERSALS['Event.delegations'].pattern).toBe('(n:Event)<-[:DELEGATION_TO]-(m:Delegation)');
    expect(TRAVERSALS['Delegation.actor'].pattern).toBe('(n:Delegation)-[:SENT_BY]->(m:Country|Organization|Person)');
    expect(TRAVERSALS['Country.delegations'].pattern).toBe('(n:Country)<-[:SENT_BY]-(m:Delegation)');
    expect(TRAVERSALS['Delegation.delegates'].pattern).toBe('(n:Delegation)-[:INCLUDES]->(m:Person)');
    expect(TRAVERSALS['Person.delegations'].pattern).toBe('(n:Person)<-[:INCLUDES]-(m:Delegation)');
  });

  it('gives every label the reference fields of the hand-written table, in its order, and since issue 18 a delegation its own', () => {
    expect(withoutDelegation(byLabel(REFERENCE_FIELDS))).toEqual(byLabel(before.REFERENCE_FIELDS));
    expect(byLabel(REFERENCE_FIELDS).Delegation).toEqual([
      { label: 'Delegation', field: 'event', type: 'DELEGATION_TO', targets: ['Event'], many: false },
      { label: 'Delegation', field: 'actor', type: 'SENT_BY', targets: ['Country', 'Organization'], many: false },
      { label: 'Delegation', field: 'delegates', type: 'INCLUDES', targets: ['Person'], many: true },
    ]);
  });

  it('gives the seed format the same prefixes, sections and property fields, and since issue 18 the delegations', () => {
    expect(withoutDelegation(REF_PREFIX)).toEqual(before.REF_PREFIX);
    expect(withoutDelegation(SECTION)).toEqual(before.SECTION);
    expect(withoutDelegation(PROPERTY_FIELDS)).toEqual({ ...before.PROPERTY_FIELDS, Event: eventPropertiesSince18 });
    expect([REF_PREFIX.Delegation, SECTION.Delegation]).toEqual(['delegation', 'delegations']);
    expect(PROPERTY_FIELDS.Delegation).toEqual(['size', 'level', 'inPerson', 'delegatesDisclosed']);
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

  it('creates the same constraints and indexes, since issue 13 the full-text indexes of search, since issue 18 those of claims and the delegations key, since issue 15 those of list orders and key-paged relationships', () => {
    const isFind = (statement: string) => FIND_FULLTEXT_INDEXES.some(({ name }) => statement.startsWith(`CREATE FULLTEXT INDEX ${name} IF NOT EXISTS`));
    const isClaim = (statement: string) => statement.includes('(n:`Claim`)');
    const isListOrder = (statement: string) => /^CREATE INDEX \w+_list_order IF NOT EXISTS/.test(statement);
    const isKeyPage = (statement: string) => /^CREATE INDEX \w+_key_page IF NOT EXISTS/.test(statement);
    const delegationKey = 'CREATE CONSTRAINT delegation_key IF NOT EXISTS FOR (n:`Delegation`) REQUIRE n.key IS UNIQUE';
    expect(migrationStatements()).toContain(delegationKey);
    expect(
      migrationStatements().filter(
        (statement) => !isFind(statement) && !isClaim(statement) && !isListOrder(statement) && !isKeyPage(statement) && statement !== delegationKey,
      ),
    ).toEqual(before.migrations);
    expect(migrationStatements().filter(isListOrder)).toEqual(
      ['Country', 'Organization', 'Person', 'Event', 'Domain']
        .map((label) => `CREATE INDEX ${label.toLowerCase()}_list_order IF NOT EXISTS FOR (n:\`${label}\`) ON (n.\`name\`, n.\`key\`)`)
        .concat('CREATE INDEX priority_list_order IF NOT EXISTS FOR (n:`Priority`) ON (n.`order`, n.`key`)'),
    );
    expect(migrationStatements().filter(isFind)).toHaveLength(FIND_FULLTEXT_INDEXES.length);
    expect(migrationStatements().filter(isKeyPage)).toContain(
      'CREATE INDEX pledged_by_key_page IF NOT EXISTS FOR ()-[r:`PLEDGED_BY`]-() ON (r.endKey, r.startKey)',
    );
    expect(migrationStatements().filter(isKeyPage)).toHaveLength(KEY_PAGED_RELATIONSHIPS.length);
    expect(migrationStatements().filter(isClaim)).toEqual([
      'CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (n:`Claim`) REQUIRE n.key IS UNIQUE',
      ...CLAIM_SCHEMA,
    ]);
  });

  it('keys the relationships some connection pages against their direction in key order, and only those', () => {
    // A domain's leadership claims and commitments, a country's pledges, a speaker's statements: lists that grow with the sources.
    expect(KEY_PAGED_RELATIONSHIPS).toEqual(expect.arrayContaining(['FOR_DOMAIN', 'IN_DOMAIN', 'PLEDGED_BY', 'MADE_BY', 'SERVES']));
    // A source's evidence is in start order, a condition's dependents by type; conditions and capabilities are walked forwards.
    for (const type of ['IN', 'CONDITIONAL_ON', 'EVIDENCED_BY', 'HAS_MEMBER', 'ATTENDED_BY']) expect(KEY_PAGED_RELATIONSHIPS).not.toContain(type);
  });
});
