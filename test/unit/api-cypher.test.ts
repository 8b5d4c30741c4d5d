/**
 * What the Cypher of reads must do, asserted without a database: one query per root field with
 * everything the request selects below it, values only as parameters, walks that end in the
 * types the schema gives their fields, a window and a count where a connection asks for them,
 * DISTINCT only where a node can be reached twice, and nothing read that the request didn't select.
 */
import { buildSchema, Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { commitmentFacetsQuery, commitmentsQuery } from '../../src/read/commitment-repository';
import { pageQuery, walkQuery } from '../../src/read/compile';
import { encodeCursor } from '../../src/read/pagination';
import { indexedOrderPredicates } from '../../src/read/order';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/model/graph';
import { labelsReachedBy, planAt, type Lookahead, type ReadPlan, type Walk } from '../../src/read/plan';
import { reachesOnce, targetLabel, TRAVERSALS, type TraversalName } from '../../src/read/traversals';
import { searchQuery } from '../../src/read/search-repository';
import { statementsQuery } from '../../src/read/statement-repository';
import { loadTypeDefs } from '../../src/graphql/type-defs';

const schema = buildSchema(loadTypeDefs().join('\n'));
const page = { offset: 20, first: 10 };
const TRAVERSAL_NAMES = Object.keys(TRAVERSALS) as TraversalName[];

/** What the resolver of the operation's first root field sees. */
function lookahead(document: string, variableValues: Record<string, unknown> = {}): Lookahead {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments, schema, variableValues };
}

/** The query a root list field sends for `document`, as its repository builds it. */
function rootListQuery(document: string, variables: Record<string, unknown> = {}): { query: string; params: Record<string, unknown> } {
  const plan = planAt('Country', lookahead(document, variables), ['edges', 'node']);
  const { text, params } = pageQuery('MATCH (n:Country)', 'n.name, n.key', plan);
  return { query: text, params };
}

/** Values a query must never carry in its text (they travel as parameters). */
const isCypherInteger = (value: unknown) => typeof value === 'object' && value !== null && 'low' in value && 'high' in value;

/** A page of a traversal, counted, read whole, with `along` walked from each node it reaches. */
function pageWalk(name: TraversalName, along: readonly TraversalName[] = []): Walk {
  const end = targetLabel(name);
  const plan: ReadPlan = { labels: end ? [end] : labelsReachedBy(name, schema), along: along.map((other) => ({ as: field(other), walks: [pageWalk(other)] })) };
  return { from: null, traversal: name, page: { offset: 0, first: 5 }, withTotal: true, plan };
}
const field = (name: TraversalName) => name.slice(name.indexOf('.') + 1);

describe('root lists: one query, values as parameters', () => {
  it('counts and pages in one round trip, the window as Cypher integers', () => {
    const { query, params } = commitmentsQuery({}, page);
    expect(query.match(/CALL \(\) \{/g)).toHaveLength(2);
    expect(query).toContain('RETURN count(n) AS total');
    expect(query).toContain('ORDER BY n.key SKIP $offset LIMIT $first');
    expect(isCypherInteger(params.offset) && isCypherInteger(params.first)).toBe(true);
    expect(params).toMatchObject({ offset: { low: 20 }, first: { low: 10 } });
  });

  it('anchors a filtered list on its most selective option and keeps every value a parameter', () => {
    const filter = { pledger: 'GB', domain: 'sea', conditionKind: 'CEASEFIRE_OR_SETTLEMENT', stage: 'PROPOSED', beneficiary: null } as const;
    const { query, params } = commitmentsQuery(filter, page);
    expect(query).toContain('CALL () { CALL () { MATCH (d:Domain WHERE d.key IN $domain)<-[:IN_DOMAIN]-(n:Commitment) WHERE');
    // Keys are matched in any case (their forms), and checked in the same query (issue 13).
    expect(params).toMatchObject({ pledger: ['GB', 'gb'], domain: ['sea', 'SEA'], conditionKind: 'CEASEFIRE_OR_SETTLEMENT', stage: 'PROPOSED' });
    expect(query).toMatch(/^CALL \(\) \{ RETURN \[option IN \[CASE WHEN EXISTS \{ MATCH \(k:`Country`\) WHERE k\.key IN \$pledger \}/);
    expect(query).toMatch(/RETURN total, rows, unknownKeys$/);
    expect(params).not.toHaveProperty('beneficiary');
    for (const value of ['GB', 'sea', 'CEASEFIRE_OR_SETTLEMENT', 'PROPOSED']) expect(query).not.toContain(value);
  });

  it('searches statement text through the full-text index, the words escaped into a parameter', () => {
    const { query, params } = statementsQuery({ speaker: 'keir-starmer', kind: 'DIRECT_QUOTE', text: 'toughest (parts' }, page);
    expect(query).toContain("CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node AS n");
    expect(query).toContain('s.key IN $speaker');
    expect(query).toContain('n.kind = $kind');
    expect(params.text).toBe('toughest AND \\(parts');
    for (const value of ['keir-starmer', 'DIRECT_QUOTE', 'toughest']) expect(query).not.toContain(value);
  });

  it('searches every full-text index in one query, best score first', () => {
    const { query, params } = searchQuery('ceasefire', page);
    for (const index of [
      'statement_text',
      'commitment_summary',
      'evidence_quote',
      'fact_name',
      'fact_title',
      'fact_description',
      'position_stance',
      'open_question_question',
    ]) {
      expect(query).toContain(`'${index}', $lucene`);
    }
    expect(query).toContain('(speaker:Country|Organization|Person)<-[:MADE_BY]-(node:Statement)');
    expect(query).toContain('ORDER BY score DESC, labels(node)[0], node.key, matchedField SKIP $offset LIMIT $first');
    expect(params.lucene).toBe('ceasefire');
    expect(query).not.toContain('ceasefire');
  });
});

describe('what a request selects, read in the same query', () => {
  const deep = `{ countries(first: 2) { edges { node { name
      pledges(first: 3) { totalCount edges { node { summary capabilities(first: 2) { edges { node { name } } } } } }
      officeHolders(first: 4) { edges { node { name } } } } } } }`;

  it('walks every selected connection in nested subqueries of the one root query, naming no label the model implies', () => {
    const { query } = rootListQuery(deep);
    // Only Commitments are PLEDGED_BY, only Capabilities PROVIDED, only Roles are OF and only People HOLD them.
    // A country's pledges are a key-paged traversal: read from the relationship's (endKey, startKey) index.
    expect(query).toContain(
      'MATCH (n_1)-[n_1_r:PLEDGED_BY {endKey: n.key}]->(n) USING INDEX n_1_r:PLEDGED_BY(endKey, startKey) WHERE n_1_r.startKey IS NOT NULL WITH n_1, n_1_r ORDER BY n_1_r.endKey, n_1_r.startKey',
    );
    expect(query).toContain('MATCH (n_1)-[:PROVIDES]->(n_1_0)');
    expect(query).toContain('MATCH (n)<-[:OF]-()<-[:HOLDS]-(n_0)');
    // The root field's query is the only query: no walk is left to a later round trip.
    expect(query.match(/COLLECT \{/g)).toHaveLength(3);
  });

  it('windows every page with parameters and counts only what the request counts', () => {
    const { query, params } = rootListQuery(deep);
    // A key-paged page is counted from the degree, its window read from the index in order.
    expect(query).toContain('`pledges`: {total: COUNT { (n)<-[:PLEDGED_BY]-() }, rows: COLLECT { MATCH (n_1)-[n_1_r:PLEDGED_BY');
    expect(query).toContain('ORDER BY n_1_r.endKey, n_1_r.startKey SKIP $n_1_offset LIMIT $n_1_first RETURN n_1 {');
    expect(query).toContain('`officeHolders`: {total: null, rows:');
    expect(query).toContain('`capabilities`: {total: null, rows:');
    expect(params).toMatchObject({ n_1_offset: { low: 0 }, n_1_first: { low: 3 }, n_0_first: { low: 4 }, n_1_0_first: { low: 2 } });
    expect(Object.values(params).every(isCypherInteger)).toBe(true);
  });

  it('reads DISTINCT only where a pattern of more than one hop can reach a node twice', () => {
    const { query } = rootListQuery(deep);
    expect(query).toContain('WITH DISTINCT n_0 ORDER BY n_0.name, n_0.key');
    expect(query).toContain('WITH n_1_0 ORDER BY n_1_0.key');
    for (const name of TRAVERSAL_NAMES) {
      expect(walkQuery(pageWalk(name), ['k']).query.includes(`WITH DISTINCT m ORDER BY`)).toBe(!reachesOnce(name));
    }
  });

  it('counts and pages a page that is not key-paged from one walk: the whole list counted, the window cut from it', () => {
    const { query } = rootListQuery('{ countries { edges { node { officeHolders(first: 4) { totalCount edges { node { name } } } } } } }');
    expect(query).toContain(
      '`officeHolders`: [n_0_all IN [COLLECT { MATCH (n)<-[:OF]-()<-[:HOLDS]-(n_0) WITH DISTINCT n_0 ORDER BY n_0.name, n_0.key RETURN n_0 }] | {total: size(n_0_all), rows: [n_0 IN n_0_all[$n_0_offset..$n_0_offset + $n_0_first] | ',
    );
  });

  it('reads a key-paged page in another order than its own by walking and sorting it, as any page', () => {
    const { query } = rootListQuery(
      '{ countries { edges { node { pledges(first: 2, orderBy: [{ field: KEY, direction: DESC }]) { edges { node { summary } } } } } } }',
    );
    expect(query).toContain('`pledges`: {total: null, rows: COLLECT { MATCH (n)<-[:PLEDGED_BY]-(n_0) WITH n_0 ORDER BY n_0.`key` DESC SKIP');
    expect(query).not.toContain('USING INDEX');
  });

  it('reads the properties selected and nothing else, a page and a count only where selected', () => {
    const { query } = rootListQuery('{ countries { edges { node { name code pledges(first: 1) { edges { cursor } } } } } }');
    expect(query).toContain("n {.`key`, .`code`, .`name`, label: 'Country', related: {`pledges`: {total: null");
    expect(query).toContain("n_0 {.`key`, label: 'Commitment'}");
    expect(query).not.toContain('.*');
    expect(query).not.toContain('officeHolders');
  });

  it('reads a field selected under two aliases with different pages twice, each under its response name', () => {
    const { query, params } = rootListQuery(
      '{ countries { edges { node { a: pledges(first: 1) { totalCount edges { cursor } } b: pledges(first: 7) { edges { node { summary } } } } } } }',
    );
    expect(query).toContain('`a`: {total: COUNT { (n)<-[:PLEDGED_BY]-() }, rows: COLLECT { MATCH (n_0)-[n_0_r:PLEDGED_BY');
    expect(query).toContain('`b`: {total: null, rows: COLLECT { MATCH (n_1)-[n_1_r:PLEDGED_BY');
    expect(params).toMatchObject({ n_0_first: { low: 1 }, n_1_first: { low: 7 } });
  });

  it('walks what a fragment selects only from the nodes of its type condition', () => {
    const info = lookahead(`{ statements { edges { node { about(first: 5) { edges { node {
        ... on Commitment { pledgers(first: 2) { edges { node { __typename } } } }
        ... on Fact { evidence(first: 1) { edges { node { quote } } } } } } } } } } }`);
    const plan = planAt('Statement', info, ['edges', 'node']);
    const query = pageQuery('MATCH (n:Statement)', 'n.key', plan).text;
    expect(query).toContain('`pledgers`: CASE WHEN n_0:`Commitment` THEN {total: null, rows: COLLECT { MATCH (n_0)-[:PLEDGED_BY]->(n_0_1) WITH');
    // What every fact walks alike is one walk from them all.
    expect(query).toContain('`evidence`: {total: null, rows: COLLECT { MATCH (n_0)-[:EVIDENCED_BY]->(n_0_0) WITH');
  });

  it('reads nothing @skip or @include leaves out', () => {
    const { query } = rootListQuery(
      'query ($yes: Boolean!) { countries { edges { node { code name @skip(if: $yes) pledges(first: 2) @include(if: $yes) { totalCount } roles(first: 2) @skip(if: true) { totalCount } } } } }',
      { yes: true },
    );
    expect(query).toContain("n {.`key`, .`code`, label: 'Country'");
    expect(query).toContain('`pledges`');
    expect(query).not.toContain('`name`');
    expect(query).not.toContain('`roles`');
  });
});

describe('the fall-back read of one walk', () => {
  it('reads a batch of nodes in one query, with the same window, count and rows as when read along', () => {
    const { query, params } = walkQuery(pageWalk('Domain.leadership', ['DomainLeadership.conditions']), ['land', 'sea']);
    expect(query.split('\n')).toEqual([
      'UNWIND $keys AS key',
      'MATCH (n:`Domain` {key: key})',
      expect.stringMatching(
        /^RETURN key, \{total: COUNT \{ \(n\)<-\[:FOR_DOMAIN\]-\(\) \}, rows: COLLECT \{ MATCH \(m\)-\[m_r:FOR_DOMAIN \{endKey: n\.key\}\]->\(n\) USING INDEX m_r:FOR_DOMAIN\(endKey, startKey\) WHERE m_r\.startKey IS NOT NULL WITH m, m_r ORDER BY m_r\.endKey, m_r\.startKey SKIP \$offset LIMIT \$first RETURN .* AS m \}\} AS read$/,
      ),
    ]);
    expect(query).toContain(
      'MATCH (m)-[:CONDITIONAL_ON]->(m_0) WITH m_0 ORDER BY m_0.key RETURN m_0 }] | {total: size(m_0_all), rows: [m_0 IN m_0_all[$m_0_offset..$m_0_offset + $m_0_first]',
    );
    expect(params).toMatchObject({ keys: ['land', 'sea'], offset: { low: 0 }, first: { low: 5 }, m_0_first: { low: 5 } });
  });

  it('reads a list (no window, no count) when the field is a list or one node', () => {
    const walk: Walk = { from: null, traversal: 'Statement.speaker', withTotal: false, plan: { labels: ['Country', 'Organization', 'Person'], along: [] } };
    const { query } = walkQuery(walk, ['s']);
    expect(query).toMatch(/^RETURN key, COLLECT \{ MATCH \(n\)-\[:MADE_BY\]->\(m\) WITH m ORDER BY m\.key RETURN .* AS m \} AS read$/m);
    expect(query).not.toContain('SKIP');
  });

  it('never splices a value into a query: only labels and relationship types of the model', () => {
    for (const name of TRAVERSAL_NAMES) {
      const next = TRAVERSAL_NAMES.filter((other) => TRAVERSALS[other].from === targetLabel(name));
      const { query, params } = walkQuery(pageWalk(name, next), ['x"}) DETACH DELETE n //']);
      for (const [, identifier] of query.matchAll(/:`?([A-Za-z_]+)`?[ {)\]|]/g)) {
        expect([...NODE_LABELS, ...RELATIONSHIP_TYPES]).toContain(identifier);
      }
      expect(query).not.toContain('DETACH');
      expect(params.keys).toEqual(['x"}) DETACH DELETE n //']);
    }
  });
});

describe('orderBy and facets: compiled from the model, values as parameters', () => {
  it('orders a root list by the terms asked, the key last, the filter untouched', () => {
    const { query } = commitmentsQuery({ domain: 'sea' }, { ...page, order: [{ field: 'BINDINGNESS', direction: 'DESC' }] });
    expect(query).toContain(
      "WITH n ORDER BY CASE n.`bindingness` WHEN 'BINDING' THEN 0 WHEN 'NON_BINDING' THEN 1 WHEN 'UNDISCLOSED' THEN 2 END DESC, n.`key` ASC SKIP $offset LIMIT $first",
    );
    expect(query).toContain('RETURN count(n) AS total');
  });

  it('reads an unfiltered root page where a range index holds its order: IS NOT NULL on each required leading property, where the page is read, not where it is counted', () => {
    const [count, paged] = commitmentsQuery({}, page).query.split('\n');
    expect(count).toBe('CALL () { MATCH (n:Commitment) RETURN count(n) AS total }');
    expect(paged).toMatch(/^CALL \(\) \{ MATCH \(n:Commitment\) WITH n WHERE n\.`key` IS NOT NULL WITH n ORDER BY n\.key SKIP \$offset LIMIT \$first /);
    expect(commitmentsQuery({ domain: 'sea' }, page).query).not.toContain('n.`key` IS NOT NULL');
    expect(statementsQuery({}, page).query).toContain('MATCH (n:Statement) WITH n WHERE n.`key` IS NOT NULL WITH n ORDER BY');
    expect(statementsQuery({ text: 'pledge' }, page).query).not.toContain('n.`key` IS NOT NULL');
  });

  it.each([
    ['Person', undefined, ['n.`name` IS NOT NULL', 'n.`key` IS NOT NULL']],
    ['Priority', undefined, ['n.`order` IS NOT NULL', 'n.`key` IS NOT NULL']],
    ['Person', [{ field: 'NAME', direction: 'DESC' as const }], ['n.`name` IS NOT NULL', 'n.`key` IS NOT NULL']],
    ['Person', [{ field: 'KEY' }, { field: 'NAME' }], ['n.`key` IS NOT NULL']],
    ['Role', undefined, ['n.`key` IS NOT NULL']],
    ['Commitment', [{ field: 'STAGE' }], []],
    ['Commitment', [{ field: 'BINDINGNESS' }], []],
    ['Source', [{ field: 'TITLE' }], []],
  ] as const)('%s in the order %j: %j', (label, order, predicates) => {
    expect(indexedOrderPredicates(label, order, 'n')).toEqual(predicates);
  });

  it('orders a nested page read along inside its COLLECT subquery', () => {
    const plan = planAt(
      'Country',
      lookahead('{ countries { edges { node { statements(first: 2, orderBy: [{field: KIND, direction: DESC}]) { edges { node { key } } } } } } }'),
      ['edges', 'node'],
    );
    const sorted = pageQuery('MATCH (n:Country)', 'n.name, n.key', plan).text;
    expect(sorted).toContain(
      "WITH n_0 ORDER BY CASE n_0.`kind` WHEN 'DIRECT_QUOTE' THEN 0 WHEN 'PARAPHRASE' THEN 1 WHEN 'JOINT_STATEMENT' THEN 2 WHEN 'ASSESSMENT' THEN 3 END DESC, n_0.`key` ASC SKIP $n_0_offset LIMIT $n_0_first",
    );
  });

  it("counts every facet over the list's own MATCH in one query, node facets windowed by a parameter", () => {
    const { query, params } = commitmentFacetsQuery({ beneficiary: 'UA' }, [
      { as: 'byStage', dimension: 'byStage' },
      { as: 'top', dimension: 'byDomain', first: 3, plan: { labels: ['Domain'], properties: ['name'], along: [] } },
    ]);
    expect(query.split('\n')).toEqual([
      "CALL () { RETURN [option IN [CASE WHEN EXISTS { MATCH (k:`Country`) WHERE k.key IN $beneficiary } THEN null ELSE 'beneficiary' END] WHERE option IS NOT NULL] AS unknownKeys }",
      'CALL () { CALL () { MATCH (b:Country WHERE b.key IN $beneficiary)<-[:BENEFITS]-(n:Commitment) RETURN count(DISTINCT n) AS total }',
      'CALL () { MATCH (b:Country WHERE b.key IN $beneficiary)<-[:BENEFITS]-(n:Commitment) WITH DISTINCT n WITH coalesce(n.currentStage, n.stage) AS value, count(n) AS count WHERE value IS NOT NULL WITH value, count ORDER BY count DESC, value RETURN collect({value: value, count: count}) AS f0 }',
      "CALL () { MATCH (b:Country WHERE b.key IN $beneficiary)<-[:BENEFITS]-(n:Commitment) WITH DISTINCT n MATCH (n)-[:IN_DOMAIN]->(f1) WITH f1, count(DISTINCT n) AS count ORDER BY count DESC, f1.key LIMIT $f1_first RETURN collect({node: f1 {.`key`, .`name`, label: 'Domain'}, count: count}) AS f1 }",
      'RETURN total, {`byStage`: f0, `top`: f1} AS groups }',
      'RETURN total, groups, unknownKeys',
    ]);
    expect(params).toMatchObject({ beneficiary: ['UA', 'ua'], f1_first: { low: 3 } });
  });
});

describe('names the compiler refuses', () => {
  const plan = (properties: string[], as = 'pledges'): ReadPlan => ({
    labels: ['Country'],
    properties,
    along: [{ as, walks: [{ from: null, traversal: 'Country.pledges', withTotal: false, plan: { labels: ['Commitment'], along: [] } }] }],
  });

  it('a property name it cannot trust', () => {
    expect(() => pageQuery('MATCH (n:Country)', 'n.key', plan(['name} RETURN 1 //']))).toThrow('not a property name');
  });

  it('a response name it cannot trust', () => {
    expect(() => pageQuery('MATCH (n:Country)', 'n.key', plan(['name'], 'a`: 1}) //'))).toThrow('not a response name');
  });

  it('a walk that does not start where its nodes are', () => {
    const wrong: ReadPlan = { ...plan(['name']), labels: ['Domain'] };
    expect(() => pageQuery('MATCH (n:Domain)', 'n.key', wrong)).toThrow('does not start where');
  });
});

describe("no more database work than the answer needs (the bench's questions, docs/benchmarks.md)", () => {
  it('counts a connection of which only totalCount is selected, and reads none of its rows', () => {
    const counted = '{ countries(first: 20) { totalCount edges { node { code name pledges { totalCount } } } } }';
    const plan = planAt('Country', lookahead(counted), ['edges', 'node']);
    expect(plan.along[0]!.walks[0]).toMatchObject({ traversal: 'Country.pledges', withTotal: true, skipRows: true });
    const { query, params } = rootListQuery(counted);
    expect(query).toContain('`pledges`: {total: COUNT { (n)<-[:PLEDGED_BY]-() }, rows: []}');
    // The pledges are walked once, to count them: no page subquery, no window parameters.
    expect(query.match(/PLEDGED_BY/g)).toHaveLength(1);
    expect(params).not.toHaveProperty('n_0_first');
  });

  it('still reads the rows where edges or pageInfo is selected (pageInfo tells whether more follow)', () => {
    for (const selection of ['pageInfo { hasNextPage }', 'edges { cursor }', 'totalCount edges { node { key } }']) {
      const { query } = rootListQuery(`{ countries { edges { node { pledges(first: 2) { ${selection} } } } } }`);
      expect(query).toContain(
        'rows: COLLECT { MATCH (n_0)-[n_0_r:PLEDGED_BY {endKey: n.key}]->(n) USING INDEX n_0_r:PLEDGED_BY(endKey, startKey) WHERE n_0_r.startKey IS NOT NULL WITH n_0, n_0_r ORDER BY n_0_r.endKey, n_0_r.startKey SKIP $n_0_offset LIMIT $n_0_first',
      );
      expect(
        planAt('Country', lookahead(`{ countries { edges { node { pledges(first: 2) { ${selection} } } } } }`), ['edges', 'node']).along[0]!.walks[0],
      ).not.toHaveProperty('skipRows');
    }
  });

  it('counts and pages a counted page from one walk of its relationships: the whole list counted, the window cut from it', () => {
    for (const selection of ['totalCount edges { node { key } }', 'pageInfo { hasNextPage }']) {
      const { query, params } = rootListQuery(`{ countries { edges { node { officeHolders(first: 2, after: "${encodeCursor(4)}") { ${selection} } } } } }`);
      expect(query.match(/HOLDS/g)).toHaveLength(1);
      expect(query).toContain(
        '`officeHolders`: [n_0_all IN [COLLECT { MATCH (n)<-[:OF]-()<-[:HOLDS]-(n_0) WITH DISTINCT n_0 ORDER BY n_0.name, n_0.key RETURN n_0 }] | {total: size(n_0_all), rows: [n_0 IN n_0_all[$n_0_offset..$n_0_offset + $n_0_first] | ',
      );
      // What the walk holds per node until the window is cut: the node, nothing projected.
      expect(query).not.toMatch(/ORDER BY n_0\.name, n_0\.key RETURN n_0 \{/);
      expect(params).toMatchObject({ n_0_offset: { low: 5 }, n_0_first: { low: 2 } });
    }
    const { query } = rootListQuery('{ countries { edges { node { officeHolders(first: 2) { edges { node { key } } } } } } }');
    expect(query).toContain(
      '`officeHolders`: {total: null, rows: COLLECT { MATCH (n)<-[:OF]-()<-[:HOLDS]-(n_0) WITH DISTINCT n_0 ORDER BY n_0.name, n_0.key SKIP $n_0_offset LIMIT $n_0_first',
    );
  });

  it('counts a key-paged page from the degree and reads only its window, in order, from the relationship index', () => {
    for (const selection of ['totalCount edges { node { key } }', 'pageInfo { hasNextPage }']) {
      const { query, params } = rootListQuery(`{ countries { edges { node { pledges(first: 2, after: "${encodeCursor(4)}") { ${selection} } } } } }`);
      expect(query).toContain(
        '`pledges`: {total: COUNT { (n)<-[:PLEDGED_BY]-() }, rows: COLLECT { MATCH (n_0)-[n_0_r:PLEDGED_BY {endKey: n.key}]->(n) USING INDEX n_0_r:PLEDGED_BY(endKey, startKey) WHERE n_0_r.startKey IS NOT NULL WITH n_0, n_0_r ORDER BY n_0_r.endKey, n_0_r.startKey SKIP $n_0_offset LIMIT $n_0_first RETURN n_0 {',
      );
      expect(params).toMatchObject({ n_0_offset: { low: 5 }, n_0_first: { low: 2 } });
    }
    const { query } = rootListQuery('{ countries { edges { node { pledges(first: 2) { edges { node { key } } } } } } }');
    expect(query).toContain('`pledges`: {total: null, rows: COLLECT { MATCH (n_0)-[n_0_r:PLEDGED_BY {endKey: n.key}]->(n)');
  });

  it("projects a root page's rows after its sort where they hold a counted page (else Neo4j reads the sort's properties twice)", () => {
    const sorted = '{ countries(first: 20) { edges { node { name pledges(first: 3) { totalCount edges { node { key } } } } } } }';
    expect(rootListQuery(sorted).query.split('\n')).toEqual([
      'CALL () { MATCH (n:Country) RETURN count(n) AS total }',
      'CALL () { MATCH (n:Country) WITH n ORDER BY n.name, n.key SKIP $offset LIMIT $first RETURN collect(n) AS page }',
      expect.stringMatching(/^CALL \(page\) \{ UNWIND page AS n RETURN collect\(n \{.*\) AS rows \}$/),
      'RETURN total, rows',
    ]);
    const uncounted = rootListQuery('{ countries(first: 20) { edges { node { name pledges(first: 3) { edges { node { key } } } } } } }').query;
    expect(uncounted).toContain('SKIP $offset LIMIT $first RETURN collect(n {');
    expect(uncounted).not.toContain('CALL (page)');
  });

  const search = `{ statements(filter: { text: "ceasefire" }, first: 20) { totalCount edges { node { key text
      evidence { edges { node { key quote start end } } } } } } }`;

  it('runs a full-text search once, counting and paging the nodes it found', () => {
    const plan = planAt('Statement', lookahead(search), ['edges', 'node']);
    const { query } = statementsQuery({ text: 'ceasefire' }, { offset: 0, first: 20 }, plan);
    expect(query.match(/db\.index\.fulltext\.queryNodes/g)).toHaveLength(1);
    expect(query.split('\n')[0]).toBe("CALL () { CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node AS n RETURN collect(n) AS matched }");
    expect(query).toContain('CALL (matched) { UNWIND matched AS n WITH n ORDER BY n.key SKIP $offset LIMIT $first RETURN collect(');
    expect(query).toMatch(/\nRETURN size\(matched\) AS total, rows$/);
    // A list without a full-text search counts from its MATCH (a label's count store) and pages apart.
    expect(statementsQuery({ kind: 'DIRECT_QUOTE' }, page, plan).query).toContain('RETURN count(n) AS total }');
  });

  it("projects a nested row inside its COLLECT subquery (where its order's properties are cached), the evidence's source only when selected", () => {
    const plan = planAt('Statement', lookahead(search), ['edges', 'node']);
    const { query } = statementsQuery({ text: 'ceasefire' }, { offset: 0, first: 20 }, plan);
    expect(query).toContain(
      "rows: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(n_0) WITH n_0 ORDER BY n_0.start, n_0.`end`, n_0.key SKIP $n_0_offset LIMIT $n_0_first RETURN n_0 {.`key`, .`end`, .`quote`, .`start`, label: 'Evidence'} AS n_0 }",
    );
    expect(query).not.toContain(':IN]');
    expect(query).not.toContain('sourceKey');
    const withSource = planAt('Evidence', lookahead('{ statements { edges { node { evidence { edges { node { quote source { key } } } } } } } }'), [
      'edges',
      'node',
      'evidence',
      'edges',
      'node',
    ]);
    const { text } = pageQuery('MATCH (n:Evidence)', 'n.key', withSource);
    expect(text.match(/-\[:IN\]->/g)).toHaveLength(1);
    expect(text).toContain('`source`: COLLECT { MATCH (n)-[:IN]->(n_0) WITH');
  });
});
