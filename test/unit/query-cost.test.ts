import { buildSchema, Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { MAX_TEXT_CHARS } from '../../src/write/curation/input-limits';
import { withoutSuggestions } from '../../src/limits/hide-suggestions';
import { LIST_BOUNDS, MAX_LONG_TEXT_CHARS } from '../../src/limits/cost-tables';
import {
  costModel,
  costOfRequest,
  COSTS_PER_OPERATION,
  operationCost,
  queryCostPlugin,
  unboundedListFields,
  type CostModel,
  type OperationCost,
} from '../../src/limits/query-cost';
import { loadTypeDefs } from '../../src/graphql/type-defs';

const schema = buildSchema(`
  type Query { items(first: Int = 20, last: Int): ItemConnection! item: Item health: String! named: Named }
  type PageInfo { hasNextPage: Boolean! }
  type ItemConnection { totalCount: Int! edges: [ItemEdge!]! nodes: [Item!]! pageInfo: PageInfo! }
  type ItemEdge { node: Item! }
  type Item implements Named { name: String! body: String! tags: [Tag!]! children(first: Int = 5): ItemConnection! }
  type Tag implements Named { name: String! body: String! tags: [Tag!]! }
  interface Named { name: String! body: String! tags: [Tag!]! }
`);
const model: CostModel = {
  listBounds: { 'Item.tags': 4, 'Tag.tags': 2 },
  textMaxChars: { 'Item.body': 2500, 'Tag.body': 7000 },
};

function costOf(query: string, variables?: Record<string, unknown>, over: GraphQLSchema = schema, with_: CostModel = model): OperationCost {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  return operationCost({ schema: over, operation, fragments, variables, model: with_ });
}

function cost(query: string, variables?: Record<string, unknown>): number {
  return costOf(query, variables).cost;
}

describe('operationCost', () => {
  it('counts each field once, times the page sizes above it', () => {
    expect(cost('{ health }')).toBe(1);
    // items 1 + 10 x (edges 1 + node 1 + name 1)
    expect(cost('{ items(first: 10) { edges { node { name } } } }')).toBe(31);
    // nested: items 1 + 10 x (edges + node + children 1 + 3 x (edges + node + name))
    expect(cost('{ items(first: 10) { edges { node { children(first: 3) { edges { node { name } } } } } } }')).toBe(1 + 10 * (3 + 3 * 3));
  });

  it('reads `first` from a variable, then from the variable default, then from the schema default', () => {
    const query = 'query($n: Int) { items(first: $n) { edges { node { name } } } }';
    expect(cost(query, { n: 100 })).toBe(301);
    expect(cost('query($n: Int = 40) { items(first: $n) { edges { node { name } } } }')).toBe(121);
    expect(cost('query($n: Int = 40) { items(first: $n) { edges { node { name } } } }', { n: 2 })).toBe(7);
    expect(cost('{ items { edges { node { name } } } }')).toBe(61);
    expect(cost(query)).toBe(61);
    expect(cost(query, { n: null })).toBe(61);
    expect(cost('{ items(first: 1, last: 50) { edges { node { name } } } }')).toBe(151);
  });

  it('counts fragments and inline fragments like the fields they stand for', () => {
    const spread = cost('query($n: Int) { items(first: $n) { ...Page } } fragment Page on ItemConnection { edges { node { name } } }', { n: 100 });
    const inline = cost('query($n: Int) { items(first: $n) { ... on ItemConnection { edges { node { name } } } } }', { n: 100 });
    expect(spread).toBe(301);
    expect(inline).toBe(301);
  });

  it('costs a fragment spread many times through nested fragments without walking it exponentially', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Query { health }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const startedAt = Date.now();
    expect(cost(`{ ...F0 } ${fragments}`)).toBe(2 ** (levels - 1));
    expect(Date.now() - startedAt).toBeLessThan(100);
  });

  it('counts introspection roots as one field each', () => {
    expect(cost('{ __schema { types { fields { name } } } }')).toBe(1);
    expect(cost('{ __type(name: "Item") { fields { name } } }')).toBe(1);
  });
});

describe('operationCost: plain lists, long texts, aliases', () => {
  it("multiplies a plain list by its LIST_BOUNDS entry, and a connection's edges and nodes by nothing more than its page size", () => {
    // item 1 + tags 1 + 4 x (name 1 + tags 1 + 2 x name 1)
    expect(cost('{ item { tags { name tags { name } } } }')).toBe(1 + 1 + 4 * (1 + 1 + 2));
    // items 1 + 10 x (edges 1 + node 1 + name 1 + nodes 1 + name 1 + pageInfo 1 + hasNextPage 1): the page size
    // multiplies the whole connection once, pageInfo included (conservative), never edges again
    expect(cost('{ items(first: 10) { edges { node { name } } nodes { name } pageInfo { hasNextPage } } }')).toBe(1 + 10 * 7);
  });

  it('charges a String field one unit per started 1,000 characters of its maximum length', () => {
    expect(cost('{ item { body } }')).toBe(1 + 3);
    expect(cost('{ item { tags { body } } }')).toBe(1 + 1 + 4 * 7);
    expect(cost('{ item { name } }')).toBe(2);
  });

  it('charges a field on an interface at the largest entry among its implementations', () => {
    // Named.tags: max(Item.tags 4, Tag.tags 2); Named.body: max(2500, 7000) characters
    expect(cost('{ named { tags { name } body } }')).toBe(1 + 1 + 4 * 1 + 7);
    expect(cost('{ named { ... on Item { body } ... on Tag { body } } }')).toBe(1 + 3 + 7);
  });

  it('charges a long alias one unit per started 64 characters', () => {
    expect(cost(`{ ${'a'.repeat(64)}: health }`)).toBe(1);
    expect(cost(`{ ${'a'.repeat(65)}: health }`)).toBe(2);
    expect(cost(`{ items(first: 100) { edges { node { ${'b'.repeat(6400)}: name } } } }`)).toBe(1 + 100 * (1 + 1 + 100));
  });

  it('counts plain lists and long texts inside fragments and through variables', () => {
    const query = 'query($n: Int) { items(first: $n) { edges { node { ...Tagged } } } } fragment Tagged on Item { tags { ... on Tag { body } } }';
    expect(cost(query, { n: 3 })).toBe(1 + 3 * (1 + 1 + 1 + 4 * 7));
  });

  it('names the costliest fields, each path showing the lists above it', () => {
    const { cost: total, costliest } = costOf('{ items(first: 10) { edges { node { name tags { body } } } } }');
    // Item.tags holds Tags, whose body is up to 7,000 characters
    expect(total).toBe(1 + 10 * (1 + 1 + 1 + 1 + 4 * 7));
    expect(costliest).toEqual([
      { path: 'items(×10).edges.node.tags(×4).body', cost: 280 },
      { path: 'items(×10).edges', cost: 10 },
      { path: 'items(×10).edges.node', cost: 10 },
    ]);
  });

  it('sums a path reached twice through fragments', () => {
    const { costliest } = costOf('{ item { ...A ...A } } fragment A on Item { tags { name } }');
    expect(costliest[0]).toEqual({ path: 'item.tags(×4).name', cost: 8 });
  });

  it('finds every list field that has neither a page argument nor a bound', () => {
    expect(unboundedListFields(schema, model.listBounds)).toEqual([]);
    expect(unboundedListFields(schema, { 'Item.tags': 4 })).toEqual(['Named.tags', 'Tag.tags']);
    const loose = buildSchema('type Query { a: [A!]! } type A { b(after: String): BConnection! } type BConnection { edges: [B!]! } type B { x: Int }');
    // A connection without pageInfo, reached without a page argument: nothing bounds its edges.
    expect(unboundedListFields(loose, {})).toEqual(['BConnection.edges', 'Query.a']);
  });
});

describe('queryCostPlugin', () => {
  it('refuses to start with a list field nothing bounds, naming it', async () => {
    const loose = buildSchema('type Query { items: [String!]! pages(first: Int): [String!]! }');
    const plugin = queryCostPlugin(5000, { maxSourceChars: 60_000 });
    const start = plugin.serverWillStart as unknown as (context: { schema: GraphQLSchema }) => Promise<void>;
    await expect(start({ schema: loose })).rejects.toThrow(
      'Query cost: no bound for the list field(s) Query.items; give each a page argument or an entry in LIST_BOUNDS',
    );
    await expect(start({ schema: buildSchema(loadTypeDefs().join('\n')) })).resolves.toBeUndefined();
  });
});

describe('the real schema', () => {
  const real = buildSchema(loadTypeDefs().join('\n'));
  const realModel = costModel({ maxSourceChars: 60_000 });

  it('has no list field that the cost rule cannot bound (a page argument, a connection page, or an entry in LIST_BOUNDS)', () => {
    expect(unboundedListFields(real, LIST_BOUNDS)).toEqual([]);
  });

  it('has an entry in LIST_BOUNDS and in the text table only for fields that exist', () => {
    const exists = (name: string) => {
      const [type, field] = name.split('.');
      const found = real.getType(type!);
      return found !== undefined && 'getFields' in found && field! in found.getFields();
    };
    expect(Object.keys(realModel.listBounds).filter((name) => !exists(name))).toEqual([]);
    expect(Object.keys(realModel.textMaxChars).filter((name) => !exists(name))).toEqual([]);
  });

  it('bounds only the enum facets by their enum and a source property’s evidence by MAX_SOURCE_PROPERTY_SPANS (every growing list is a connection or takes `first`), and edit texts by the table', () => {
    expect(realModel.listBounds).toEqual({
      'CommitmentFacets.byStage': 6,
      'CommitmentFacets.byBindingness': 3,
      'CommitmentFacets.byConditionKind': 6,
      'StatementFacets.byKind': 4,
      'Source.titleEvidence': 5,
      'Source.publisherEvidence': 5,
      'Source.datelineEvidence': 5,
    });
    expect(MAX_TEXT_CHARS).toBe(MAX_LONG_TEXT_CHARS);
  });

  it('charges facets per group: an enum facet by its enum, a node facet by its `first`; orderBy adds nothing', () => {
    expect(costOf('{ commitmentFacets { total byStage { value count } } }', undefined, real, realModel).cost).toBe(1 + 1 + 1 + 6 * 2);
    expect(costOf('{ commitmentFacets { byDomain(first: 30) { count node { name } } } }', undefined, real, realModel).cost).toBe(1 + 1 + 30 * 3);
    expect(costOf('{ statementFacets { bySpeaker { count } } }', undefined, real, realModel).cost).toBe(1 + 1 + 10);
    const sorted = '{ countries(first: 5, orderBy: [{field: NAME, direction: DESC}]) { edges { node { name } } } }';
    expect(costOf(sorted, undefined, real, realModel).cost).toBe(
      costOf('{ countries(first: 5) { edges { node { name } } } }', undefined, real, realModel).cost,
    );
  });

  it('charges nothing below a page size outside 1 to 100: the pagination refuses it there and resolves nothing below', () => {
    const document = 'query($n: Int) { sources(first: $n) { edges { node { text } } } }';
    expect(costOf(document, { n: 101 }, real, realModel).cost).toBe(1);
    expect(costOf(document, { n: 0 }, real, realModel).cost).toBe(1);
    expect(costOf(document, { n: 2 ** 31 }, real, realModel).cost).toBe(1);
    expect(costOf(document, { n: 100 }, real, realModel).cost).toBe(1 + 100 * 62);
  });

  it('charges Source.text by MAX_SOURCE_CHARS', () => {
    const document = '{ sources(first: 2) { edges { node { text } } } }';
    expect(costOf(document, undefined, real, realModel).cost).toBe(1 + 2 * (1 + 1 + 60));
    expect(costOf(document, undefined, real, costModel({ maxSourceChars: 1000 })).cost).toBe(1 + 2 * 3);
  });

  it('charges a source property’s evidence by MAX_SOURCE_PROPERTY_SPANS a text range as one unit (at most MAX_TEXT_RANGE_CHARS, 1000) and coverage as the text it reads (MAX_SOURCE_CHARS)', () => {
    expect(costOf('{ sources(first: 2) { edges { node { publisherEvidence { quote } } } } }', undefined, real, realModel).cost).toBe(
      1 + 2 * (1 + 1 + 1 + 5 * 1),
    );
    const ranges = '{ sources(first: 1) { edges { node { coverage { share uncited(first: 50) { edges { node { start text } } } } } } } }';
    expect(costOf(ranges, undefined, real, realModel).cost).toBe(1 + 1 + 1 + 60 + 1 + 1 + 50 * (1 + 1 + 1 + 1));
  });

  it('charges the chain of the issue (commitments -> evidence -> facts -> ... -> source.text) far past the limit', () => {
    const page = (field: string, inner: string) => `${field} { edges { node { ${inner} } } }`;
    const chain = `{ ${page('commitments', page('evidence', page('facts', page('evidence', page('facts', page('evidence', 'source { text }'))))))} }`;
    expect(costOf(chain, undefined, real, realModel).cost).toBeGreaterThan(20 * 10 ** 5 * 60);
  });
});

describe('withoutSuggestions', () => {
  it.each([
    ['Cannot query field "helth" on type "Query". Did you mean "health"?', 'Cannot query field "helth" on type "Query".'],
    ['Unknown type "Strin". Did you mean "String", "Int", or "ID"?', 'Unknown type "Strin".'],
    [
      'Variable "$kind" got invalid value "STATES"; Value "STATES" does not exist in "OrganizationKind" enum. Did you mean the enum value "STATE"?',
      'Variable "$kind" got invalid value "STATES"; Value "STATES" does not exist in "OrganizationKind" enum.',
    ],
    ['Syntax Error: Expected Name, found <EOF>.', 'Syntax Error: Expected Name, found <EOF>.'],
  ])('%s', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });
});

describe('costOfRequest: computed once per operation and page sizes', () => {
  const query =
    'query($n: Int, $m: Int, $text: String) { items(first: $n) { edges { node { name children(first: $m) { ...Kids } } } } named { name } } fragment Kids on ItemConnection { totalCount } # $text';
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const request = (variables: Record<string, unknown>) => ({ schema, document, operation, request: { variables } });

  it('hands out the same cost for the same page sizes, whatever the other variables', () => {
    const first = costOfRequest(request({ n: 10, m: 2, text: 'a' }), model)!;
    expect(first.cost).toBe(cost(query, { n: 10, m: 2 }));
    expect(costOfRequest(request({ n: 10, m: 2, text: 'b' }), model)).toBe(first);
    expect(costOfRequest(request({ m: 2, n: 10 }), model)).toBe(first);
  });

  it('computes again when a page size changes, and stays right past what it keeps', () => {
    const costs = Array.from({ length: COSTS_PER_OPERATION + 10 }, (_, i) => costOfRequest(request({ n: 1 + (i % 100), m: 3 }), model)!.cost);
    costs.forEach((computed, i) => expect(computed).toBe(cost(query, { n: 1 + (i % 100), m: 3 })));
    expect(costOfRequest(request({ n: 1, m: 3 }), model)!.cost).toBe(cost(query, { n: 1, m: 3 }));
    expect(costOfRequest(request({ n: 1, m: null }), model)!.cost).toBe(cost(query, { n: 1 }));
  });

  it('is one model object per set of limits, so every plugin shares the costs', () => {
    expect(costModel({ maxSourceChars: 1234 })).toBe(costModel({ maxSourceChars: 1234 }));
    expect(costModel({ maxSourceChars: 1234 })).not.toBe(costModel({ maxSourceChars: 4321 }));
  });
});
