/**
 * Issue 13, "find anything": root fields for every fact type users start from, name look-ups,
 * the capability, event and subject filters, keys in any case (and unknown keys refused), and
 * `search` across every text a fact carries, with what matched — against the real Neo4j.
 */
import { applyMigrations, FIND_FULLTEXT_INDEXES } from '../../src/neo4j/migrations';
import { useSeededApi, type GraphQLResponse } from '../support/api';

jest.setTimeout(120_000);

const api = useSeededApi();

type Page<T> = { totalCount: number; edges: { node: T }[] };

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.request<T>(query, variables);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data!;
}

/** The keys (or `selection`) of a root list, in the order answered; and its totalCount equals them. */
async function keysOf(field: string, args = '', selection = 'key'): Promise<string[]> {
  const { list } = await data<{ list: Page<Record<string, string>> }>(
    `{ list: ${field}${args ? `(${args})` : ''} { totalCount edges { node { ${selection} } } } }`,
  );
  expect(list.totalCount).toBe(list.edges.length);
  return list.edges.map((edge) => Object.values(edge.node).join(''));
}

function expectBadInput(response: GraphQLResponse<unknown>, argumentName: string, mentions: string): void {
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0]?.extensions?.argumentName).toBe(argumentName);
  expect(response.errors?.[0]?.message).toContain(mentions);
  expect(JSON.stringify(response)).not.toMatch(/neo4j|cypher|stacktrace|at .*\.ts:/i);
}

describe('root fields for every fact type', () => {
  it('lists capabilities, roles, positions, risks and domain leaderships', async () => {
    expect(await keysOf('capabilities', 'first: 100')).toHaveLength(14);
    expect(await keysOf('roles', '', 'title')).toEqual(['President', 'Prime Minister', 'President', 'Ambassador']);
    expect(await keysOf('roles')).toEqual(['fr-president', 'gb-prime-minister', 'ua-president', 'us-ambassador-steve-witkoff']);
    expect(await keysOf('positions')).toEqual([
      'russia-no-ceasefire-without-comprehensive-settlement',
      'russia-rules-out-nato-troops-in-ukraine',
      'ukraine-ceasefire-needs-firm-guarantees',
      'ukrainian-armed-forces-first-line-of-defense',
      'us-supports-security-guarantees',
    ]);
    expect(await keysOf('risks')).toHaveLength(5);
    expect(await keysOf('domainLeaderships')).toHaveLength(4);
  });

  it('office holders: a role walks to its holder and what it is an office of', async () => {
    const { roles } = await data<{ roles: Page<unknown> }>(
      '{ roles(title: "ambassador") { totalCount edges { node { key title holder { name } of { name } } } } }',
    );
    expect(roles.edges).toEqual([
      { node: { key: 'us-ambassador-steve-witkoff', title: 'Ambassador', holder: { name: 'Steve Witkoff' }, of: { name: 'United States' } } },
    ]);
  });
});

describe('name look-ups (case-insensitive contains)', () => {
  it('finds people, organizations, countries, capabilities, domains and events by part of their name', async () => {
    expect(await keysOf('people', 'name: "witk"')).toEqual(['steve-witkoff']);
    expect(await keysOf('people', 'name: "ZELENSKY"')).toEqual(['volodymyr-zelensky']);
    expect(await keysOf('organizations', 'name: "allies"')).toEqual(['ukraines-allies']);
    expect(await keysOf('organizations', 'name: "a", kind: ALLIANCE')).toEqual(['nato']);
    expect(await keysOf('countries', 'name: "united"', 'code')).toEqual(['GB', 'US']);
    expect(await keysOf('capabilities', 'name: "Military"')).toEqual(['military-assistance', 'military-centers', 'secure-weapons-storage']);
    expect(await keysOf('domains', 'name: "SEA"')).toEqual(['sea']);
    expect(await keysOf('events', 'name: "paris"')).toEqual(['paris-meeting']);
    expect(await keysOf('people', 'name: "nobody of that name"')).toEqual([]);
  });

  it('takes the name as text, never as a pattern, and refuses one that is blank or too long', async () => {
    expect(await keysOf('people', 'name: ".*"')).toEqual([]);
    expectBadInput(await api.request('{ people(name: "  ") { totalCount } }'), 'name', 'at least one character');
    expectBadInput(await api.request('query ($name: String) { people(name: $name) { totalCount } }', { name: 'x'.repeat(201) }), 'name', 'at most 200');
  });
});

describe('filters', () => {
  it('commitments by capability: its key, or words of its name ("who builds military centers")', async () => {
    const byKey = await keysOf('commitments', 'filter: { capability: "military-centers" }');
    expect(byKey).toEqual(['gb-fr-military-centers-and-weapons-storage']);
    expect(await keysOf('commitments', 'filter: { capability: "Military Centers" }')).toEqual(byKey);
    const { commitments } = await data<{ commitments: Page<{ pledgers: Page<{ name: string }>; capabilities: Page<{ key: string }> }> }>(
      '{ commitments(filter: { capability: "military centers" }) { totalCount edges { node { pledgers { totalCount edges { node { name } } } capabilities { totalCount edges { node { key } } } } } } }',
    );
    const [only] = commitments.edges;
    expect(only!.node.pledgers.edges.map((edge) => edge.node.name).sort()).toEqual(['France', 'United Kingdom']);
    expect(only!.node.capabilities.edges.map((edge) => edge.node.key)).toContain('military-centers');
    expect(await keysOf('commitments', 'filter: { capability: "military" }')).toEqual([
      'gb-fr-military-centers-and-weapons-storage',
      'long-term-military-assistance',
    ]);
    expect(await keysOf('commitments', 'filter: { capability: "weapons", pledger: "ukraines-allies" }')).toEqual(['long-term-military-assistance']);
  });

  it('statements by event and by what they are about', async () => {
    expect(await keysOf('statements', 'filter: { event: "paris-meeting" }')).toEqual([
      'allies-monitoring-and-verification',
      'joint-statement-first-line-of-defense',
      'leaders-continue-supply-and-support',
      'participants-five-priorities',
    ]);
    expect(await keysOf('statements', 'filter: { about: "ceasefire" }')).toEqual([
      'allies-monitoring-and-verification', // "any U.S.-led ceasefire" (issue 18)
      'russia-ceasefire-needs-settlement',
      'starmer-military-centers',
    ]);
    expect(await keysOf('statements', 'filter: { about: "multi-level-security-guarantees", speaker: "steve-witkoff" }')).toEqual(['witkoff-strongly-supports']);
    expect(await keysOf('statements', 'filter: { about: "multi-level-security-guarantees", kind: ASSESSMENT }')).toEqual([
      'ap-framework-falls-short-of-binding',
    ]);
    expect(await keysOf('statements', 'filter: { event: "paris-meeting", kind: JOINT_STATEMENT }')).toEqual(['joint-statement-first-line-of-defense']);
    expect(await keysOf('statements', 'filter: { event: "paris-meeting", text: "monitoring" }')).toEqual([
      'allies-monitoring-and-verification',
      'participants-five-priorities',
    ]);
  });

  it('matches keys in any case: `pledger: "gb"` is `pledger: "GB"`', async () => {
    const upper = await keysOf('commitments', 'filter: { pledger: "GB" }');
    expect(upper).toEqual(['gb-fr-military-centers-and-weapons-storage']);
    expect(await keysOf('commitments', 'filter: { pledger: "gb" }')).toEqual(upper);
    expect(await keysOf('commitments', 'filter: { pledger: "Ukraines-Allies", beneficiary: "ua" }')).toEqual([
      'air-ground-sea-support',
      'continued-equipment-and-training',
      'long-term-military-assistance',
      'multi-level-security-guarantees',
      'support-in-event-of-future-attack',
    ]);
    expect(await keysOf('commitments', 'filter: { pledger: "Ukraines-Allies", beneficiary: "ua" }')).toEqual(
      await keysOf('commitments', 'filter: { pledger: "ukraines-allies", beneficiary: "UA" }'),
    );
    expect(await keysOf('statements', 'filter: { speaker: "fr" }')).toEqual(['french-officials-attendance']);
    expect(await keysOf('statements', 'filter: { speaker: "Keir-Starmer", event: "PARIS-MEETING" }')).toEqual([]);
  });

  it('refuses a key that names nothing with BAD_USER_INPUT naming the option, instead of an empty page', async () => {
    expectBadInput(await api.request('{ commitments(filter: { pledger: "XX" }) { totalCount } }'), 'pledger', '"XX"');
    expectBadInput(await api.request('{ commitments(filter: { domain: "space" }) { totalCount } }'), 'domain', '"space"');
    expectBadInput(await api.request('{ commitments(filter: { condition: "sunshine" }) { totalCount } }'), 'condition', '"sunshine"');
    expectBadInput(await api.request('{ commitments(filter: { beneficiary: "ZZ" }) { totalCount } }'), 'beneficiary', '"ZZ"');
    expectBadInput(await api.request('{ commitments(filter: { capability: "submarines" }) { totalCount } }'), 'capability', '"submarines"');
    expectBadInput(await api.request('{ statements(filter: { speaker: "boris-johnson" }) { totalCount } }'), 'speaker', '"boris-johnson"');
    expectBadInput(await api.request('{ statements(filter: { event: "berlin-meeting" }) { totalCount } }'), 'event', '"berlin-meeting"');
    expectBadInput(await api.request('{ statements(filter: { about: "nothing-here", text: "ceasefire" }) { totalCount } }'), 'about', '"nothing-here"');
  });

  it('still answers an empty page for a known key that matches nothing', async () => {
    expect(await keysOf('commitments', 'filter: { beneficiary: "GB" }')).toEqual([]);
    expect(await keysOf('statements', 'filter: { speaker: "GB", kind: JOINT_STATEMENT }')).toEqual([]);
  });
});

describe('search across every text a fact carries', () => {
  type Hit = { matchedField: string; matchedText: string; node: { __typename: string; key?: string } };
  async function search(query: string): Promise<Hit[]> {
    const { search: results } = await data<{ search: Page<Hit> }>(
      'query ($q: String!) { search(query: $q, first: 100) { totalCount edges { node { matchedField matchedText node { __typename ... on Fact { key } } } } } }',
      { q: query },
    );
    expect(results.totalCount).toBe(results.edges.length);
    return results.edges.map((edge) => edge.node);
  }
  const kinds = (hits: Hit[]) => hits.map((hit) => `${hit.node.__typename}:${hit.node.key ?? ''}:${hit.matchedField}`);

  it('"Witkoff" finds the person, the statement he made (by its speaker\'s name), and the evidence quoting him', async () => {
    const hits = kinds(await search('Witkoff'));
    expect(hits).toEqual(expect.arrayContaining(['Person:steve-witkoff:NAME', 'Statement:witkoff-strongly-supports:SPEAKER_NAME', 'Evidence::QUOTE']));
  });

  it('finds stances, open questions, risks, capabilities, conditions, titles and names, each with its type and field', async () => {
    expect(kinds(await search('comprehensive settlement'))).toContain('Position:russia-no-ceasefire-without-comprehensive-settlement:STANCE');
    expect(kinds(await search('regroup'))).toContain('Risk:ceasefire-without-guarantees-lets-moscow-regroup:DESCRIPTION');
    expect(kinds(await search('secure facilities'))).toContain('Capability:secure-weapons-storage:NAME');
    expect(kinds(await search('Ambassador'))).toContain('Role:us-ambassador-steve-witkoff:TITLE');
    expect(kinds(await search('Macron'))).toContain('Person:emmanuel-macron:NAME');
    expect(kinds(await search('respond'))).toContain('OpenQuestion:russian-response-to-paris-meeting:QUESTION');
    expect(kinds(await search('ratification'))).toContain('Condition:ratification:DESCRIPTION');
  });

  it('keeps Lucene syntax uninterpreted and the length limit', async () => {
    expect(await search('Witkoff OR')).toEqual([]);
    const tooLong = await api.request('query ($q: String!) { search(query: $q) { totalCount } }', { q: 'x'.repeat(201) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the new full-text indexes on a store made before them', () => {
  it('are created at start when missing, and a second start changes nothing', async () => {
    await api.driver.executeQuery('DROP INDEX fact_name IF EXISTS');
    await applyMigrations(api.driver);
    await applyMigrations(api.driver);
    const { records } = await api.driver.executeQuery('SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state');
    const online = new Map(records.map((record) => [record.get('name') as string, record.get('state') as string]));
    for (const { name } of FIND_FULLTEXT_INDEXES) expect(online.get(name)).toBe('ONLINE');
    expect(
      kinds2(await api.request<{ search: Page<{ node: { __typename: string } }> }>('{ search(query: "Witkoff") { edges { node { node { __typename } } } } }')),
    ).toContain('Person');
  });
});

function kinds2(response: GraphQLResponse<{ search: Page<{ node: { __typename: string } }> }>): string[] {
  return response.data!.search.edges.map((edge) => edge.node.node.__typename);
}
