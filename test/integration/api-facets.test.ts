import { useSeededApi } from '../support/api';

jest.setTimeout(180_000);

const api = useSeededApi();

type Group = { value?: string; node?: { key: string }; count: number };
type Keys = { edges: { node: { key: string; kind?: string } }[] };

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.request<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Groups counted here from the list: distinct items per value, largest first, ties by value. */
function grouped(items: { key: string; values: string[] }[]): { group: string; count: number }[] {
  const counts = new Map<string, Set<string>>();
  for (const { key, values } of items) for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? new Set()).add(key));
  return [...counts].map(([group, keys]) => ({ group, count: keys.size })).sort((a, b) => b.count - a.count || (a.group < b.group ? -1 : 1));
}

const served = (groups: Group[]) =>
  groups.map(({ value, node, count }) => ({
    group: value ?? node!.key,
    count,
  }));
const keysOf = (connection: Keys) => connection.edges.map(({ node }) => node.key);

type Related = 'conditions' | 'domains' | 'pledgers' | 'capabilities';
interface CommitmentNode {
  key: string;
  stage: string;
  bindingness: string;
  conditions: Keys;
  domains: Keys;
  pledgers: Keys;
  capabilities: Keys;
}

const FACETS = `query ($filter: CommitmentFilter) {
  commitmentFacets(filter: $filter) { total byStage { value count } byBindingness { value count } byConditionKind { value count }
    byDomain(first: 100) { node { key } count } byPledger(first: 100) { node { key } count }
    byCondition(first: 100) { node { key } count } byCapability(first: 100) { node { key } count } }
}`;

/** The filtered list, whole (one connection per request, to stay within the cost limit; each nested page asserted complete). */
async function listed(filter: Record<string, unknown>): Promise<{ totalCount: number; nodes: CommitmentNode[] }> {
  const own = await data<{
    commitments: { totalCount: number; edges: { node: CommitmentNode }[] };
  }>('query ($filter: CommitmentFilter) { commitments(first: 100, filter: $filter) { totalCount edges { node { key stage bindingness } } } }', { filter });
  const nodes = own.commitments.edges.map(({ node }) => ({ ...node }));
  expect(nodes.length).toBe(own.commitments.totalCount);
  for (const related of ['conditions', 'domains', 'pledgers', 'capabilities'] as Related[]) {
    const kind = related === 'conditions' ? 'kind' : '';
    const result = await data<{
      commitments: {
        edges: {
          node: { key: string } & Record<Related, Keys & { totalCount: number }>;
        }[];
      };
    }>(
      `query ($filter: CommitmentFilter) { commitments(first: 100, filter: $filter) { edges { node { key ${related}(first: 8) { totalCount edges { node { key ${kind} } } } } } } }`,
      { filter },
    );
    result.commitments.edges.forEach(({ node }, index) => {
      expect(node.key).toBe(nodes[index]!.key);
      expect(node[related].edges.length).toBe(node[related].totalCount);
      nodes[index]![related] = node[related];
    });
  }
  return { totalCount: own.commitments.totalCount, nodes };
}

describe('commitmentFacets counts what commitments lists, with the same filter', () => {
  it('for no filter and a filter of every kind, each facet equals the count of the filtered list', async () => {
    const all = await listed({});
    const some = all.nodes.find((node) => node.conditions.edges.length > 0 && node.pledgers.edges.length > 0)!;
    const filters = [
      {},
      { domain: keysOf(some.domains)[0] },
      { pledger: keysOf(some.pledgers)[0] },
      { condition: keysOf(some.conditions)[0] },
      { conditionKind: some.conditions.edges[0]!.node.kind },
      { stage: some.stage },
      { beneficiary: 'UA' },
      {
        beneficiary: 'UA',
        stage: some.stage,
        pledger: keysOf(some.pledgers)[0],
      },
      { pledger: keysOf(some.pledgers)[0], stage: 'DELIVERED' },
    ];
    for (const filter of filters) {
      const list = await listed(filter);
      const facets = (
        await data<{
          commitmentFacets: Record<string, Group[]> & { total: number };
        }>(FACETS, { filter })
      ).commitmentFacets;
      const by = (values: (node: CommitmentNode) => string[]) => grouped(list.nodes.map((node) => ({ key: node.key, values: values(node) })));
      expect({ filter, total: facets.total }).toEqual({
        filter,
        total: list.totalCount,
      });
      expect({
        filter,
        facets: {
          byStage: served(facets.byStage!),
          byBindingness: served(facets.byBindingness!),
          byConditionKind: served(facets.byConditionKind!),
          byDomain: served(facets.byDomain!),
          byPledger: served(facets.byPledger!),
          byCondition: served(facets.byCondition!),
          byCapability: served(facets.byCapability!),
        },
      }).toEqual({
        filter,
        facets: {
          byStage: by((node) => [node.stage]),
          byBindingness: by((node) => [node.bindingness]),
          byConditionKind: by((node) => node.conditions.edges.map((edge) => edge.node.kind!)),
          byDomain: by((node) => keysOf(node.domains)),
          byPledger: by((node) => keysOf(node.pledgers)),
          byCondition: by((node) => keysOf(node.conditions)),
          byCapability: by((node) => keysOf(node.capabilities)),
        },
      });
    }
    expect(all.nodes.length).toBeGreaterThan(3);
  });

  it('cuts a node facet at `first`, keeps the largest groups, and reads the nodes it returns', async () => {
    const result = await data<{
      commitmentFacets: {
        all: Group[];
        top: {
          node: {
            key: string;
            name: string;
            commitments: { totalCount: number };
          };
          count: number;
        }[];
      };
    }>(
      '{ commitmentFacets { all: byDomain(first: 100) { node { key } count } top: byDomain(first: 2) { node { key name commitments { totalCount } } count } } }',
    );
    const { all, top } = result.commitmentFacets;
    expect(all.length).toBeGreaterThan(2);
    expect(top.map(({ node, count }) => ({ group: node.key, count }))).toEqual(served(all).slice(0, 2));
    for (const { node, count } of top) {
      expect(node.name.length).toBeGreaterThan(0);
      expect(node.commitments.totalCount).toBe(count);
    }
  });

  it('refuses a key that names nothing as the list does, and matches a key in any case as the list does', async () => {
    for (const query of [
      'query ($filter: CommitmentFilter) { commitments(filter: $filter) { totalCount } }',
      'query ($filter: CommitmentFilter) { commitmentFacets(filter: $filter) { total } }',
    ]) {
      const refused = await api.request(query, { filter: { pledger: 'no-such-pledger' } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'pledger' });
    }
    const list = await data<{ commitments: { totalCount: number } }>('{ commitments(filter: {pledger: "gb"}) { totalCount } }');
    const facets = await data<{ commitmentFacets: { total: number } }>('{ commitmentFacets(filter: {pledger: "gb"}) { total } }');
    expect(list.commitments.totalCount).toBeGreaterThan(0);
    expect(facets.commitmentFacets.total).toBe(list.commitments.totalCount);
  });

  it('refuses a facet page out of range', async () => {
    const response = await api.request('{ commitmentFacets { byDomain(first: 0) { count } } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.argumentName).toBe('first');
  });
});

const STATEMENTS = `query ($filter: StatementFilter) {
  statements(first: 100, filter: $filter) { totalCount edges { node { key kind speaker { key } event { key } } } }
  statementFacets(filter: $filter) { total byKind { value count } bySpeaker(first: 100) { node { key } count } byEvent(first: 100) { node { key } count } }
}`;

describe('statementFacets counts what statements lists, with the same filter', () => {
  it('for no filter and a filter of every kind', async () => {
    type StatementNode = {
      key: string;
      kind: string;
      speaker: { key: string };
      event: { key: string } | null;
    };
    const all = await data<{
      statements: { edges: { node: StatementNode }[] };
    }>(STATEMENTS);
    const some = all.statements.edges[0]!.node;
    for (const filter of [{}, { speaker: some.speaker.key }, { kind: some.kind }, { text: 'ceasefire' }, { text: 'ceasefire', kind: 'PARAPHRASE' }]) {
      const result = await data<{
        statements: { totalCount: number; edges: { node: StatementNode }[] };
        statementFacets: Record<string, Group[]> & { total: number };
      }>(STATEMENTS, { filter });
      const listed = result.statements.edges.map(({ node }) => node);
      const by = (values: (node: StatementNode) => string[]) => grouped(listed.map((node) => ({ key: node.key, values: values(node) })));
      const facets = result.statementFacets;
      expect({ filter, total: facets.total }).toEqual({
        filter,
        total: listed.length,
      });
      expect({
        filter,
        byKind: served(facets.byKind!),
        bySpeaker: served(facets.bySpeaker!),
        byEvent: served(facets.byEvent!),
      }).toEqual({
        filter,
        byKind: by((node) => [node.kind]),
        bySpeaker: by((node) => [node.speaker.key]),
        byEvent: by((node) => (node.event ? [node.event.key] : [])),
      });
    }
  });
});
