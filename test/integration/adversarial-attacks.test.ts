/**
 * The attacks of `npm run bench:adversarial` (bench/support/attacks.ts) must be ones the documented
 * limits let through, or the bench would silently measure refusals: each is checked here by the
 * real server (on an empty graph, so nothing is costly to run), with its default limits, after
 * being generated from that server's introspected schema exactly as the bench does.
 */
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { generatedAttacks, handWrittenAttacks, type Attack, type SkippedAttack } from '../../bench/support/attacks';
import { checkAgainstLimits } from '../../bench/support/limit-check';
import { DEFAULT_LIMITS } from '../../src/config';
import { applyMigrations } from '../../src/neo4j/migrations';
import { errorCodes, postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { clearDatabase, getTestDriver } from '../support/neo4j';

const driver = getTestDriver();
let api: TestServer;
let schema: GraphQLSchema;
let attacks: Attack[];
let skipped: SkippedAttack[];

beforeAll(async () => {
  await clearDatabase(driver);
  await applyMigrations(driver);
  api = await startTestServer({ driver });
  const introspection = await postGraphQL(api.url, { query: getIntrospectionQuery() });
  schema = buildClientSchema((introspection.json?.data ?? {}) as IntrospectionQuery);
  const hand = handWrittenAttacks(schema);
  attacks = [...hand.attacks, ...generatedAttacks(schema)];
  skipped = hand.skipped;
  // The search above blocks this process (and so the in-process server) for seconds: the server
  // then closes the idle keep-alive socket just as the next request reuses it. A fresh server on a
  // fresh port answers the attacks.
  await api.stop();
  api = await startTestServer({ driver });
});
afterAll(() => api.stop());

describe('bench:adversarial attacks', () => {
  it('are generated from the schema (chains through three root fields, a fragment variant, one in parallel) and none is skipped', () => {
    const names = attacks.map((attack) => attack.name);
    expect(names).toEqual(expect.arrayContaining(['chain-1', 'chain-2', 'chain-3', 'fragment-spreads', 'chain-1 ×4 parallel']));
    expect(names).toEqual(
      expect.arrayContaining(['issue-chain', 'aliases-on-text', 'search-common-word', 'search-long-query', 'big-pages-variables', 'deep-nesting']),
    );
    expect(skipped).toEqual([]);
  });

  it('are within every limit by the server rules the bench applies: cost, depth, aliases, tokens, page sizes, body', () => {
    for (const attack of attacks) {
      const verdict = checkAgainstLimits(schema, attack.request);
      expect({ attack: attack.name, problems: verdict.problems }).toEqual({ attack: attack.name, problems: [] });
      expect(verdict.cost).toBeLessThanOrEqual(DEFAULT_LIMITS.cost);
      expect(verdict.depth).toBeLessThanOrEqual(DEFAULT_LIMITS.depth);
      expect(verdict.aliases).toBeLessThanOrEqual(DEFAULT_LIMITS.aliases);
      expect(verdict.tokens).toBeLessThanOrEqual(DEFAULT_LIMITS.tokens);
      expect(verdict.bodyBytes).toBeLessThanOrEqual(DEFAULT_LIMITS.bodyBytes);
    }
  });

  // The graph is empty, yet the eleven requests took 26 s in all on the shared 2-core machine.
  it('are all served by the real server with its default limits (HTTP 200, no error)', async () => {
    for (const attack of attacks) {
      const response = await postGraphQL(api.url, attack.request);
      expect({ attack: attack.name, status: response.status, codes: errorCodes(response) }).toEqual({ attack: attack.name, status: 200, codes: [] });
    }
  }, 240_000);

  it('sit at the limit: any generated chain with one page one larger is refused', async () => {
    const chains = attacks.filter((attack) => /^chain-\d+$|^fragment-spreads$/.test(attack.name));
    expect(chains.length).toBeGreaterThanOrEqual(4);
    for (const attack of chains) {
      const variables = attack.request.variables ?? {};
      expect(Object.keys(variables).length).toBeGreaterThan(0);
      for (const name of Object.keys(variables)) {
        const bigger = { ...attack.request, variables: { ...variables, [name]: (variables[name] as number) + 1 } };
        const response = await postGraphQL(api.url, bigger);
        expect({ attack: attack.name, variable: name, status: response.status }).toEqual({ attack: attack.name, variable: name, status: 400 });
      }
    }
  });

  it("the bench's check refuses what the server refuses", async () => {
    const deep = `{ statements { edges { node { speaker { statements { edges { node { speaker { statements { edges { node { key } } } } } } } } } } } }`;
    const costly = {
      query: 'query($n: Int) { countries(first: $n) { edges { node { pledges(first: $n) { edges { node { key } } } } } } }',
      variables: { n: 100 },
    };
    for (const request of [{ query: deep }, costly]) {
      expect(checkAgainstLimits(schema, request).ok).toBe(false);
      expect((await postGraphQL(api.url, request)).status).toBe(400);
    }
  });
});
