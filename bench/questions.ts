/**
 * The questions the benchmark asks, each three ways: pledgegraph's own operation
 * (operations/*.graphql), the same question to the @neo4j/graphql peer, and one hand-written Cypher
 * query for the raw-driver floor — plus how to bring each answer to one canonical shape, so the
 * harness can check all three return the same data before it times them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cypherInt } from '../src/neo4j/values';
import { PROJECT_ROOT } from '../src/project-root';

type Json = Record<string, unknown>;
type Normalise = (data: Json) => unknown;

export interface Question {
  name: string;
  /** Whether a page (`first`) bounds the answer, for the "p95 at scale 1000 within 2× of scale 1" target. */
  paginated: boolean;
  pledgegraph: { query: string; variables: Json; normalise: Normalise };
  peer: { query: string; variables: Json; normalise: Normalise };
  floor: { cypher: string; params: Json; normalise: Normalise };
}

const operation = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'operations', `${name}.graphql`), 'utf8');
const PAGE = 20;
/** The default page of a nested connection (src/graphql/schema/*.graphql), which the operations mostly keep. */
const NESTED = 10;
/** who-leads-each-country asks 10 countries, 5 office holders each (3 roles, 3 statements): its cost stays under the limit. */
const LEADERS = { countries: 10, holders: 5, roles: 3, statements: 3 };
/** which-nations-lead-which-domain's pages (operations/which-nations-lead-which-domain.graphql). */
const DOMAINS = { domains: 10, leadership: 3, leads: 5, conditions: 5, evidence: 2, commitments: 5 };
/** The sorted question: the last people by name (descending, the key breaking ties), each with its roles and first statements. */
const SORTED = { people: 20, statements: 3 };
/** The counted question: the first countries by name, each with how many commitments it pledged. */
const COUNTED = { countries: 20 };
/** The search: statements whose text has the word, in the `statement_text` full-text index all three read, in key order. */
const SEARCH = { words: 'ceasefire', first: 20 };

const edges = (connection: unknown): Json[] => ((connection as { edges: { node: Json }[] } | null)?.edges ?? []).map((edge) => edge.node);
const actor = (a: Json) => ({ type: a.__typename, name: a.name, ...(a.key === undefined ? {} : { key: a.key }) });

/** The biggest pledger of the synthetic cast (ISO user-assigned code): its fan-out grows with the scale. */
export const FAN_OUT_COUNTRY = 'AA';

export const QUESTIONS: Question[] = [
  {
    name: 'who-leads-each-country',
    paginated: true,
    pledgegraph: {
      query: operation('who-leads-each-country'),
      variables: { first: LEADERS.countries },
      normalise: (data) => {
        const countries = data.countries as Json;
        return {
          total: countries.totalCount,
          countries: edges(countries).map((c) => ({
            code: c.code,
            name: c.name,
            leaders: edges(c.officeHolders).map((p) => ({
              name: p.name,
              roles: edges(p.roles).map((r) => r.title),
              statements: edges(p.statements).map((s) => ({ text: s.text })),
            })),
          })),
        };
      },
    },
    peer: {
      query: /* GraphQL */ `
        query ($first: Int) {
          countriesConnection(first: $first, sort: [{ name: ASC }, { key: ASC }]) {
            totalCount
            edges { node { key name officeHolders(first: ${LEADERS.holders}) {
              name
              rolesConnection(first: ${LEADERS.roles}, sort: [{ node: { key: ASC } }]) { edges { node { title } } }
              statementsConnection(first: ${LEADERS.statements}, sort: [{ node: { key: ASC } }]) { edges { node { text } } }
            } } }
          }
        }`,
      variables: { first: LEADERS.countries },
      normalise: (data) => {
        const countries = data.countriesConnection as Json;
        return {
          total: countries.totalCount,
          countries: edges(countries).map((c) => ({
            code: c.key,
            name: c.name,
            leaders: (c.officeHolders as Json[]).map((p) => ({
              name: p.name,
              roles: edges(p.rolesConnection).map((r) => r.title),
              statements: edges(p.statementsConnection).map((s) => ({ text: s.text })),
            })),
          })),
        };
      },
    },
    floor: {
      cypher: `
        CALL () { MATCH (c:Country) RETURN count(c) AS total }
        CALL () {
          MATCH (c:Country) WHERE c.name IS NOT NULL AND c.key IS NOT NULL WITH c ORDER BY c.name, c.key LIMIT $first
          RETURN collect({code: c.key, name: c.name, leaders: COLLECT {
            MATCH (c)<-[:OF]-()<-[:HOLDS]-(p) WITH DISTINCT p ORDER BY p.name, p.key LIMIT $holders
            RETURN {name: p.name, roles: COLLECT { MATCH (p)-[:HOLDS]->(r) WITH r ORDER BY r.key LIMIT $roles RETURN r.title }, statements: COLLECT {
              MATCH (s)-[made:MADE_BY {endKey: p.key}]->(p) USING INDEX made:MADE_BY(endKey, startKey) WHERE made.startKey IS NOT NULL
              WITH s, made ORDER BY made.endKey, made.startKey LIMIT $statements
              RETURN {text: s.text}
            }}
          }}) AS countries
        }
        RETURN total, countries`,
      params: { first: LEADERS.countries, holders: LEADERS.holders, roles: LEADERS.roles, statements: LEADERS.statements },
      normalise: (data) => data,
    },
  },
  {
    name: 'what-did-a-country-pledge',
    paginated: true,
    pledgegraph: {
      query: operation('what-did-the-united-kingdom-pledge'),
      variables: { code: FAN_OUT_COUNTRY },
      normalise: (data) => {
        const country = data.country as Json;
        return { name: country.name, total: (country.pledges as Json).totalCount, pledges: edges(country.pledges).map(pledgeAnswered) };
      },
    },
    peer: {
      query: /* GraphQL */ `
        query ($code: String!) {
          countries(where: { key: { eq: $code } }) {
            name
            pledgesConnection(first: ${NESTED}, sort: [{ node: { key: ASC } }]) {
              totalCount
              edges { node {
                key summary stage bindingness
                pledgersConnection(first: ${NESTED}, sort: [{ node: { name: ASC } }, { node: { key: ASC } }]) { edges { node { __typename key name } } }
                capabilitiesConnection(first: ${NESTED}, sort: [{ node: { key: ASC } }]) { edges { node { key name } } }
                conditionsConnection(first: ${NESTED}, sort: [{ node: { key: ASC } }]) { edges { node { key kind description } } }
                evidenceConnection(first: ${NESTED}, sort: [{ node: { start: ASC } }, { node: { end: ASC } }, { node: { key: ASC } }]) { edges { node { key quote start end } } }
              } }
            }
          }
        }`,
      variables: { code: FAN_OUT_COUNTRY },
      normalise: (data) => {
        const country = (data.countries as Json[])[0] as Json;
        return { name: country.name, total: (country.pledgesConnection as Json).totalCount, pledges: edges(country.pledgesConnection).map(pledgePeer) };
      },
    },
    floor: {
      cypher: `
        MATCH (c:Country {key: $code})
        CALL (c) {
          MATCH (m)-[pledged:PLEDGED_BY {endKey: c.key}]->(c) USING INDEX pledged:PLEDGED_BY(endKey, startKey) WHERE pledged.startKey IS NOT NULL
          WITH m, pledged ORDER BY pledged.endKey, pledged.startKey LIMIT $first
          RETURN collect(m {.key, .summary, .stage, .bindingness,
            pledgers: COLLECT { MATCH (m)-[:PLEDGED_BY]->(p) WITH p ORDER BY p.name, p.key LIMIT $first
              RETURN {__typename: labels(p)[0], key: p.key, name: p.name} },
            capabilities: COLLECT { MATCH (m)-[:PROVIDES]->(x) WITH x ORDER BY x.key LIMIT $first RETURN x {.key, .name} },
            conditions: COLLECT { MATCH (m)-[:CONDITIONAL_ON]->(k) WITH k ORDER BY k.key LIMIT $first RETURN k {.key, .kind, .description} },
            evidence: COLLECT { MATCH (m)-[:EVIDENCED_BY]->(e) WITH e ORDER BY e.start, e.end, e.key LIMIT $first
              RETURN e {.key, .quote, .start, .end} }}) AS pledges
        }
        RETURN c.name AS name, COUNT { (c)<-[:PLEDGED_BY]-() } AS total, pledges`,
      params: { code: FAN_OUT_COUNTRY, first: NESTED },
      normalise: (data) => ({ name: data.name, total: data.total, pledges: (data.pledges as Json[]).map(pledgeFloor) }),
    },
  },
  {
    name: 'which-nations-lead-which-domain',
    paginated: true,
    pledgegraph: {
      query: operation('which-nations-lead-which-domain'),
      variables: {},
      normalise: (data) =>
        edges(data.domains).map((d) =>
          domain(
            d,
            edges(d.leadership).map((l) => ({ ...l, leads: edges(l.leads), conditions: edges(l.conditions), evidence: edges(l.evidence) })),
            edges(d.commitments).map((m) => ({ ...m, conditions: edges(m.conditions) })),
          ),
        ),
    },
    peer: {
      query: /* GraphQL */ `
        {
          domainsConnection(first: ${DOMAINS.domains}, sort: [{ name: ASC }, { key: ASC }]) {
            edges { node {
              name
              leadershipConnection(first: ${DOMAINS.leadership}, sort: [{ node: { key: ASC } }]) { edges { node {
                key disclosed determined
                leadsConnection(first: ${DOMAINS.leads}, sort: [{ node: { name: ASC } }, { node: { key: ASC } }]) { edges { node { __typename key name } } }
                conditionsConnection(first: ${DOMAINS.conditions}, sort: [{ node: { key: ASC } }]) { edges { node { key kind description } } }
                evidenceConnection(first: ${DOMAINS.evidence}, sort: [{ node: { start: ASC } }, { node: { end: ASC } }, { node: { key: ASC } }]) { edges { node { key quote start end source { key publisher } } } }
              } } }
              commitmentsConnection(first: ${DOMAINS.commitments}, sort: [{ node: { key: ASC } }]) { edges { node {
                key stage conditionsConnection(first: ${DOMAINS.conditions}, sort: [{ node: { key: ASC } }]) { edges { node { key } } }
              } } }
            } }
          }
        }`,
      variables: {},
      normalise: (data) =>
        edges(data.domainsConnection).map((d) =>
          domain(
            d,
            edges(d.leadershipConnection).map((l) => ({
              ...l,
              leads: edges(l.leadsConnection),
              conditions: edges(l.conditionsConnection),
              evidence: edges(l.evidenceConnection).map((e) => ({ ...e, source: (e.source as Json[])[0] })),
            })),
            edges(d.commitmentsConnection).map((m) => ({ ...m, conditions: edges(m.conditionsConnection) })),
          ),
        ),
    },
    floor: {
      cypher: `
        MATCH (d:Domain) WITH d ORDER BY d.name, d.key LIMIT $first
        RETURN collect({name: d.name,
          leadership: COLLECT {
            MATCH (l)-[claimed:FOR_DOMAIN {endKey: d.key}]->(d) USING INDEX claimed:FOR_DOMAIN(endKey, startKey) WHERE claimed.startKey IS NOT NULL
            WITH l, claimed ORDER BY claimed.endKey, claimed.startKey LIMIT $leadership
            RETURN l {.key, .disclosed, .determined,
              leads: COLLECT { MATCH (l)-[:LED_BY]->(a) WITH a ORDER BY a.name, a.key LIMIT $leads
                RETURN {__typename: labels(a)[0], key: a.key, name: a.name} },
              conditions: COLLECT { MATCH (l)-[:CONDITIONAL_ON]->(k) WITH k ORDER BY k.key LIMIT $conditions RETURN k {.key, .kind, .description} },
              evidence: COLLECT { MATCH (l)-[:EVIDENCED_BY]->(e) WITH e ORDER BY e.start, e.end, e.key LIMIT $evidence
                MATCH (e)-[:IN]->(s) RETURN e {.key, .quote, .start, .end, source: s {.key, .publisher}} }} },
          commitments: COLLECT {
            MATCH (m)-[within:IN_DOMAIN {endKey: d.key}]->(d) USING INDEX within:IN_DOMAIN(endKey, startKey) WHERE within.startKey IS NOT NULL
            WITH m, within ORDER BY within.endKey, within.startKey LIMIT $commitments
            RETURN {key: m.key, stage: m.stage,
              conditions: COLLECT { MATCH (m)-[:CONDITIONAL_ON]->(k) WITH k ORDER BY k.key LIMIT $conditions RETURN {key: k.key} }} }
        }) AS domains`,
      params: {
        first: DOMAINS.domains,
        commitments: DOMAINS.commitments,
        leadership: DOMAINS.leadership,
        leads: DOMAINS.leads,
        conditions: DOMAINS.conditions,
        evidence: DOMAINS.evidence,
      },
      normalise: (data) => (data.domains as Json[]).map((d) => domain(d, d.leadership as Json[], d.commitments as Json[])),
    },
  },
  {
    name: 'what-are-the-priorities',
    paginated: true,
    pledgegraph: {
      query: operation('what-are-the-five-priorities'),
      variables: {},
      normalise: (data) => ({
        total: (data.priorities as Json).totalCount,
        priorities: edges(data.priorities).map((p) => ({ order: p.order, title: p.title, commitments: edges(p.commitments) })),
      }),
    },
    peer: {
      query: /* GraphQL */ `
        {
          prioritiesConnection(first: ${PAGE}, sort: [{ order: ASC }, { key: ASC }]) {
            totalCount
            edges { node { order title commitmentsConnection(first: ${NESTED}, sort: [{ node: { key: ASC } }]) { edges { node { key summary stage } } } } }
          }
        }`,
      variables: {},
      normalise: (data) => ({
        total: (data.prioritiesConnection as Json).totalCount,
        priorities: edges(data.prioritiesConnection).map((p) => ({ order: p.order, title: p.title, commitments: edges(p.commitmentsConnection) })),
      }),
    },
    floor: {
      cypher: `
        CALL () { MATCH (p:Priority) RETURN count(p) AS total }
        CALL () {
          MATCH (p:Priority) WHERE p.order IS NOT NULL AND p.key IS NOT NULL WITH p ORDER BY p.order, p.key LIMIT $first
          RETURN collect({order: p.order, title: p.title, commitments: COLLECT {
            MATCH (p)<-[:SERVES]-(m) WITH m ORDER BY m.key LIMIT $nested RETURN m {.key, .summary, .stage} }}) AS priorities
        }
        RETURN total, priorities`,
      params: { first: PAGE, nested: NESTED },
      normalise: (data) => data,
    },
  },
  {
    name: 'who-comes-last-by-name',
    paginated: true,
    pledgegraph: {
      query: /* GraphQL */ `
        query ($first: Int, $statements: Int) {
          people(first: $first, orderBy: [{ field: NAME, direction: DESC }]) {
            totalCount
            edges {
              node {
                key
                name
                roles {
                  edges {
                    node {
                      key
                      title
                    }
                  }
                }
                statements(first: $statements) {
                  totalCount
                  edges {
                    node {
                      text
                    }
                  }
                }
              }
            }
          }
        }
      `,
      variables: { first: SORTED.people, statements: SORTED.statements },
      normalise: (data) => {
        const people = data.people as Json;
        return {
          total: people.totalCount,
          people: ranked(edges(people).map((p) => personAnswered(p, edges(p.roles), { total: (p.statements as Json).totalCount, rows: edges(p.statements) }))),
        };
      },
    },
    peer: {
      query: /* GraphQL */ `
        query ($first: Int, $statements: Int) {
          peopleConnection(first: $first, sort: [{ name: DESC }, { key: ASC }]) {
            totalCount
            edges {
              node {
                key
                name
                rolesConnection(first: ${NESTED}, sort: [{ node: { key: ASC } }]) {
                  edges {
                    node {
                      key
                      title
                    }
                  }
                }
                statementsConnection(first: $statements, sort: [{ node: { key: ASC } }]) {
                  totalCount
                  edges {
                    node {
                      text
                    }
                  }
                }
              }
            }
          }
        }
      `,
      variables: { first: SORTED.people, statements: SORTED.statements },
      normalise: (data) => {
        const people = data.peopleConnection as Json;
        return {
          total: people.totalCount,
          people: ranked(
            edges(people).map((p) =>
              personAnswered(p, edges(p.rolesConnection), { total: (p.statementsConnection as Json).totalCount, rows: edges(p.statementsConnection) }),
            ),
          ),
        };
      },
    },
    floor: {
      cypher: `
        CALL () { MATCH (p:Person) RETURN count(p) AS total }
        CALL () {
          MATCH (p:Person) WHERE p.name IS NOT NULL AND p.key IS NOT NULL WITH p ORDER BY p.name DESC, p.key ASC LIMIT $first
          RETURN collect({key: p.key, name: p.name,
            roles: COLLECT { MATCH (p)-[:HOLDS]->(r) WITH r ORDER BY r.key LIMIT $nested RETURN r {.key, .title} },
            statements: {total: COUNT { (p)<-[:MADE_BY]-() }, rows: COLLECT {
              MATCH (s)-[made:MADE_BY {endKey: p.key}]->(p) USING INDEX made:MADE_BY(endKey, startKey) WHERE made.startKey IS NOT NULL
              WITH s, made ORDER BY made.endKey, made.startKey LIMIT $statements RETURN s {.text} }}}) AS people
        }
        RETURN total, people`,
      params: { first: SORTED.people, nested: NESTED, statements: SORTED.statements },
      normalise: (data) => ({
        total: data.total,
        people: ranked((data.people as Json[]).map((p) => personAnswered(p, p.roles as Json[], p.statements as { total: unknown; rows: Json[] }))),
      }),
    },
  },
  {
    name: 'how-many-pledges-per-country',
    paginated: true,
    pledgegraph: {
      query: /* GraphQL */ `
        query ($first: Int) {
          countries(first: $first) {
            totalCount
            edges {
              node {
                code
                name
                pledges {
                  totalCount
                }
              }
            }
          }
        }
      `,
      variables: { first: COUNTED.countries },
      normalise: (data) => {
        const countries = data.countries as Json;
        return {
          total: countries.totalCount,
          countries: ranked(edges(countries).map((c) => ({ code: c.code, name: c.name, pledges: (c.pledges as Json).totalCount }))),
        };
      },
    },
    peer: {
      query: /* GraphQL */ `
        query ($first: Int) {
          countriesConnection(first: $first, sort: [{ name: ASC }, { key: ASC }]) {
            aggregate {
              count {
                nodes
              }
            }
            edges {
              node {
                key
                name
                pledgesConnection {
                  aggregate {
                    count {
                      nodes
                    }
                  }
                }
              }
            }
          }
        }
      `,
      variables: { first: COUNTED.countries },
      normalise: (data) => {
        const countries = data.countriesConnection as Json;
        const count = (connection: unknown) => ((connection as Json).aggregate as { count: { nodes: number } }).count.nodes;
        return {
          total: count(countries),
          countries: ranked(edges(countries).map((c) => ({ code: c.key, name: c.name, pledges: count(c.pledgesConnection) }))),
        };
      },
    },
    floor: {
      cypher: `
        CALL () { MATCH (c:Country) RETURN count(c) AS total }
        CALL () {
          MATCH (c:Country) WHERE c.name IS NOT NULL AND c.key IS NOT NULL WITH c ORDER BY c.name, c.key LIMIT $first
          RETURN collect({code: c.key, name: c.name, pledges: COUNT { (c)<-[:PLEDGED_BY]-() }}) AS countries
        }
        RETURN total, countries`,
      params: { first: COUNTED.countries },
      normalise: (data) => ({ total: data.total, countries: ranked(data.countries as Json[]) }),
    },
  },
  {
    name: 'which-statements-say-a-word',
    paginated: true,
    pledgegraph: {
      query: /* GraphQL */ `
        query ($words: String!, $first: Int) {
          statements(filter: { text: $words }, first: $first) {
            totalCount
            edges {
              node {
                key
                text
                evidence {
                  edges {
                    node {
                      key
                      quote
                      start
                      end
                    }
                  }
                }
              }
            }
          }
        }
      `,
      variables: { words: SEARCH.words, first: SEARCH.first },
      normalise: (data) => {
        const statements = data.statements as Json;
        return { total: statements.totalCount, statements: ranked(edges(statements).map((s) => hitAnswered(s, edges(s.evidence)))) };
      },
    },
    peer: {
      query: /* GraphQL */ `
        query ($words: String!, $first: Int) {
          statementsByText(phrase: $words, first: $first, sort: [{ node: { key: ASC } }]) {
            totalCount
            edges {
              node {
                key
                text
                evidenceConnection(first: ${NESTED}, sort: [{ node: { start: ASC } }, { node: { end: ASC } }, { node: { key: ASC } }]) {
                  edges {
                    node {
                      key
                      quote
                      start
                      end
                    }
                  }
                }
              }
            }
          }
        }
      `,
      variables: { words: SEARCH.words, first: SEARCH.first },
      normalise: (data) => {
        const statements = data.statementsByText as Json;
        return { total: statements.totalCount, statements: ranked(edges(statements).map((s) => hitAnswered(s, edges(s.evidenceConnection)))) };
      },
    },
    floor: {
      cypher: `
        CALL db.index.fulltext.queryNodes('statement_text', $words) YIELD node
        WITH collect(node) AS hits
        CALL (hits) {
          UNWIND hits AS node WITH node ORDER BY node.key LIMIT $first
          RETURN collect({key: node.key, text: node.text, evidence: COLLECT {
            MATCH (node)-[:EVIDENCED_BY]->(e) WITH e ORDER BY e.start, e.end, e.key LIMIT $nested RETURN e {.key, .quote, .start, .end} }}) AS statements
        }
        RETURN size(hits) AS total, statements`,
      params: { words: SEARCH.words, first: SEARCH.first, nested: NESTED },
      normalise: (data) => ({ total: data.total, statements: ranked((data.statements as Json[]).map((s) => hitAnswered(s, s.evidence as Json[]))) }),
    },
  },
];

/**
 * `canonical` sorts every array, so order alone would never tell two answers apart: a question
 * whose point is its order numbers its items, and the numbers are compared with the rest.
 */
const ranked = (items: Json[]): Json[] => items.map((item, rank) => ({ rank, ...item }));

/** A person as all three answer the sorted question, each list the page all three asked for. */
const personAnswered = (p: Json, roles: Json[], statements: { total: unknown; rows: Json[] }) => ({
  key: p.key,
  name: p.name,
  roles: roles.map((r) => r.title),
  statements: { total: statements.total, texts: statements.rows.map((s) => s.text) },
});

/** A search hit as all three answer it: the statement and its evidence's first page (by start, end, key). */
const hitAnswered = (s: Json, evidence: Json[]) => ({
  key: s.key,
  text: s.text,
  evidence: evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end })),
});

function pledge(p: Json, lists: Record<'pledgers' | 'capabilities' | 'conditions' | 'evidence', Json[]>) {
  return {
    key: p.key,
    summary: p.summary,
    stage: p.stage,
    bindingness: p.bindingness,
    pledgers: lists.pledgers.map((a) => ({ type: a.__typename, name: a.name })),
    capabilities: lists.capabilities.map((c) => c.name),
    conditions: lists.conditions,
    evidence: lists.evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end })),
  };
}

/** A pledge as each server answers it: every list the same first page, asked of the database. */
const pledgeAnswered = (p: Json) =>
  pledge(p, { pledgers: edges(p.pledgers), capabilities: edges(p.capabilities), conditions: edges(p.conditions), evidence: edges(p.evidence) });
const pledgePeer = (p: Json) =>
  pledge(p, {
    pledgers: edges(p.pledgersConnection),
    capabilities: edges(p.capabilitiesConnection),
    conditions: edges(p.conditionsConnection),
    evidence: edges(p.evidenceConnection),
  });
const pledgeFloor = (p: Json) =>
  pledge(p, { pledgers: p.pledgers as Json[], capabilities: p.capabilities as Json[], conditions: p.conditions as Json[], evidence: p.evidence as Json[] });

function domain(d: Json, leadership: Json[], commitments: Json[]) {
  return {
    name: d.name,
    leadership: leadership.map((l) => ({
      disclosed: l.disclosed,
      determined: l.determined,
      leads: (l.leads as Json[]).map(actor),
      conditions: l.conditions,
      evidence: (l.evidence as Json[]).map((e) => ({ quote: e.quote, start: e.start, end: e.end, source: e.source })),
    })),
    commitments: commitments.map((m) => ({ key: m.key, stage: m.stage, conditions: (m.conditions as Json[]).map((k) => k.key) })),
  };
}

/** JSON with object keys sorted and every array sorted, so only content is compared, not order. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v))
      return v
        .map(sort)
        .map((x) => JSON.stringify(x))
        .sort()
        .map((x) => JSON.parse(x) as unknown);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, sort(x)]),
      );
    return v;
  };
  return JSON.stringify(sort(value));
}

/** The questions named in a comma-separated list (a bench script's `--questions`), in its order. */
export function questionsNamed(list: string): Question[] {
  return list.split(',').map((name) => {
    const question = QUESTIONS.find((q) => q.name === name);
    if (!question) throw new Error(`no bench question ${name}; there are ${QUESTIONS.map((q) => q.name).join(', ')}`);
    return question;
  });
}

/** The floor's parameters as Cypher takes them: LIMIT needs an integer, and the driver sends JavaScript numbers as floats. */
export function floorParams({ floor }: Question): Json {
  return Object.fromEntries(Object.entries(floor.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? cypherInt(v) : v]));
}
