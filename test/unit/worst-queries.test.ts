import { buildSchema, parse } from 'graphql';
import type { CostModel } from '../../src/limits/query-cost';
import { countFieldValues, listOverruns, seededRandom, worstQueries } from '../support/worst-queries';

const schema = buildSchema(`
  type Query { items(first: Int = 20): ItemConnection! lookup(id: ID!): Item }
  type PageInfo { hasNextPage: Boolean! }
  type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! }
  type ItemEdge { cursor: String! node: Item! }
  type Item { name: String! body: String! tags: [Tag!]! }
  type Tag { label: String! items(first: Int = 20): ItemConnection! }
`);
const model: CostModel = { listBounds: { 'Item.tags': 3 }, textMaxChars: { 'Item.body': 4000 } };
const limits = { cost: 500, depth: 8, aliases: 4, tokens: 400 };

describe('the worst-query generator (test support)', () => {
  const queries = worstQueries({ schema, model, limits, random: seededRandom(1) }, 20);

  it('builds queries from any schema, each within the limits, at the largest page size that fits', () => {
    expect(queries).toHaveLength(20);
    for (const { query, cost, n } of queries) {
      expect(() => parse(query, { maxTokens: limits.tokens })).not.toThrow();
      expect(cost).toBeLessThanOrEqual(limits.cost);
      expect(n).toBeGreaterThanOrEqual(1);
      // Root fields with a required argument (lookup) are left out: every value comes from `$n`.
      expect(query).not.toContain('lookup');
    }
    expect(queries.some(({ query }) => query.includes('tags'))).toBe(true);
    expect(Math.max(...queries.map(({ cost }) => cost))).toBeGreaterThan(limits.cost / 2);
  });

  it('counts field values as object members at every level', () => {
    expect(countFieldValues({ items: { edges: [{ node: { name: 'a' } }, { node: { name: 'b' } }] } })).toBe(1 + 1 + 2 * 2);
    expect(countFieldValues(null)).toBe(0);
  });

  it('finds a list longer than its page size or its LIST_BOUNDS entry', () => {
    const query = 'query($n: Int) { items(first: $n) { __typename edges { __typename node { __typename tags { __typename label } } } } }';
    const tags = (count: number) => Array.from({ length: count }, () => ({ __typename: 'Tag', label: 't' }));
    const data = (edges: number, tagCount: number) => ({
      items: {
        __typename: 'ItemConnection',
        edges: Array.from({ length: edges }, () => ({ __typename: 'ItemEdge', node: { __typename: 'Item', tags: tags(tagCount) } })),
      },
    });
    expect(listOverruns(schema, model, query, data(2, 3), 2)).toEqual([]);
    expect(listOverruns(schema, model, query, data(3, 3), 2)).toEqual([{ field: 'ItemConnection.edges', where: 'items.edges: 3 items, charged for 2' }]);
    expect(listOverruns(schema, model, query, data(1, 4), 2)).toEqual([{ field: 'Item.tags', where: 'items.edges.node.tags: 4 items, charged for 3' }]);
  });
});
