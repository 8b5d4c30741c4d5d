import { ApolloServer } from '@apollo/server';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { createContext, type Context } from '../../src/graphql/context';
import { resolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { reseed } from '../support/api';
import { fillRelationshipKeys } from '../../src/neo4j/migrations';
import { getTestDriver } from '../support/neo4j';
import { operation } from '../support/operations';

jest.setTimeout(180_000);

const driver = getTestDriver();
const apollo = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers });

/** Runs one operation and returns how many Cypher queries it sent, and its data. */
async function roundTrips(query: string, variables?: Record<string, unknown>): Promise<{ queries: number; data: Record<string, unknown> }> {
  const context = createContext({ driver, logger: pino({ level: 'silent' }) });
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return { queries: context.graph.counter.queries, data: response.body.singleResult.data! };
}

/** Adds `count` countries, each with a leader who made a statement evidenced in the seed source. */
async function addCountries(count: number): Promise<void> {
  await driver.executeQuery(
    `MATCH (source:Source {key: 'ap-paris-security-guarantees'})
     UNWIND range(1, $count) AS i
     WITH source, i, 'X' + toString(i) AS code
     CREATE (c:Country {key: code, name: 'Country ' + code})
     CREATE (p:Person {key: 'leader-' + code, name: 'Leader ' + code})-[:HOLDS]->(:Role {key: 'role-' + code, title: 'President'})-[:OF]->(c)
     CREATE (s:Statement {key: 'statement-' + code, kind: 'PARAPHRASE', text: 'Paris'})-[:MADE_BY]->(p)
     CREATE (e:Evidence {key: 'synthetic:' + code, start: 0, \`end\`: 5, quote: 'PARIS'})-[:IN]->(source)
     CREATE (s)-[:EVIDENCED_BY]->(e), (c)-[:EVIDENCED_BY]->(e), (p)-[:EVIDENCED_BY]->(e)`,
    { count: neo4j.int(count) },
  );
  // Written past the write layer: give the relationships the keys it would have (as the next start would).
  await fillRelationshipKeys(driver);
}

const NESTED = `{
  countries(first: 100) {
    edges { node { code officeHolders { edges { node { name statements { edges { node { text evidence { edges { node { quote source { key } } } } } } } } } } } }
  }
}`;

type Edges<T> = { edges: { node: T }[] };
const nodes = <T>({ edges }: Edges<T>): T[] => edges.map((edge) => edge.node);

interface NestedData {
  countries: {
    edges: { node: { officeHolders: Edges<{ statements: Edges<{ evidence: Edges<{ source: { key: string } }> }> }> } }[];
  };
}

describe('database round trips do not grow with the number of results', () => {
  beforeAll(() => reseed(driver));
  afterAll(() => reseed(driver));

  it('countries -> office holders -> statements -> evidence -> source costs the same for 6 or 206 countries', async () => {
    const small = await roundTrips(NESTED);
    expect((small.data as unknown as NestedData).countries.edges).toHaveLength(6);

    await addCountries(200);
    const large = await roundTrips(NESTED);
    const countries = (large.data as unknown as NestedData).countries.edges;
    expect(countries).toHaveLength(100);
    const sources = countries.flatMap((edge) =>
      nodes(edge.node.officeHolders).flatMap((holder) => nodes(holder.statements).flatMap((statement) => nodes(statement.evidence).map((e) => e.source.key))),
    );
    expect(sources.length).toBeGreaterThan(90);

    // The countries page is read with everything below it: office holders, each one's page of
    // statements, their evidence and its source.
    expect(small.queries).toBe(1);
    expect(large.queries).toBe(small.queries);
  });

  it('a root field costs one query, with every list and connection below it, whatever its page holds', async () => {
    const query = `{
      countries(first: 100) { edges { node { roles { edges { node { title holder { name } of { name } } } } pledges { totalCount } positions { edges { node { key } } } memberships { edges { node { key } } } } } }
      statements(first: 100) { edges { node { speaker { name } event { key } about { edges { node { key } } } source { key } } } }
    }`;
    const { queries } = await roundTrips(query);
    // One query per root field, each read with everything below it (roles with their holder and
    // country, the pledges page, positions, memberships; speaker, event, about, source).
    expect(queries).toBe(2);
  });

  it('sorted lists and sorted nested pages are read in the same one query per root field', async () => {
    const query = `{
      countries(first: 100, orderBy: [{field: NAME, direction: DESC}]) { edges { node { name statements(first: 2, orderBy: [{field: KIND, direction: DESC}]) { totalCount edges { node { kind } } } memberships(orderBy: [{field: KIND}]) { edges { node { key } } } } } }
      commitments(first: 100, orderBy: [{field: STAGE}]) { edges { node { domains(first: 3, orderBy: [{field: NAME, direction: DESC}]) { edges { node { name } } } } } }
    }`;
    const { queries, data } = await roundTrips(query);
    expect(queries).toBe(2);
    const names = nodes(data.countries as Edges<{ name: string }>).map(({ name }) => name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it('facets are one query per root field, with the nodes they return and what is read along with them', async () => {
    const query = `{
      commitmentFacets(filter: {beneficiary: "UA"}) { total byStage { value count } byConditionKind { value count } byDomain(first: 3) { count node { name commitments(first: 2) { edges { node { key } } } } } byPledger { node { key } count } }
      statementFacets { total byKind { value count } bySpeaker(first: 5) { node { name } count } }
    }`;
    const { queries, data } = await roundTrips(query);
    expect(queries).toBe(2);
    expect((data.commitmentFacets as { total: number }).total).toBeGreaterThan(0);
  });

  it('the roots and filters of issue 13 ("find anything") cost one query each, key checks and search included', async () => {
    const query = `{
      capabilities(name: "military") { edges { node { name commitments { edges { node { key } } } } } }
      roles(title: "president") { edges { node { title holder { name } of { name } } } }
      positions { edges { node { stance holder { name } about { edges { node { key } } } } } }
      risks { edges { node { description threatens { edges { node { key } } } } } }
      people(name: "witkoff") { edges { node { name statements { edges { node { key } } } } } }
      commitments(filter: { capability: "military centers", pledger: "gb" }) { edges { node { key pledgers { edges { node { name } } } } } }
      statements(filter: { about: "ceasefire", speaker: "keir-starmer", event: null }) { edges { node { key speaker { name } } } }
      search(query: "Witkoff") { edges { node { matchedField node { __typename } } } }
    }`;
    const { queries, data } = await roundTrips(query);
    expect(Object.keys(data)).toHaveLength(8);
    expect(queries).toBe(8);
  });
});

describe('a chain through evidence and facts is bounded by its pages (issue 11)', () => {
  beforeAll(() => reseed(driver));

  interface Page<T> {
    totalCount: number;
    edges: { node: T }[];
  }
  type Evidence = { source: { key: string; text: string }; facts: Page<{ evidence: Page<{ source: { key: string; text: string } }> }> };

  // commitments → evidence → facts → evidence → source { text }: before 0.2.0 `evidence` and
  // `facts` were plain lists, so every level multiplied the response by all it held (a 140-byte
  // query returned ~170 MB at the seed's 88 evidence spans). Each level is now a page.
  const CHAIN = `{
    commitments(first: 100) { totalCount edges { node {
      evidence(first: 2) { totalCount edges { node { source { key text }
        facts(first: 2) { totalCount edges { node {
          ... on Fact { evidence(first: 2) { totalCount edges { node { source { key text } } } } }
        } } }
      } } }
    } } }
  }`;

  it('answers no more items at each level than its `first` asks, in one query (and one for the texts)', async () => {
    const { data, queries } = await roundTrips(CHAIN);
    const commitments = data.commitments as Page<{ evidence: Page<Evidence> }>;
    const levels = { evidence: [] as Page<unknown>[], facts: [] as Page<unknown>[], factEvidence: [] as Page<unknown>[] };
    let texts = 0;
    for (const commitment of nodes(commitments)) {
      levels.evidence.push(commitment.evidence);
      for (const evidence of nodes(commitment.evidence)) {
        texts += 1;
        levels.facts.push(evidence.facts);
        for (const fact of nodes(evidence.facts)) {
          levels.factEvidence.push(fact.evidence);
          texts += fact.evidence.edges.length;
        }
      }
    }
    for (const pages of Object.values(levels)) {
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(page.edges).toHaveLength(Math.min(2, page.totalCount));
      // The pages cut the fan-out somewhere: some list holds more than its page shows.
      expect(Math.max(...pages.map((page) => page.totalCount))).toBeGreaterThan(2);
    }
    // Source texts in the answer: at most commitments × 2 × (1 + 2 × 2), whatever the graph holds.
    expect(texts).toBeLessThanOrEqual(commitments.edges.length * 2 * (1 + 2 * 2));
    // The whole chain is read along with the commitments page; the source texts in one more.
    expect(queries).toBe(2);
  });
});

describe('what cannot be read along falls back and still answers right', () => {
  beforeAll(() => reseed(driver));

  const keys = (connection: { edges: { node: { key: string } }[] }) => connection.edges.map((edge) => edge.node.key);

  /** The domain with the most commitments, so a page of one leaves some out. */
  async function busiestDomain(): Promise<string> {
    const { data } = await roundTrips('{ domains { edges { node { key commitments(first: 100) { totalCount } } } } }');
    const domains = (data.domains as { edges: { node: { key: string; commitments: { totalCount: number } } }[] }).edges.map((edge) => edge.node);
    const [busiest] = domains.sort((a, b) => b.commitments.totalCount - a.commitments.totalCount);
    expect(busiest!.commitments.totalCount).toBeGreaterThan(1);
    return busiest!.key;
  }

  it('one connection under two aliases with different pages', async () => {
    const { data } = await roundTrips(
      `query ($name: String!) {
        domain(name: $name) {
          one: commitments(first: 1) { totalCount edges { node { key } } }
          all: commitments(first: 100) { totalCount edges { node { key } } }
        }
      }`,
      { name: await busiestDomain() },
    );
    const domain = data.domain as Record<'one' | 'all', { totalCount: number; edges: { node: { key: string } }[] }>;
    expect(keys(domain.all)).toHaveLength(domain.all.totalCount);
    expect(keys(domain.one)).toEqual(keys(domain.all).slice(0, 1));
    expect(domain.one.totalCount).toBe(domain.all.totalCount);
  });

  it('a nested page out of range is refused where it stands, the rest answered', async () => {
    const context = createContext({ driver, logger: pino({ level: 'silent' }) });
    const response = await apollo.executeOperation(
      { query: '{ countries(first: 1) { edges { node { name pledges(first: 101) { totalCount } } } } }' },
      { contextValue: context },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const [error] = response.body.singleResult.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.path).toEqual(['countries', 'edges', 0, 'node', 'pledges']);
  });

  it('a page over 100 on a connection that was a list before 0.2.0 is refused, also through a variable', async () => {
    const context = createContext({ driver, logger: pino({ level: 'silent' }) });
    const response = await apollo.executeOperation(
      {
        query: 'query ($n: Int) { commitments(first: 1) { edges { node { evidence(first: $n) { edges { node { facts(first: 101) { totalCount } } } } } } } }',
        variables: { n: 101 },
      },
      { contextValue: context },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const [error] = response.body.singleResult.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.path).toEqual(['commitments', 'edges', 0, 'node', 'evidence']);
  });

  it.each([
    ['a literal', 'query { sources(first: 1) { edges { node { evidence(first: null) { totalCount } } } } }', {}],
    ['a variable', 'query ($n: Int) { sources(first: 1) { edges { node { evidence(first: $n) { totalCount } } } } }', { n: null }],
  ])('an explicit null page (%s) is refused, not read as some other size than the default the cost rule charged', async (_how, query, variables) => {
    const context = createContext({ driver, logger: pino({ level: 'silent' }) });
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const errors = response.body.singleResult.errors ?? [];
    expect(errors.map((error) => [error.extensions?.code, error.path])).toEqual([['BAD_USER_INPUT', ['sources', 'edges', 0, 'node', 'evidence']]]);
  });

  it('a nested page read without its count still says whether more follow', async () => {
    const name = await busiestDomain();
    const { data } = await roundTrips(
      `query ($name: String!) {
        domain(name: $name) { page: commitments(first: 1) { pageInfo { hasNextPage } edges { node { key } } } }
      }`,
      { name },
    );
    const page = (data.domain as { page: { pageInfo: { hasNextPage: boolean }; edges: unknown[] } }).page;
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});

describe('the README questions, in round trips', () => {
  beforeAll(() => reseed(driver));

  it.each([
    ['which-nations-lead-which-domain', 1],
    ['what-did-the-united-kingdom-pledge', 1],
    ['what-would-a-ceasefire-unlock', 1],
    ['who-said', 1],
    ['what-are-the-five-priorities', 1],
    ['which-commitments-are-least-far-along', 1],
    ['how-many-commitments-for-ukraine', 1],
    ['who-attended', 1],
  ])('%s costs %d queries', async (name, expected) => {
    const { queries } = await roundTrips(operation(name));
    expect(queries).toBe(expected);
  });
});
