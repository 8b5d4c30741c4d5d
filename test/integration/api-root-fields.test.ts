import pino from 'pino';
import { encodeId } from '../../src/ids';
import { createDriver } from '../../src/neo4j/driver';
import { startServer } from '../../src/server';
import { postGraphQL, useSeededApi, type GraphQLResponse } from '../support/api';
import { freePort } from '../support/free-port';

jest.setTimeout(120_000);

const api = useSeededApi();

type Page<T> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
};

/** What a connection's `edges { node }` hold, as the response gives it. */
const connection = <T>(nodes: T[]) => ({ edges: nodes.map((node) => ({ node })) });

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.request<T>(query, variables);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data!;
}

async function keysOf(field: string, args = '', selection = 'key'): Promise<string[]> {
  const result = await data<Record<string, Page<Record<string, string>>>>(
    `{ list: ${field}${args ? `(${args})` : ''} { totalCount edges { node { ${selection} } } } }`,
  );
  return result.list!.edges.map((edge) => Object.values(edge.node).join(''));
}

function expectError(response: GraphQLResponse<unknown>, code: string, argumentName?: string): void {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  if (argumentName) expect(response.errors?.[0]?.extensions?.argumentName).toBe(argumentName);
  expect(JSON.stringify(response)).not.toMatch(/neo4j|cypher|stacktrace|at .*\.ts:/i);
}

describe('root lists', () => {
  it('countries, by name', async () => {
    expect(await keysOf('countries', '', 'code')).toEqual(['CA', 'FR', 'RU', 'UA', 'GB', 'US']);
  });

  it('organizations, by name, and by kind', async () => {
    expect(await keysOf('organizations')).toEqual(['associated-press', 'eu', 'nato', 'ukraines-allies']);
    expect(await keysOf('organizations', 'kind: ALLIANCE')).toEqual(['nato']);
    expect(await keysOf('organizations', 'kind: GOVERNMENT_BODY')).toEqual([]);
  });

  it('people, by name', async () => {
    expect(await keysOf('people', '', 'name')).toEqual(['Emmanuel Macron', 'Keir Starmer', 'Putin', 'Steve Witkoff', 'Volodymyr Zelensky']);
  });

  it('priorities, in their order', async () => {
    expect(await keysOf('priorities', '', 'order')).toEqual(['1', '2', '3', '4', '5']);
  });

  it('domains, by name, and one domain by key or name', async () => {
    expect(await keysOf('domains')).toEqual(['air', 'land', 'reconstruction', 'sea']);
    const { byKey, byName, missing } = await data<Record<string, { key: string } | null>>(
      '{ byKey: domain(name: "sea") { key } byName: domain(name: "Land") { key } missing: domain(name: "space") { key } }',
    );
    expect(byKey).toEqual({ key: 'sea' });
    expect(byName).toEqual({ key: 'land' });
    expect(missing).toBeNull();
  });

  it('conditions, by key, and by kind', async () => {
    expect(await keysOf('conditions')).toEqual([
      'ceasefire',
      'ceasefire-or-settlement',
      'end-of-hostilities',
      'future-russian-attack',
      'lawmaker-approval',
      'national-approval',
      'ratification',
    ]);
    expect(await keysOf('conditions', 'kind: RATIFICATION')).toEqual(['ratification']);
  });

  it('open questions, events and sources', async () => {
    expect(await keysOf('openQuestions', 'first: 100')).toHaveLength(11);
    expect(await keysOf('events')).toEqual(['paris-meeting']);
    const { sources } = await data<{
      sources: Page<{ key: string; publisher: string; title: string | null; sha256: string; text: string; evidence: Page<{ start: number }> }>;
    }>('{ sources { edges { node { key publisher title sha256 text evidence(first: 3) { totalCount edges { node { start } } } } } } }');
    const [source] = sources.edges.map((edge) => edge.node);
    expect(source).toMatchObject({ key: 'ap-paris-security-guarantees', publisher: 'Associated Press', title: null });
    expect(source!.sha256).toBe('fde611849d7f9bf364bee86208f89faaf54a904e4f9f083a5847ba07d171db04');
    expect(source!.text.startsWith('PARIS (AP)')).toBe(true);
    expect(source!.evidence.edges.map((edge) => edge.node.start)).toEqual([0, 6, 13]);
    // every distinct span the facts file cites, claims' spans included (issue 18: each link cites its own words)
    expect(source!.evidence.totalCount).toBe(220);
  });
});

describe('country(code:)', () => {
  it('finds a country by ISO code and walks to its leaders, pledges, statements and positions', async () => {
    const { country } = await data<{ country: Record<string, unknown> }>(`{
      country(code: "RU") {
        id code name
        officeHolders { edges { node { name } } }
        pledges { totalCount }
        statements { totalCount edges { node { key } } }
        positions { edges { node { key about { edges { node { __typename key } } } } } }
      }
    }`);
    expect(country).toMatchObject({
      id: encodeId('Country', 'RU'),
      code: 'RU',
      name: 'Russia',
      officeHolders: { edges: [] },
      pledges: { totalCount: 0 },
      statements: { totalCount: 2, edges: [{ node: { key: 'russia-ceasefire-needs-settlement' } }, { node: { key: 'russia-rules-out-nato-troops' } }] },
    });
    expect((country.positions as Page<unknown>).edges.length).toBe(2);
  });

  it('answers null for a well-formed code the graph does not hold', async () => {
    expect(await data('{ country(code: "ZZ") { name } }')).toEqual({ country: null });
  });

  it('refuses a code that is not two capital letters with BAD_USER_INPUT', async () => {
    const response = await api.request('query ($code: String!) { country(code: $code) { name } }', { code: 'usa' });
    // `country` is nullable: the response has data ({ country: null }), so it is a 200 (GraphQL over HTTP).
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ country: null });
    expectError(response, 'BAD_USER_INPUT', 'code');
  });
});

describe('statements and their filters', () => {
  it('lists all statements by key, and walks to speaker, event and source', async () => {
    const { statements } = await data<{ statements: Page<{ key: string; speaker: { name: string }; event: { key: string } | null; source: { key: string } }> }>(
      '{ statements(first: 100) { totalCount edges { node { key speaker { name } event { key } source { key } } } } }',
    );
    expect(statements.totalCount).toBe(31); // with the AP's assessments of ¶15 and ¶25 (issue 18)
    const keys = statements.edges.map((edge) => edge.node.key);
    expect(keys).toEqual([...keys].sort());
    const joint = statements.edges.find((edge) => edge.node.key === 'joint-statement-first-line-of-defense')!.node;
    expect(joint).toEqual({
      key: 'joint-statement-first-line-of-defense',
      speaker: { name: "Ukraine's allies" },
      event: { key: 'paris-meeting' },
      source: { key: 'ap-paris-security-guarantees' },
    });
  });

  it('filters by speaker, by kind, by text, and by all of them together', async () => {
    expect(await keysOf('statements', 'filter: { speaker: "keir-starmer" }')).toEqual([
      'starmer-excellent-progress',
      'starmer-military-centers',
      'starmer-peace-requires-compromise',
      'starmer-putin-not-ready-for-peace',
      'starmer-russian-attacks-continue',
      'starmer-support-if-attacked',
      'starmer-toughest-parts-to-come',
    ]);
    expect(await keysOf('statements', 'filter: { speaker: "FR" }')).toEqual(['french-officials-attendance']);
    expect(await keysOf('statements', 'filter: { kind: JOINT_STATEMENT }')).toEqual(['joint-statement-first-line-of-defense']);
    expect(await keysOf('statements', 'filter: { text: "Putin" }')).toEqual(['starmer-putin-not-ready-for-peace']);
    expect(await keysOf('statements', 'filter: { speaker: "volodymyr-zelensky", kind: DIRECT_QUOTE, text: "determined" }')).toEqual([
      'zelensky-forces-and-command-determined',
      'zelensky-leadership-determined',
    ]);
  });
});

describe('commitments and their filters', () => {
  it('filters by pledger, beneficiary, domain, condition, condition kind and stage', async () => {
    expect(await keysOf('commitments')).toHaveLength(9);
    expect(await keysOf('commitments', 'filter: { pledger: "FR" }')).toEqual(['gb-fr-military-centers-and-weapons-storage']);
    // the monitoring and the weapons/technology/intelligence support name no beneficiary (issue 18)
    expect(await keysOf('commitments', 'filter: { beneficiary: "UA" }')).toHaveLength(7);
    expect(await keysOf('commitments', 'filter: { beneficiary: "GB" }')).toEqual([]);
    expect(await keysOf('commitments', 'filter: { domain: "reconstruction" }')).toEqual(['multi-level-security-guarantees']);
    expect(await keysOf('commitments', 'filter: { condition: "lawmaker-approval" }')).toEqual(['possible-multinational-force-deployment']);
    expect(await keysOf('commitments', 'filter: { conditionKind: RUSSIAN_ATTACK }')).toEqual(['support-in-event-of-future-attack']);
    expect(await keysOf('commitments', 'filter: { stage: PROPOSED }')).toEqual([
      'possible-multinational-force-deployment',
      'support-in-event-of-future-attack',
      'support-through-weapons-technology-intelligence',
    ]);
    expect(await keysOf('commitments', 'filter: { pledger: "ukraines-allies", stage: AGREED_IN_PRINCIPLE, domain: "sea" }')).toEqual([
      'air-ground-sea-support',
      'multi-level-security-guarantees',
    ]);
  });

  it('keeps undisclosed pledgers undisclosed: an empty list and a false flag', async () => {
    const { commitments } = await data<{ commitments: Page<Record<string, unknown>> }>(
      '{ commitments(filter: { stage: PROPOSED }) { edges { node { key pledgersDisclosed pledgers { edges { node { name } } } beneficiaryDisclosed beneficiary { code } } } } }',
    );
    const force = commitments.edges.find((edge) => edge.node.key === 'possible-multinational-force-deployment')!.node;
    expect(force).toEqual({
      key: 'possible-multinational-force-deployment',
      pledgersDisclosed: false,
      pledgers: connection([]),
      beneficiaryDisclosed: true,
      beneficiary: { code: 'UA' },
    });
  });

  it('walks from a commitment to everything around it', async () => {
    const { node } = await data<{ node: Record<string, unknown> }>(
      `query ($id: ID!) { node(id: $id) { ... on Commitment {
        domains { edges { node { key } } } priorities { edges { node { order } } } event { key }
        statements { totalCount } positions { edges { node { key } } } openQuestions { edges { node { key } } } risks { edges { node { key } } }
      } } }`,
      { id: encodeId('Commitment', 'multi-level-security-guarantees') },
    );
    expect(node).toMatchObject({
      domains: connection([{ key: 'air' }, { key: 'land' }, { key: 'reconstruction' }, { key: 'sea' }]),
      priorities: connection([]),
      event: { key: 'paris-meeting' },
      statements: { totalCount: 3 },
    });
    expect((node.positions as Page<unknown>).edges.length).toBe(2);
    expect((node.openQuestions as Page<unknown>).edges.length).toBe(1);
    expect((node.risks as Page<unknown>).edges.length).toBe(3);
  });
});

describe('node(id:)', () => {
  it('resolves the id of every kind of node back to that node', async () => {
    const ids = [
      ['Country', 'GB'],
      ['Organization', 'nato'],
      ['Person', 'putin'],
      ['Role', 'gb-prime-minister'],
      ['Event', 'paris-meeting'],
      ['Statement', 'ap-main-risk'],
      ['Commitment', 'support-in-event-of-future-attack'],
      ['Capability', 'weapons'],
      ['Domain', 'sea'],
      ['DomainLeadership', 'sea-leadership'],
      ['Priority', 'ceasefire-monitoring'],
      ['Condition', 'ratification'],
      ['Position', 'us-supports-security-guarantees'],
      ['OpenQuestion', 'us-military-contribution'],
      ['Risk', 'deterrence-remains-theoretical'],
      ['Source', 'ap-paris-security-guarantees'],
      ['Evidence', 'ap-paris-security-guarantees:6-10'],
    ] as const;
    for (const [label, key] of ids) {
      const id = encodeId(label, key);
      const { node } = await data<{ node: { __typename: string; id: string } }>('query ($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(node).toEqual({ __typename: label, id });
    }
  });

  it('answers null for a well-formed id of nothing, BAD_USER_INPUT for a malformed one', async () => {
    expect(await data('query ($id: ID!) { node(id: $id) { id } }', { id: encodeId('Country', 'ZZ') })).toEqual({ node: null });
    for (const id of ['garbage', '', Buffer.from('Spaceship:x').toString('base64url'), Buffer.from('Country:').toString('base64url'), '!!!']) {
      const response = await api.request('query ($id: ID!) { node(id: $id) { id } }', { id });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ node: null });
      expectError(response, 'BAD_USER_INPUT', 'id');
    }
  });

  it('walks the fact types reachable only through node', async () => {
    const { role, evidence, position, risk, question, leadership, capability } = await data<Record<string, Record<string, unknown>>>(
      `query ($role: ID!, $evidence: ID!, $position: ID!, $risk: ID!, $question: ID!, $leadership: ID!, $capability: ID!) {
        role: node(id: $role) { ... on Role { title holder { name } of { __typename name } } }
        evidence: node(id: $evidence) { ... on Evidence { quote start end source { key } facts { edges { node { __typename key } } } } }
        position: node(id: $position) { ... on Position { stance holder { name } about { edges { node { key } } } } }
        risk: node(id: $risk) { ... on Risk { threatens { edges { node { __typename key } } } } }
        question: node(id: $question) { ... on OpenQuestion { raisedBy { name } about { edges { node { key } } } } }
        leadership: node(id: $leadership) { ... on DomainLeadership { domain { key } leads { edges { node { name } } } disclosed statements { totalCount } openQuestions { edges { node { key } } } } }
        capability: node(id: $capability) { ... on Capability { name commitments { edges { node { key } } } } }
      }`,
      {
        role: encodeId('Role', 'gb-prime-minister'),
        evidence: encodeId('Evidence', 'ap-paris-security-guarantees:6-10'),
        position: encodeId('Position', 'us-supports-security-guarantees'),
        risk: encodeId('Risk', 'deterrence-remains-theoretical'),
        question: encodeId('OpenQuestion', 'ceasefire-monitoring-details'),
        leadership: encodeId('DomainLeadership', 'air-leadership'),
        capability: encodeId('Capability', 'weapons'),
      },
    );
    expect(role).toEqual({ title: 'Prime Minister', holder: { name: 'Keir Starmer' }, of: { __typename: 'Country', name: 'United Kingdom' } });
    expect(evidence).toEqual({
      quote: '(AP)',
      start: 6,
      end: 10,
      source: { key: 'ap-paris-security-guarantees' },
      // the byline is also the words that make the AP the speaker of its assessments and the one
      // who raises the questions its narration leaves open (the first 10 of 12, by type and key)
      facts: connection([
        { __typename: 'OpenQuestion', key: 'elements-remaining-to-be-discussed' },
        { __typename: 'OpenQuestion', key: 'russian-response-to-paris-meeting' },
        { __typename: 'OpenQuestion', key: 'support-forces-size-structure-funding' },
        { __typename: 'OpenQuestion', key: 'troop-deployment-not-announced' },
        { __typename: 'OpenQuestion', key: 'us-military-contribution' },
        { __typename: 'Organization', key: 'associated-press' },
        { __typename: 'Statement', key: 'ap-european-troop-deployment-obstacles' },
        { __typename: 'Statement', key: 'ap-framework-falls-short-of-binding' },
        { __typename: 'Statement', key: 'ap-largest-such-meeting' },
        { __typename: 'Statement', key: 'ap-main-risk' },
      ]),
    });
    expect(position).toMatchObject({ holder: { name: 'United States' }, about: connection([{ key: 'multi-level-security-guarantees' }]) });
    expect(risk).toEqual({
      threatens: connection([
        { __typename: 'Commitment', key: 'multi-level-security-guarantees' },
        { __typename: 'Country', key: 'UA' },
      ]),
    });
    expect(question).toEqual({ raisedBy: { name: 'Volodymyr Zelensky' }, about: connection([{ key: 'ceasefire-monitoring-and-verification' }]) });
    expect(leadership).toEqual({
      domain: { key: 'air' },
      leads: connection([]),
      disclosed: false,
      statements: { totalCount: 1 },
      openQuestions: connection([{ key: 'domain-lead-countries-not-named' }]),
    });
    expect(capability).toEqual({
      name: 'weapons',
      commitments: connection([{ key: 'long-term-military-assistance' }, { key: 'support-through-weapons-technology-intelligence' }]),
    });
  });
});

describe('events', () => {
  it('records only what the source gives, and walks to delegations, attendees, statements, commitments and priorities', async () => {
    const { events } = await data<{ events: Page<Record<string, unknown>> }>(`{ events { edges { node {
      name place dateText participantCount headsOfStateAndGovernmentCount countedInPerson
      delegations { edges { node { key size unnamedDelegates } } }
      attendees { edges { node { __typename key } } } statements { totalCount } commitments { totalCount } priorities { edges { node { order } } } openQuestions { edges { node { key } } }
    } } } }`);
    expect(events.edges[0]!.node).toEqual({
      name: 'Paris meeting on security guarantees for Ukraine',
      place: 'Paris',
      dateText: 'Tuesday',
      participantCount: 35,
      headsOfStateAndGovernmentCount: 27,
      countedInPerson: true,
      delegations: connection([
        { key: 'paris-meeting-ca', size: null, unnamedDelegates: null },
        { key: 'paris-meeting-eu', size: null, unnamedDelegates: null },
        { key: 'paris-meeting-nato', size: null, unnamedDelegates: null },
        { key: 'paris-meeting-us', size: 2, unnamedDelegates: 2 },
      ]),
      attendees: connection([
        { __typename: 'Country', key: 'CA' },
        { __typename: 'Organization', key: 'eu' },
        { __typename: 'Organization', key: 'nato' },
        { __typename: 'Organization', key: 'ukraines-allies' },
        { __typename: 'Country', key: 'US' },
      ]),
      statements: { totalCount: 4 },
      commitments: { totalCount: 6 },
      priorities: connection([{ order: 1 }, { order: 2 }, { order: 3 }, { order: 4 }, { order: 5 }]),
      openQuestions: connection([{ key: 'russian-response-to-paris-meeting' }]),
    });
  });
});

describe('search(query:)', () => {
  it('finds statements, commitments and evidence with the matched text, best first', async () => {
    const { search } = await data<{ search: Page<{ matchedText: string; score: number; node: { __typename: string; key: string } }> }>(
      '{ search(query: "Putin", first: 100) { totalCount edges { node { matchedText score node { __typename ... on Statement { key } ... on Commitment { key } ... on Evidence { key } ... on Person { key } } } } } }',
    );
    const hits = search.edges.map((edge) => edge.node);
    // Since issue 13 search reads names too: the person Putin is a hit (test/integration/find-anything.test.ts covers the rest).
    // three spans hold the name: the person's, Starmer's sentence, and the words his statement is about (issue 18)
    expect(hits.map((hit) => hit.node.__typename).sort()).toEqual(['Evidence', 'Evidence', 'Evidence', 'Person', 'Statement']);
    expect(hits.every((hit) => hit.matchedText.includes('Putin'))).toBe(true);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await keysOf('search', 'query: "military centers"', 'matchedText')).toContain(
      "In the event of a ceasefire, Britain and France will establish military centers throughout Ukraine and build secure facilities to store weapons and military equipment to support Ukraine's defense needs.",
    );
  });

  it('pages through every hit', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const { search }: { search: Page<{ matchedText: string }> } = await data(
        'query ($after: String) { search(query: "ceasefire", first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { matchedText } } } }',
        { after },
      );
      total = search.totalCount;
      seen.push(...search.edges.map((edge) => edge.node.matchedText));
      if (!search.pageInfo.hasNextPage) break;
      after = search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(total).toBeGreaterThan(10);
  });

  it('never reads user input as Lucene syntax', async () => {
    for (const query of ['"foo', 'AND OR (', 'ceasefire~', 'a:b', '\\', '*', 'NOT', '[1 TO 5]', '&& ||', '/regex/']) {
      const response = await api.request('query ($q: String!) { search(query: $q) { totalCount } }', { q: query });
      expect(response.errors).toBeUndefined();
    }
    expect(await keysOf('search', 'query: "\\"significant step"', 'matchedText')).toContain(
      'called the announcement a “significant step” toward ending the Russian invasion',
    );
  });

  it('refuses an empty or overlong search with BAD_USER_INPUT', async () => {
    for (const q of ['', '   ', 'x'.repeat(201)]) {
      expectError(await api.request('query ($q: String!) { search(query: $q) { totalCount } }', { q }), 'BAD_USER_INPUT', 'query');
    }
    expectError(await api.request('{ statements(filter: { text: " " }) { totalCount } }'), 'BAD_USER_INPUT', 'text');
  });
});

describe('pagination', () => {
  it('walks every page with first/after until hasNextPage is false', async () => {
    const seen: string[] = [];
    const infos: Page<unknown>['pageInfo'][] = [];
    let after: string | null = null;
    for (;;) {
      const { statements }: { statements: Page<{ key: string }> } = await data(
        'query ($after: String) { statements(first: 10, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } } }',
        { after },
      );
      infos.push(statements.pageInfo);
      seen.push(...statements.edges.map((edge) => edge.node.key));
      expect(statements.pageInfo.startCursor).toBe(statements.edges[0]?.cursor ?? null);
      expect(statements.pageInfo.endCursor).toBe(statements.edges.at(-1)?.cursor ?? null);
      if (!statements.pageInfo.hasNextPage) break;
      after = statements.pageInfo.endCursor;
    }
    expect(seen).toEqual(await keysOf('statements', 'first: 100'));
    expect(new Set(seen).size).toBe(31);
    expect(infos.map((info) => [info.hasPreviousPage, info.hasNextPage])).toEqual([
      [false, true],
      [true, true],
      [true, true],
      [true, false],
    ]);
  });

  it('pages nested connections too', async () => {
    const first = await data<{ priority: { commitments: Page<{ key: string }> } }>(
      'query ($id: ID!) { priority: node(id: $id) { ... on Priority { commitments(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } } } }',
      { id: encodeId('Priority', 'support-for-ukrainian-armed-forces') },
    );
    expect(first.priority.commitments.totalCount).toBe(3);
    expect(first.priority.commitments.pageInfo.hasNextPage).toBe(true);
    const second = await data<{ priority: { commitments: Page<{ key: string }> } }>(
      'query ($id: ID!, $after: String) { priority: node(id: $id) { ... on Priority { commitments(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { key } } } } } }',
      { id: encodeId('Priority', 'support-for-ukrainian-armed-forces'), after: first.priority.commitments.pageInfo.endCursor },
    );
    expect(second.priority.commitments.edges.map((edge) => edge.node.key)).toEqual(['long-term-military-assistance']);
    expect(second.priority.commitments.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('answers an empty page past the end', async () => {
    const { countries } = await data<{ countries: Page<unknown> }>(
      'query ($after: String) { countries(after: $after) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }',
      {
        after: Buffer.from('offset:50').toString('base64url'),
      },
    );
    expect(countries).toEqual({ totalCount: 6, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([0, 101, -1])('refuses first: %d, as a literal and as a variable, with BAD_USER_INPUT', async (first) => {
    const literal = await api.request(`{ countries(first: ${first}) { totalCount } }`);
    expect(literal.status).toBe(400);
    expectError(literal, 'BAD_USER_INPUT', 'first');
    const variable = await api.request('query ($first: Int) { commitments(first: $first) { totalCount } }', { first });
    expectError(variable, 'BAD_USER_INPUT', 'first');
    const nested = await api.request('query ($first: Int) { countries { edges { node { pledges(first: $first) { totalCount } } } } }', { first });
    expectError(nested, 'BAD_USER_INPUT', 'first');
  });

  it('refuses a page size far out of range that comes through a variable', async () => {
    const response = await api.request('query ($first: Int) { statements(first: $first) { totalCount } }', { first: 1000 });
    expect(response.status).toBe(400);
    expectError(response, 'BAD_USER_INPUT', 'first');
  });

  it('refuses a garbled cursor with BAD_USER_INPUT', async () => {
    for (const after of ['nope', 'b2Zmc2V0Oi0x', Buffer.from('offset:1.5').toString('base64url'), Buffer.from('page:2').toString('base64url'), '%%%']) {
      const response = await api.request('query ($after: String) { statements(after: $after) { totalCount } }', { after });
      expect(response.status).toBe(400);
      expectError(response, 'BAD_USER_INPUT', 'after');
    }
  });
});

describe('when the database is down', () => {
  it('fails fast with SERVICE_UNAVAILABLE and no driver text', async () => {
    const driver = createDriver(
      { uri: `bolt://127.0.0.1:${await freePort()}` },
      { connectionTimeoutMs: 500, acquisitionTimeoutMs: 1_000, maxRetryTimeMs: 500 },
    );
    const server = await startServer({ config: { host: '127.0.0.1', port: 0 }, logger: pino({ level: 'silent' }), db: { driver } });
    try {
      const startedAt = Date.now();
      const response = await postGraphQL(server.url, '{ countries { totalCount } }');
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      expectError(response, 'SERVICE_UNAVAILABLE');
      expect(response.errors?.[0]?.message).toBe('The graph database is unavailable; try again shortly.');
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});
