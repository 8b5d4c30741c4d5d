/**
 * The attendance model through the API (issue 18): the Paris meeting's delegations with their
 * size, level and evidence, the delegates the article leaves unnamed, and the meeting's totals with
 * the words that give them — against the seed loaded into a real Neo4j.
 */
import { useSeededApi } from '../support/api';

jest.setTimeout(120_000);

const api = useSeededApi();

const connection = <T>(nodes: T[]) => ({ edges: nodes.map((node) => ({ node })) });
const quotes = (...texts: string[]) => connection(texts.map((quote) => ({ quote })));

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.request<T>(query, variables);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data!;
}

const PARAGRAPH_2 =
  'At a meeting in Paris, European and Canadian leaders joined U.S. officials and senior European Union and NATO officials to outline how Ukraine could be defended after the fighting stops.';
const PARAGRAPH_3 = 'It was the largest such meeting attended by two U.S. envoys in person';
const TOTALS = 'French officials said 35 participants, including 27 heads of state and government, attended in person.';

describe('delegations of the Paris meeting', () => {
  const DELEGATIONS = `{ events(name: "Paris", first: 1) { edges { node {
    key participantCount headsOfStateAndGovernmentCount countedInPerson
    evidence(first: 20) { edges { node { quote } } }
    delegations { totalCount edges { node {
      key size level inPerson delegatesDisclosed unnamedDelegates
      event { key }
      actor { __typename key name }
      delegates { totalCount }
      evidence(first: 10) { edges { node { quote } } }
    } } }
  } } } }`;

  type Delegation = {
    key: string;
    size: number | null;
    level: string | null;
    inPerson: boolean | null;
    delegatesDisclosed: boolean;
    unnamedDelegates: number | null;
    event: { key: string };
    actor: { __typename: string; key: string; name: string };
    delegates: { totalCount: number };
    evidence: { edges: { node: { quote: string } }[] };
  };
  type Event = {
    key: string;
    participantCount: number;
    headsOfStateAndGovernmentCount: number;
    countedInPerson: boolean;
    evidence: { edges: { node: { quote: string } }[] };
    delegations: { totalCount: number; edges: { node: Delegation }[] };
  };

  let event: Event;
  beforeAll(async () => {
    const { events } = await data<{ events: { edges: { node: Event }[] } }>(DELEGATIONS);
    expect(events.edges).toHaveLength(1);
    event = events.edges[0]!.node;
  });

  it('gives one delegation per attending actor the article describes, by key', () => {
    expect(event.delegations.totalCount).toBe(4);
    expect(event.delegations.edges.map(({ node }) => [node.key, node.event.key, node.actor.__typename, node.actor.key])).toEqual([
      ['paris-meeting-ca', 'paris-meeting', 'Country', 'CA'],
      ['paris-meeting-eu', 'paris-meeting', 'Organization', 'eu'],
      ['paris-meeting-nato', 'paris-meeting', 'Organization', 'nato'],
      ['paris-meeting-us', 'paris-meeting', 'Country', 'US'],
    ]);
  });

  it('says the U.S. sent two envoys in person, and that the article names neither of them', () => {
    const us = event.delegations.edges.find(({ node }) => node.key === 'paris-meeting-us')!.node;
    expect(us).toMatchObject({ size: 2, level: 'envoys', inPerson: true, delegatesDisclosed: false, unnamedDelegates: 2, delegates: { totalCount: 0 } });
    // The union of the delegation's own evidence and its claims' (event, actor, size, level, in person, not named), by offset.
    expect(us.evidence).toEqual(
      quotes(
        'At a meeting in Paris, European and Canadian leaders joined U.S. officials',
        'U.S. officials',
        PARAGRAPH_3,
        'two U.S. envoys',
        'two U.S. envoys in person',
      ),
    );
  });

  it('gives the level of the others in the article’s words, with no size and no names', () => {
    const others = event.delegations.edges.map(({ node }) => node).filter(({ key }) => key !== 'paris-meeting-us');
    expect(
      others.map(({ key, size, level, inPerson, delegatesDisclosed, unnamedDelegates, delegates }) => ({
        key,
        size,
        level,
        inPerson,
        delegatesDisclosed,
        unnamedDelegates,
        named: delegates.totalCount,
      })),
    ).toEqual([
      { key: 'paris-meeting-ca', size: null, level: 'leaders', inPerson: null, delegatesDisclosed: false, unnamedDelegates: null, named: 0 },
      { key: 'paris-meeting-eu', size: null, level: 'senior officials', inPerson: null, delegatesDisclosed: false, unnamedDelegates: null, named: 0 },
      { key: 'paris-meeting-nato', size: null, level: 'senior officials', inPerson: null, delegatesDisclosed: false, unnamedDelegates: null, named: 0 },
    ]);
    const canada = others.find(({ key }) => key === 'paris-meeting-ca')!;
    expect(canada.evidence).toEqual(
      quotes('At a meeting in Paris, European and Canadian leaders joined', PARAGRAPH_2, 'European and Canadian leaders', 'Canadian leaders'),
    );
  });

  it('keeps the meeting’s totals on the event, with the words that give them', () => {
    expect(event).toMatchObject({ participantCount: 35, headsOfStateAndGovernmentCount: 27, countedInPerson: true });
    const cited = event.evidence.edges.map(({ node }) => node.quote);
    expect(cited).toEqual(expect.arrayContaining([TOTALS, 'French officials said 35 participants', 'including 27 heads of state and government']));
  });

  it('walks back from an actor to its delegations, and no person is a delegate', async () => {
    const result = await data<{
      country: { delegations: { edges: { node: { key: string } }[] } };
      organizations: { edges: { node: { key: string; delegations: { totalCount: number } } }[] };
      people: { edges: { node: { key: string; delegations: { totalCount: number } } }[] };
    }>(`{
      country(code: "US") { delegations { edges { node { key } } } }
      organizations { edges { node { key delegations { totalCount } } } }
      people { edges { node { key delegations { totalCount } } } }
    }`);
    expect(result.country.delegations).toEqual(connection([{ key: 'paris-meeting-us' }]));
    expect(result.organizations.edges.map(({ node }) => [node.key, node.delegations.totalCount])).toEqual([
      ['associated-press', 0],
      ['eu', 1],
      ['nato', 1],
      ['ukraines-allies', 0],
    ]);
    expect(result.people.edges.every(({ node }) => node.delegations.totalCount === 0)).toBe(true);
    expect(result.people.edges.map(({ node }) => node.key)).toContain('steve-witkoff');
  });

  it('charges every delegation a page can return to the query cost', async () => {
    const response = await api.request(
      '{ events(first: 20) { edges { node { delegations(first: 100) { edges { node { key delegates(first: 100) { edges { node { name } } } } } } } } } }',
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    const costliest = (response.errors?.[0]?.extensions?.costliest as { path: string }[]).map(({ path }) => path);
    expect(costliest[0]).toMatch(/^events\(×20\)\.edges\.node\.delegations\(×100\)\.edges\.node\.delegates\(×100\)/);
  });

  it('finds a delegation by its id, as a Fact', async () => {
    const { events } = await data<{ events: { edges: { node: { delegations: { edges: { node: { id: string } }[] } } }[] } }>(
      '{ events { edges { node { delegations(first: 1) { edges { node { id } } } } } } }',
    );
    const id = events.edges[0]!.node.delegations.edges[0]!.node.id;
    const { node } = await data<{ node: { __typename: string; key: string } }>('query ($id: ID!) { node(id: $id) { __typename ... on Fact { key } } }', { id });
    expect(node).toEqual({ __typename: 'Delegation', key: 'paris-meeting-ca' });
  });
});
