/**
 * The questions the benchmark asks, each three ways: pledgegraph's own operation
 * (operations/*.graphql), the same question to the @neo4j/graphql peer, and one hand-written Cypher
 * query for the raw-driver floor — plus how to bring each answer to one canonical shape, so the
 * harness can check all three return the same data before it times them.
 */
import fs from 'node:fs';
import path from 'node:path';
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

/**
 * The page pledgegraph answers of a list the peer or the floor reads whole: the first `size` items
 * in the order of pledgegraph's traversal (src/read/traversals.ts).
 */
function pageOf(items: Json[], size: number, ...order: string[]): Json[] {
  const compare = (a: Json, b: Json) => {
    for (const field of order) {
      const [x, y] = [a[field], b[field]] as [string | number, string | number];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
  return [...items].sort(compare).slice(0, size);
}

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
            edges { node { key name roles { holder { key name rolesConnection(first: ${LEADERS.roles}, sort: [{ node: { key: ASC } }]) { edges { node { key title } } } statementsConnection(first: ${LEADERS.statements}, sort: [{ node: { key: ASC } }]) { edges { node { text } } } } } } }
          }
        }`,
      variables: { first: LEADERS.countries },
      normalise: (data) => {
        const countries = data.countriesConnection as Json;
        return {
          total: countries.totalCount,
          countries: edges(countries).map((c) => {
            const leaders = new Map<string, Json>();
            for (const role of c.roles as Json[]) for (const p of role.holder as Json[]) leaders.set(p.key as string, p);
            return {
              code: c.key,
              name: c.name,
              leaders: pageOf([...leaders.values()], LEADERS.holders, 'name', 'key').map((p) => ({
                name: p.name,
                roles: pageOf(edges(p.rolesConnection), LEADERS.roles, 'key').map((r) => r.title),
                statements: edges(p.statementsConnection).map((s) => ({ text: s.text })),
              })),
            };
          }),
        };
      },
    },
    floor: {
      cypher: `
        CALL () { MATCH (c:Country) RETURN count(c) AS total }
        CALL () {
          MATCH (c:Country) WITH c ORDER BY c.name, c.key LIMIT $first
          RETURN collect({code: c.key, name: c.name, leaders: COLLECT {
            MATCH (c)<-[:OF]-(:Role)<-[:HOLDS]-(p:Person) WITH DISTINCT p ORDER BY p.name, p.key LIMIT $holders
            RETURN {name: p.name, roles: COLLECT { MATCH (p)-[:HOLDS]->(r:Role) WITH r ORDER BY r.key LIMIT $roles RETURN r.title }, statements: COLLECT {
              MATCH (p)<-[:MADE_BY]-(s:Statement) WITH s ORDER BY s.key LIMIT $statements
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
              edges { node { key summary stage bindingness pledgers { __typename ... on Country { key name } ... on Organization { key name } } capabilities { key name } conditions { key kind description } evidence { key quote start end } } }
            }
          }
        }`,
      variables: { code: FAN_OUT_COUNTRY },
      normalise: (data) => {
        const country = (data.countries as Json[])[0] as Json;
        return { name: country.name, total: (country.pledgesConnection as Json).totalCount, pledges: edges(country.pledgesConnection).map(pledgeRead) };
      },
    },
    floor: {
      cypher: `
        MATCH (c:Country {key: $code})
        CALL (c) { MATCH (c)<-[:PLEDGED_BY]-(m:Commitment) RETURN count(m) AS total }
        CALL (c) {
          MATCH (c)<-[:PLEDGED_BY]-(m:Commitment) WITH m ORDER BY m.key LIMIT $first
          RETURN collect(m {.key, .summary, .stage, .bindingness,
            pledgers: [(m)-[:PLEDGED_BY]->(p) | {__typename: labels(p)[0], key: p.key, name: p.name}],
            capabilities: [(m)-[:PROVIDES]->(x:Capability) | {key: x.key, name: x.name}],
            conditions: [(m)-[:CONDITIONAL_ON]->(k:Condition) | k {.key, .kind, .description}],
            evidence: [(m)-[:EVIDENCED_BY]->(e:Evidence) | e {.key, .quote, .start, .end}]}) AS pledges
        }
        RETURN c.name AS name, total, pledges`,
      params: { code: FAN_OUT_COUNTRY, first: NESTED },
      normalise: (data) => ({ name: data.name, total: data.total, pledges: (data.pledges as Json[]).map(pledgeRead) }),
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
                key disclosed determined leads { __typename ... on Country { key name } ... on Organization { key name } }
                conditionsConnection(first: ${DOMAINS.conditions}, sort: [{ node: { key: ASC } }]) { edges { node { key kind description } } }
                evidenceConnection(first: ${DOMAINS.evidence}, sort: [{ node: { start: ASC } }, { node: { end: ASC } }, { node: { key: ASC } }]) { edges { node { key quote start end source { key publisher } } } }
              } } }
              commitmentsConnection(first: ${DOMAINS.commitments}, sort: [{ node: { key: ASC } }]) { edges { node { key stage conditions { key } } } }
            } }
          }
        }`,
      variables: {},
      normalise: (data) =>
        edges(data.domainsConnection).map((d) =>
          domain(
            d,
            pagedLeadership(
              edges(d.leadershipConnection).map((l) => ({
                ...l,
                conditions: edges(l.conditionsConnection),
                evidence: edges(l.evidenceConnection).map((e) => ({ ...e, source: (e.source as Json[])[0] })),
              })),
            ),
            pagedCommitments(edges(d.commitmentsConnection)),
          ),
        ),
    },
    floor: {
      cypher: `
        MATCH (d:Domain) WITH d ORDER BY d.name, d.key LIMIT $first
        RETURN collect({name: d.name,
          leadership: COLLECT { MATCH (d)<-[:FOR_DOMAIN]-(l:DomainLeadership) WITH l ORDER BY l.key LIMIT $leadership
            RETURN l {.key, .disclosed, .determined,
              leads: [(l)-[:LED_BY]->(a) | {__typename: labels(a)[0], key: a.key, name: a.name}],
              conditions: COLLECT { MATCH (l)-[:CONDITIONAL_ON]->(k:Condition) WITH k ORDER BY k.key LIMIT $conditions RETURN k {.key, .kind, .description} },
              evidence: COLLECT { MATCH (l)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(s:Source) WITH e, s ORDER BY e.start, e.end, e.key LIMIT $evidence
                RETURN e {.key, .quote, .start, .end, source: s {.key, .publisher}} }} },
          commitments: COLLECT { MATCH (d)<-[:IN_DOMAIN]-(m:Commitment) WITH m ORDER BY m.key LIMIT $commitments
            RETURN {key: m.key, stage: m.stage, conditions: [(m)-[:CONDITIONAL_ON]->(k:Condition) | {key: k.key}]} }
        }) AS domains`,
      params: {
        first: DOMAINS.domains,
        commitments: DOMAINS.commitments,
        leadership: DOMAINS.leadership,
        conditions: DOMAINS.conditions,
        evidence: DOMAINS.evidence,
      },
      normalise: (data) => (data.domains as Json[]).map((d) => domain(d, pagedLeadership(d.leadership as Json[]), pagedCommitments(d.commitments as Json[]))),
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
          MATCH (p:Priority) WITH p ORDER BY p.order, p.key LIMIT $first
          RETURN collect({order: p.order, title: p.title, commitments: COLLECT {
            MATCH (p)<-[:SERVES]-(m:Commitment) WITH m ORDER BY m.key LIMIT $nested RETURN m {.key, .summary, .stage} }}) AS priorities
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
                roles {
                  key
                  title
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
              personAnswered(p, p.roles as Json[], { total: (p.statementsConnection as Json).totalCount, rows: edges(p.statementsConnection) }),
            ),
          ),
        };
      },
    },
    floor: {
      cypher: `
        CALL () { MATCH (p:Person) RETURN count(p) AS total }
        CALL () {
          MATCH (p:Person) WITH p ORDER BY p.name DESC, p.key ASC LIMIT $first
          RETURN collect({key: p.key, name: p.name,
            roles: COLLECT { MATCH (p)-[:HOLDS]->(r:Role) WITH r ORDER BY r.key LIMIT $nested RETURN r {.key, .title} },
            statements: {total: COUNT { (p)<-[:MADE_BY]-(:Statement) },
              rows: COLLECT { MATCH (p)<-[:MADE_BY]-(s:Statement) WITH s ORDER BY s.key LIMIT $statements RETURN s {.text} }}}) AS people
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
          MATCH (c:Country) WITH c ORDER BY c.name, c.key LIMIT $first
          RETURN collect({code: c.key, name: c.name, pledges: COUNT { (c)<-[:PLEDGED_BY]-(:Commitment) }}) AS countries
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
                evidence {
                  key
                  quote
                  start
                  end
                }
              }
            }
          }
        }
      `,
      variables: { words: SEARCH.words, first: SEARCH.first },
      normalise: (data) => {
        const statements = data.statementsByText as Json;
        return { total: statements.totalCount, statements: ranked(edges(statements).map((s) => hitAnswered(s, s.evidence as Json[]))) };
      },
    },
    floor: {
      cypher: `
        CALL () { CALL db.index.fulltext.queryNodes('statement_text', $words) YIELD node RETURN count(node) AS total }
        CALL () {
          CALL db.index.fulltext.queryNodes('statement_text', $words) YIELD node WITH node ORDER BY node.key LIMIT $first
          RETURN collect({key: node.key, text: node.text, evidence: [(node)-[:EVIDENCED_BY]->(e:Evidence) | e {.key, .quote, .start, .end}]}) AS statements
        }
        RETURN total, statements`,
      params: { words: SEARCH.words, first: SEARCH.first },
      normalise: (data) => ({ total: data.total, statements: ranked((data.statements as Json[]).map((s) => hitAnswered(s, s.evidence as Json[]))) }),
    },
  },
];

/**
 * `canonical` sorts every array, so order alone would never tell two answers apart: a question
 * whose point is its order numbers its items, and the numbers are compared with the rest.
 */
const ranked = (items: Json[]): Json[] => items.map((item, rank) => ({ rank, ...item }));

/** A person as all three answer the sorted question, each list cut to the page pledgegraph answers. */
const personAnswered = (p: Json, roles: Json[], statements: { total: unknown; rows: Json[] }) => ({
  key: p.key,
  name: p.name,
  roles: pageOf(roles, NESTED, 'key').map((r) => r.title),
  statements: { total: statements.total, texts: statements.rows.map((s) => s.text) },
});

/** A search hit as all three answer it: the statement and its evidence (first page, pledgegraph's order). */
const hitAnswered = (s: Json, evidence: Json[]) => ({
  key: s.key,
  text: s.text,
  evidence: pageOf(evidence, NESTED, 'start', 'end', 'key').map((e) => ({ quote: e.quote, start: e.start, end: e.end })),
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

/** A pledge as pledgegraph answers it: each list already its first page. */
const pledgeAnswered = (p: Json) =>
  pledge(p, { pledgers: edges(p.pledgers), capabilities: edges(p.capabilities), conditions: edges(p.conditions), evidence: edges(p.evidence) });

/** A pledge read whole (peer, floor), cut to the pages pledgegraph answers. */
const pledgeRead = (p: Json) =>
  pledge(p, {
    pledgers: pageOf(p.pledgers as Json[], NESTED, 'name', 'key'),
    capabilities: pageOf(p.capabilities as Json[], NESTED, 'key'),
    conditions: pageOf(p.conditions as Json[], NESTED, 'key'),
    evidence: pageOf(p.evidence as Json[], NESTED, 'start', 'end', 'key'),
  });

/** Domain leaderships read whole (peer, floor), cut to the pages pledgegraph answers. */
const pagedLeadership = (leadership: Json[]): Json[] =>
  pageOf(leadership, DOMAINS.leadership, 'key').map((l) => ({
    ...l,
    leads: pageOf(l.leads as Json[], DOMAINS.leads, 'name', 'key'),
    conditions: pageOf(l.conditions as Json[], DOMAINS.conditions, 'key'),
    evidence: pageOf(l.evidence as Json[], DOMAINS.evidence, 'start', 'end', 'key'),
  }));

const pagedCommitments = (commitments: Json[]): Json[] =>
  commitments.map((m) => ({ ...m, conditions: pageOf(m.conditions as Json[], DOMAINS.conditions, 'key') }));

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
