import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { withoutSuggestions } from '../../src/limits/hide-suggestions';
import { operationCost } from '../../src/limits/query-cost';

const schema = buildSchema(`
  type Query { items(first: Int = 20, last: Int): ItemConnection! item: Item health: String! }
  type ItemConnection { totalCount: Int! edges: [ItemEdge!]! }
  type ItemEdge { node: Item! }
  type Item { name: String! children(first: Int = 5): ItemConnection! }
`);

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return operationCost({ schema, operation, fragments, variables });
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
