import { buildSchema, Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { nodesByKeyQuery, pageQuery, walkQuery } from '../../src/read/compile';
import { compiledOnce, compiledQueryCount, CYPHER_CACHE_SIZE } from '../../src/read/cypher-cache';
import { planAt, type Lookahead, type ReadPlan, type Walk } from '../../src/read/plan';

const schema = buildSchema(loadTypeDefs().join('\n'));

function lookahead(document: string, variableValues: Record<string, unknown> = {}): Lookahead {
  const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments: {}, schema, variableValues };
}

const countries = (first: number): ReadPlan =>
  planAt(
    'Country',
    lookahead('query ($n: Int) { countries { edges { node { name pledges(first: $n) { totalCount edges { node { key } } } } } } }', { n: first }),
    ['edges', 'node'],
  );

describe('the compiled-Cypher cache', () => {
  it('compiles a plan once per shape: the same plan object and texts get the same query, equal to what compiling it afresh gives', () => {
    const plan = countries(3);
    const once = pageQuery('MATCH (n:Country)', 'n.name, n.key', plan);
    expect(pageQuery('MATCH (n:Country)', 'n.name, n.key', plan)).toBe(once);
    expect(pageQuery('MATCH (n:Country)', 'n.name, n.key', countries(3))).toEqual(once);
  });

  it('compiles apart what shapes the query beside the plan: another MATCH, another order, a plan with another page', () => {
    const plan = countries(3);
    const once = pageQuery('MATCH (n:Country)', 'n.name, n.key', plan);
    const filtered = pageQuery('MATCH (n:Country) WHERE n.key = $kind', 'n.name, n.key', plan);
    const reordered = pageQuery('MATCH (n:Country)', 'n.name DESC, n.key', plan);
    expect(filtered.text).toContain('WHERE n.key = $kind');
    expect(reordered.text).toContain('ORDER BY n.name DESC, n.key');
    expect(once.text).not.toBe(filtered.text);
    const seven = pageQuery('MATCH (n:Country)', 'n.name, n.key', countries(7));
    expect(Object.values(seven.params).map(String)).toContain('7');
    expect(Object.values(once.params).map(String)).toContain('3');
  });

  it('keeps request values out of what it caches: keys travel beside the cached text', () => {
    const plan = countries(3);
    const a = nodesByKeyQuery('Country', ['FR'], plan);
    const b = nodesByKeyQuery('Country', ['GB', 'UA'], plan);
    expect(a.query).toBe(b.query);
    expect([a.params.keys, b.params.keys]).toEqual([['FR'], ['GB', 'UA']]);
    const walk: Walk = {
      from: null,
      traversal: 'Country.pledges',
      page: { offset: 0, first: 2 },
      withTotal: true,
      plan: { labels: ['Commitment'], along: [] },
    };
    expect(walkQuery(walk, ['FR']).params.keys).toEqual(['FR']);
    expect(walkQuery(walk, ['GB']).params.keys).toEqual(['GB']);
    expect(walkQuery(walk, ['GB']).query).toBe(walkQuery(walk, ['FR']).query);
  });

  it('hands out frozen queries, so no request can change what the next one gets', () => {
    const cached = pageQuery('MATCH (n:Country)', 'n.key', countries(3));
    expect(Object.isFrozen(cached)).toBe(true);
    expect(Object.isFrozen(cached.params)).toBe(true);
    expect(() => {
      cached.params.extra = 1;
    }).toThrow(TypeError);
  });

  it('caches nothing when compiling fails', () => {
    const before = compiledQueryCount();
    const bad: ReadPlan = { labels: ['Country'], properties: ['name} RETURN 1 //'], along: [] };
    expect(() => pageQuery('MATCH (n:Country)', 'n.key', bad)).toThrow('not a property name');
    expect(compiledQueryCount()).toBe(before);
  });

  it('holds at most CYPHER_CACHE_SIZE queries however many plans it sees', () => {
    for (let n = 0; n < CYPHER_CACHE_SIZE + 50; n += 1) compiledOnce('test', {}, [String(n)], () => ({ text: String(n) }));
    expect(compiledQueryCount()).toBe(CYPHER_CACHE_SIZE);
  });
});
