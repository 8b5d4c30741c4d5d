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
            edges { node { key name roles { holder { key name roles { key title } statementsConnection(first: ${LEADERS.statements}, sort: [{ node: { key: ASC } }]) { edges { node { text } } } } } } }
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
                roles: pageOf(p.roles as Json[], LEADERS.roles, 'key').map((r) => r.title),
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
              leadership { key disclosed determined leads { __typename ... on Country { key name } ... on Organization { key name } } conditions { key kind description } evidence { key quote start end source { key publisher } } }
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
              (d.leadership as Json[]).map((l) => ({ ...l, evidence: (l.evidence as Json[]).map((e) => ({ ...e, source: (e.source as Json[])[0] })) })),
            ),
            pagedCommitments(edges(d.commitmentsConnection)),
          ),
        ),
    },
    floor: {
      cypher: `
        MATCH (d:Domain) WITH d ORDER BY d.name, d.key LIMIT $first
        RETURN collect({name: d.name,
          leadership: [(d)<-[:FOR_DOMAIN]-(l:DomainLeadership) | l {.key, .disclosed, .determined,
            leads: [(l)-[:LED_BY]->(a) | {__typename: labels(a)[0], key: a.key, name: a.name}],
            conditions: [(l)-[:CONDITIONAL_ON]->(k:Condition) | k {.key, .kind, .description}],
            evidence: [(l)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(s:Source) | e {.key, .quote, .start, .end, source: s {.key, .publisher}}]}],
          commitments: COLLECT { MATCH (d)<-[:IN_DOMAIN]-(m:Commitment) WITH m ORDER BY m.key LIMIT $commitments
            RETURN {key: m.key, stage: m.stage, conditions: [(m)-[:CONDITIONAL_ON]->(k:Condition) | {key: k.key}]} }
        }) AS domains`,
      params: { first: DOMAINS.domains, commitments: DOMAINS.commitments },
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
];

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
