/**
 * The bench compares answers through `canonical`, which sorts every array; the questions whose
 * point is an order (sorted, counted in name order, search hits in key order) must still tell two
 * answers in different orders apart. Whether the three servers agree is checked by the bench
 * itself against a real graph, before anything is timed.
 */
import { parse } from 'graphql';
import { canonical, QUESTIONS, type Question } from '../../bench/questions';

type Json = Record<string, unknown>;
const question = (name: string): Question => QUESTIONS.find((q) => q.name === name)!;
const connection = (nodes: Json[], extra: Json = {}) => ({ ...extra, edges: nodes.map((node) => ({ node })) });

const people = [
  { key: 'b', name: 'Zoe', roles: connection([{ key: 'r', title: 'Minister' }]), statements: connection([{ text: 'yes' }], { totalCount: 1 }) },
  { key: 'a', name: 'Yann', roles: connection([]), statements: connection([], { totalCount: 0 }) },
];
const countries = [
  { code: 'CA', name: 'Canada', pledges: { totalCount: 0 } },
  { code: 'FR', name: 'France', pledges: { totalCount: 2 } },
];
const statements = [
  { key: 's1', text: 'a ceasefire', evidence: connection([{ key: 'e1', quote: 'a ceasefire', start: 1, end: 12 }]) },
  { key: 's2', text: 'the ceasefire', evidence: connection([]) },
];

const ordered: [string, (nodes: Json[]) => Json][] = [
  ['who-comes-last-by-name', (nodes) => ({ people: connection(nodes, { totalCount: nodes.length }) })],
  ['how-many-pledges-per-country', (nodes) => ({ countries: connection(nodes, { totalCount: nodes.length }) })],
  ['which-statements-say-a-word', (nodes) => ({ statements: connection(nodes, { totalCount: nodes.length }) })],
];
const nodesOf: Record<string, Json[]> = {
  'who-comes-last-by-name': people,
  'how-many-pledges-per-country': countries,
  'which-statements-say-a-word': statements,
};

describe('the bench questions', () => {
  it('have names of their own and GraphQL that parses, for pledgegraph and the peer', () => {
    expect(new Set(QUESTIONS.map((q) => q.name)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      expect(() => parse(q.pledgegraph.query)).not.toThrow();
      expect(() => parse(q.peer.query)).not.toThrow();
    }
  });

  it.each(ordered)('%s: the same items in another order are another answer', (name, data) => {
    const { normalise } = question(name).pledgegraph;
    const nodes = nodesOf[name]!;
    const inOrder = canonical(normalise(data(nodes)));
    expect(canonical(normalise(data([...nodes])))).toBe(inOrder);
    expect(canonical(normalise(data([...nodes].reverse())))).not.toBe(inOrder);
  });

  it('reads the peer the same way: its sorted people, counted countries and search hits normalise like pledgegraph’s', () => {
    const peer = (name: string, data: Json) => canonical(question(name).peer.normalise(data));
    const mine = (name: string, data: Json) => canonical(question(name).pledgegraph.normalise(data));
    expect(
      peer('who-comes-last-by-name', {
        peopleConnection: connection(
          people.map((p) => ({ key: p.key, name: p.name, roles: p.roles.edges.map((e) => e.node), statementsConnection: p.statements })),
          { totalCount: 2 },
        ),
      }),
    ).toBe(mine('who-comes-last-by-name', { people: connection(people, { totalCount: 2 }) }));
    expect(
      peer('how-many-pledges-per-country', {
        countriesConnection: connection(
          countries.map((c) => ({ key: c.code, name: c.name, pledgesConnection: { aggregate: { count: { nodes: c.pledges.totalCount } } } })),
          { aggregate: { count: { nodes: 2 } } },
        ),
      }),
    ).toBe(mine('how-many-pledges-per-country', { countries: connection(countries, { totalCount: 2 }) }));
    expect(
      peer('which-statements-say-a-word', {
        statementsByText: connection(
          statements.map((s) => ({ ...s, evidence: s.evidence.edges.map((e) => e.node) })),
          { totalCount: 2 },
        ),
      }),
    ).toBe(mine('which-statements-say-a-word', { statements: connection(statements, { totalCount: 2 }) }));
  });
});
