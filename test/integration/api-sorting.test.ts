import { BINDINGNESS, COMMITMENT_STAGES, CONDITION_KINDS, ORGANIZATION_KINDS, STATEMENT_KINDS } from '../../src/model/enums';
import { useSeededApi, type GraphQLResponse } from '../support/api';

jest.setTimeout(180_000);

const api = useSeededApi();

type Node = Record<string, unknown> & { key: string };
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
}
type Term = { field: string; direction: 'ASC' | 'DESC' };

/** The GraphQL field that shows an order field, and the rank of its values where they are an enum. */
const SHOWN: Record<string, { field: string; ranks?: readonly string[] }> = {
  KEY: { field: 'key' },
  NAME: { field: 'name' },
  TITLE: { field: 'title' },
  ORDER: { field: 'order' },
  PLACE: { field: 'place' },
  DATE_TEXT: { field: 'dateText' },
  PARTICIPANT_COUNT: { field: 'participantCount' },
  PUBLISHER: { field: 'publisher' },
  DATELINE: { field: 'dateline' },
  QUESTION: { field: 'question' },
  STAGE: { field: 'stage', ranks: COMMITMENT_STAGES },
  BINDINGNESS: { field: 'bindingness', ranks: BINDINGNESS },
};
const KIND_RANKS: Record<string, readonly string[]> = {
  Organization: ORGANIZATION_KINDS,
  Condition: CONDITION_KINDS,
  Statement: STATEMENT_KINDS,
};

/** Every root list with an orderBy, its node type and the order fields its enum offers. */
const ROOT_LISTS: [string, string][] = [
  ['countries', 'Country'],
  ['organizations', 'Organization'],
  ['people', 'Person'],
  ['events', 'Event'],
  ['domains', 'Domain'],
  ['priorities', 'Priority'],
  ['conditions', 'Condition'],
  ['openQuestions', 'OpenQuestion'],
  ['sources', 'Source'],
  ['commitments', 'Commitment'],
  ['statements', 'Statement'],
];

async function orderFields(type: string): Promise<string[]> {
  const response = await api.request<{
    __type: { enumValues: { name: string }[] };
  }>(`{ __type(name: "${type}OrderField") { enumValues { name } } }`);
  return response.data!.__type.enumValues.map(({ name }) => name);
}

const shown = (type: string, field: string) => (field === 'KIND' ? { field: 'kind', ranks: KIND_RANKS[type] } : SHOWN[field]!);

/** What the order asks, computed here from the values the API shows: nulls last ascending, first descending, key last. */
function expectedOrder(type: string, nodes: Node[], terms: Term[]): string[] {
  const all = terms.some(({ field }) => field === 'KEY') ? terms : [...terms, { field: 'KEY', direction: 'ASC' as const }];
  const value = (node: Node, field: string): number | string | null => {
    const { field: name, ranks } = shown(type, field);
    const raw = node[name] as string | number | null;
    return raw === null || raw === undefined ? null : ranks ? ranks.indexOf(String(raw)) : raw;
  };
  const compare = (a: Node, b: Node): number => {
    for (const { field, direction } of all) {
      const [x, y] = [value(a, field), value(b, field)];
      if (x === y) continue;
      const ascending = x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
      return direction === 'ASC' ? ascending : -ascending;
    }
    return 0;
  };
  return [...nodes].sort(compare).map(({ key }) => key);
}

/** Walks every page of size `first` of the list `at` reaches, returning the keys in the order served. */
async function walkPages(
  query: string,
  at: (data: unknown) => Page,
  variables: Record<string, unknown>,
  first: number,
): Promise<{ keys: string[]; totals: number[] }> {
  const keys: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard += 1) {
    const response: GraphQLResponse<unknown> = await api.request(query, {
      ...variables,
      first,
      after,
    });
    expect(response.errors).toBeUndefined();
    const page = at(response.data);
    totals.push(page.totalCount);
    keys.push(...page.edges.map(({ node }) => node.key));
    if (!page.pageInfo.hasNextPage) return { keys, totals };
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 200 pages');
}

describe('orderBy on root lists', () => {
  it.each(ROOT_LISTS)('%s: every page under every order, nothing lost or repeated, in order', async (list, type) => {
    const fields = await orderFields(type);
    const selection = ['key', ...new Set(fields.map((field) => shown(type, field).field))].join(' ');
    const query = `query ($first: Int, $after: String, $orderBy: [${type}Order!]) { list: ${list}(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${selection} } } } }`;
    const whole = await api.request<{ list: Page }>(query, { first: 100 });
    const nodes = whole.data!.list.edges.map(({ node }) => node);
    expect(nodes.length).toBe(whole.data!.list.totalCount);
    expect(nodes.length).toBeGreaterThan(0);
    const orders: Term[][] = fields.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => [{ field, direction }]));
    if (fields.length > 2)
      orders.push([
        { field: fields[2]!, direction: 'DESC' },
        { field: fields[1]!, direction: 'ASC' },
      ]);
    for (const orderBy of orders) {
      const expected = expectedOrder(type, nodes, orderBy);
      const { keys, totals } = await walkPages(query, (data) => (data as { list: Page }).list, { orderBy }, 2);
      expect({ orderBy, keys }).toEqual({ orderBy, keys: expected });
      expect(new Set(totals)).toEqual(new Set([nodes.length]));
    }
  });

  it('orders commitments by stage in lifecycle order, descending, with a filter', async () => {
    const response = await api.request<{
      commitments: { edges: { node: { key: string; stage: string } }[] };
    }>('{ commitments(first: 100, filter: {beneficiary: "UA"}, orderBy: [{field: STAGE, direction: DESC}]) { edges { node { key stage } } } }');
    const stages = response.data!.commitments.edges.map(({ node }) => COMMITMENT_STAGES.indexOf(node.stage as never));
    expect(stages.length).toBeGreaterThan(1);
    expect(stages).toEqual([...stages].sort((a, b) => b - a));
  });
});

describe('orderBy on nested connections', () => {
  it("every page of each country's statements and each commitment's domains, under every order", async () => {
    const cases = [
      { parent: 'countries', child: 'statements', type: 'Statement' },
      { parent: 'commitments', child: 'domains', type: 'Domain' },
      { parent: 'organizations', child: 'members', type: 'Country' },
    ];
    for (const { parent, child, type } of cases) {
      const fields = await orderFields(type);
      const selection = ['key', ...new Set(fields.map((field) => shown(type, field).field))].join(' ');
      const parents = await api.request<{
        list: { edges: { cursor: string; node: { key: string } }[] };
      }>(`{ list: ${parent}(first: 100) { edges { cursor node { key } } } }`);
      expect(parents.data!.list.edges.length).toBeGreaterThan(1);
      let parentAfter: string | null = null;
      for (const { cursor, node: owner } of parents.data!.list.edges) {
        // One parent per request (the one after the previous parent's cursor), its nested list paged.
        const query = `query ($first: Int, $after: String, $orderBy: [${type}Order!], $parentAfter: String) { list: ${parent}(first: 1, after: $parentAfter) { edges { node { key nested: ${child}(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } } } } }`;
        const at = (data: unknown) => {
          const [edge] = (
            data as {
              list: { edges: { node: { key: string; nested: Page } }[] };
            }
          ).list.edges;
          expect(edge?.node.key).toBe(owner.key);
          return edge!.node.nested;
        };
        const whole = await api.request(query, { first: 100, parentAfter });
        const nodes = at(whole.data).edges.map(({ node }) => node);
        for (const field of fields) {
          for (const direction of ['ASC', 'DESC'] as const) {
            const orderBy = [{ field, direction }];
            const { keys } = await walkPages(query, at, { orderBy, parentAfter }, 1);
            expect({ owner: owner.key, child, orderBy, keys }).toEqual({
              owner: owner.key,
              child,
              orderBy,
              keys: expectedOrder(type, nodes, orderBy),
            });
          }
        }
        parentAfter = cursor;
      }
    }
  });
});

describe('cursors remember their order', () => {
  const query =
    'query ($after: String, $orderBy: [CountryOrder!]) { countries(first: 2, after: $after, orderBy: $orderBy) { edges { node { key } } pageInfo { endCursor } } }';
  const cursorOf = async (orderBy?: Term[]) => {
    const response = await api.request<{
      countries: { pageInfo: { endCursor: string } };
    }>(query, { orderBy });
    return response.data!.countries.pageInfo.endCursor;
  };
  const expectRefused = (response: GraphQLResponse<unknown>) => {
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.argumentName).toBe('after');
    expect(response.errors?.[0]?.message).toMatch(/cursor of/);
  };

  it('refuses a cursor of another order, of the default order with an orderBy, and the other way round', async () => {
    const byNameDesc = await cursorOf([{ field: 'NAME', direction: 'DESC' }]);
    const byDefault = await cursorOf();
    expectRefused(
      await api.request(query, {
        after: byNameDesc,
        orderBy: [{ field: 'NAME', direction: 'ASC' }],
      }),
    );
    expectRefused(await api.request(query, { after: byNameDesc }));
    expectRefused(
      await api.request(query, {
        after: byDefault,
        orderBy: [{ field: 'KEY', direction: 'ASC' }],
      }),
    );
    const same = await api.request<{ countries: { edges: unknown[] } }>(query, {
      after: byNameDesc,
      orderBy: [{ field: 'NAME', direction: 'DESC' }],
    });
    expect(same.errors).toBeUndefined();
    expect(same.data!.countries.edges.length).toBe(2);
  });

  it('refuses a nested cursor of another order', async () => {
    const nested =
      'query ($after: String, $orderBy: [StatementOrder!]) { country(code: "RU") { statements(first: 1, after: $after, orderBy: $orderBy) { pageInfo { endCursor } } } }';
    const first = await api.request<{
      country: { statements: { pageInfo: { endCursor: string } } };
    }>(nested, { orderBy: [{ field: 'KIND' }] });
    expectRefused(
      await api.request(nested, {
        after: first.data!.country.statements.pageInfo.endCursor,
        orderBy: [{ field: 'KIND', direction: 'DESC' }],
      }),
    );
  });

  it('refuses an orderBy that names a field twice', async () => {
    const response = await api.request(query, {
      orderBy: [{ field: 'NAME' }, { field: 'NAME', direction: 'DESC' }],
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.argumentName).toBe('orderBy');
  });
});
