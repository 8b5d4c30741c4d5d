/**
 * The bench compares answers through `canonical`, which sorts every array; the questions whose
 * point is an order (sorted, counted in name order, search hits in key order) must still tell two
 * answers in different orders apart. Whether the three servers agree is checked by the bench
 * itself against a real graph, before anything is timed; that they are asked for the same work
 * (every list a page, none read whole and cut afterwards) is checked here, on the queries' shape.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { getNamedType, getNullableType, isCompositeType, isListType, parse, TypeInfo, validate, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import { canonical, QUESTIONS, type Question } from '../../bench/questions';
import { PEER_TYPE_DEFS } from '../../bench/peer/type-defs';
import { MODEL_FIELDS } from '../../src/model/fields';

type Json = Record<string, unknown>;
const question = (name: string): Question => QUESTIONS.find((q) => q.name === name)!;
const connection = (nodes: Json[], extra: Json = {}) => ({ ...extra, edges: nodes.map((node) => ({ node })) });

const people = [
  { key: 'b', name: 'Zoe', roles: connection([{ key: 'r', title: 'Minister' }]), statements: connection([{ text: 'yes' }], { totalCount: 1 }) },
  { key: 'a', name: 'Yann', roles: connection([]), statements: connection([], { totalCount: 0 }) },
];
const countries = [
  { code: 'CA', name: 'Canada', pledges: { totalCount: 0 } },
  { code: 'FR', name: 'France', pledges: { totalCount: 2 } },
];
const statements = [
  { key: 's1', text: 'a ceasefire', evidence: connection([{ key: 'e1', quote: 'a ceasefire', start: 1, end: 12 }]) },
  { key: 's2', text: 'the ceasefire', evidence: connection([]) },
];

const ordered: [string, (nodes: Json[]) => Json][] = [
  ['who-comes-last-by-name', (nodes) => ({ people: connection(nodes, { totalCount: nodes.length }) })],
  ['how-many-pledges-per-country', (nodes) => ({ countries: connection(nodes, { totalCount: nodes.length }) })],
  ['which-statements-say-a-word', (nodes) => ({ statements: connection(nodes, { totalCount: nodes.length }) })],
];
const nodesOf: Record<string, Json[]> = {
  'who-comes-last-by-name': people,
  'how-many-pledges-per-country': countries,
  'which-statements-say-a-word': statements,
};

describe('the bench questions', () => {
  it('have names of their own and GraphQL that parses, for pledgegraph and the peer', () => {
    expect(new Set(QUESTIONS.map((q) => q.name)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      expect(() => parse(q.pledgegraph.query)).not.toThrow();
      expect(() => parse(q.peer.query)).not.toThrow();
    }
  });

  it.each(ordered)('%s: the same items in another order are another answer', (name, data) => {
    const { normalise } = question(name).pledgegraph;
    const nodes = nodesOf[name]!;
    const inOrder = canonical(normalise(data(nodes)));
    expect(canonical(normalise(data([...nodes])))).toBe(inOrder);
    expect(canonical(normalise(data([...nodes].reverse())))).not.toBe(inOrder);
  });

  it('reads the peer the same way: its sorted people, counted countries and search hits normalise like pledgegraph’s', () => {
    const peer = (name: string, data: Json) => canonical(question(name).peer.normalise(data));
    const mine = (name: string, data: Json) => canonical(question(name).pledgegraph.normalise(data));
    expect(
      peer('who-comes-last-by-name', {
        peopleConnection: connection(
          people.map((p) => ({ key: p.key, name: p.name, rolesConnection: p.roles, statementsConnection: p.statements })),
          { totalCount: 2 },
        ),
      }),
    ).toBe(mine('who-comes-last-by-name', { people: connection(people, { totalCount: 2 }) }));
    expect(
      peer('how-many-pledges-per-country', {
        countriesConnection: connection(
          countries.map((c) => ({ key: c.code, name: c.name, pledgesConnection: { aggregate: { count: { nodes: c.pledges.totalCount } } } })),
          { aggregate: { count: { nodes: 2 } } },
        ),
      }),
    ).toBe(mine('how-many-pledges-per-country', { countries: connection(countries, { totalCount: 2 }) }));
    expect(
      peer('which-statements-say-a-word', {
        statementsByText: connection(
          statements.map(({ evidence, ...s }) => ({ ...s, evidenceConnection: evidence })),
          { totalCount: 2 },
        ),
      }),
    ).toBe(mine('which-statements-say-a-word', { statements: connection(statements, { totalCount: 2 }) }));
  });
});

/**
 * The lists a peer query reads whole: a field of list type with a selection. A root list filtered
 * by `where` (one country by its key) is a look-up, and a walk to one node (an evidence's source:
 * the library has only list relationships) is one node, not a list. And the connections it reads rows
 * of (`edges`) without a page (`first`) or an order (`sort`); a connection of which only the
 * aggregate is read is a count, which every server walks whole.
 */
const TO_ONE = new Set<string>(MODEL_FIELDS.filter(({ cardinality }) => cardinality !== 'connection').map(({ name }) => name));

function peerReadsWhole(schema: GraphQLSchema, query: string): string[] {
  const found: string[] = [];
  const path: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          path.push(node.name.value);
          const type = typeInfo.getType();
          if (!node.selectionSet || !type) return;
          const args = new Set(node.arguments?.map(({ name }) => name.value));
          const toOne = TO_ONE.has(`${typeInfo.getParentType()?.name}.${node.name.value}`);
          // A connection's `edges` are a list whose page is the connection's.
          const isList = node.name.value !== 'edges' && !toOne && isListType(getNullableType(type)) && isCompositeType(getNamedType(type));
          if (isList && !(path.length === 1 && args.has('where')) && !args.has('first')) found.push(`${path.join('.')} (a list)`);
          const readsRows = node.selectionSet.selections.some((selection) => selection.kind === 'Field' && selection.name.value === 'edges');
          if (readsRows && (!args.has('first') || !args.has('sort'))) found.push(`${path.join('.')} (a connection without first and sort)`);
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return found;
}

/**
 * The lists a floor query reads whole: a pattern comprehension (`[(a)-->(b) | …]`: no order, no
 * limit), or a `COLLECT { … }` whose walk has no ORDER BY and LIMIT before its RETURN.
 */
function floorReadsWhole(cypher: string): string[] {
  const found = [...cypher.matchAll(/\[\s*\(\w*\)\s*-/g)].map(([text]) => `pattern comprehension ${text}`);
  for (const [, walk] of cypher.matchAll(/COLLECT \{([^]*?)\bRETURN\b/g)) {
    if (!/\bORDER BY\b[^]*\bLIMIT\b/.test(walk!)) found.push(`COLLECT {${walk}`);
  }
  return found;
}

describe('every server is asked for the same pages', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS }).getSchema();
  });

  it.each(QUESTIONS.map((q) => [q.name, q] as const))('%s: the peer pages every list it reads, in an order', (_, q) => {
    expect(validate(schema, parse(q.peer.query))).toEqual([]);
    expect(peerReadsWhole(schema, q.peer.query)).toEqual([]);
  });

  it.each(QUESTIONS.map((q) => [q.name, q] as const))('%s: the floor pages every list it collects, in an order', (_, q) => {
    expect(floorReadsWhole(q.floor.cypher)).toEqual([]);
  });

  it('the floor runs a full-text query once per search: it counts and pages one collection of hits', () => {
    for (const q of QUESTIONS) expect(q.floor.cypher.match(/db\.index\.fulltext\.queryNodes/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('finds a list read whole', () => {
    expect(peerReadsWhole(schema, '{ domains(where: { key: { eq: "x" } }) { leadership { key } } }')).toEqual(['domains.leadership (a list)']);
    expect(peerReadsWhole(schema, '{ evidences(where: { key: { eq: "x" } }) { source { key } } }')).toEqual([]);
    expect(peerReadsWhole(schema, '{ domainsConnection(first: 1) { edges { node { key } } } }')).toEqual([
      'domainsConnection (a connection without first and sort)',
    ]);
    expect(floorReadsWhole('MATCH (m) RETURN [(m)-[:PROVIDES]->(x) | x.key]')).toHaveLength(1);
    expect(floorReadsWhole('MATCH (m) RETURN COLLECT { MATCH (m)-[:PROVIDES]->(x) RETURN x.key }')).toHaveLength(1);
    expect(floorReadsWhole('MATCH (m) RETURN COLLECT { MATCH (m)-[:PROVIDES]->(x) WITH x ORDER BY x.key LIMIT $n RETURN x.key }')).toEqual([]);
  });
});
