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
      variables: { first: PAGE },
      normalise: (data) => {
        const countries = data.countries as Json;
        return {
          total: countries.totalCount,
          countries: edges(countries).map((c) => ({
            code: c.code,
            name: c.name,
            leaders: (c.leaders as Json[]).map((p) => ({
              name: p.name,
              roles: (p.roles as Json[]).map((r) => r.title),
              statements: edges(p.statements).map((s) => ({ text: s.text, evidence: (s.evidence as Json[]).map((e) => ({ quote: e.quote, source: (e.source as Json).key })) })),
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
            edges { node { key name roles { holder { name roles { title } statementsConnection(first: ${PAGE}, sort: [{ node: { key: ASC } }]) { edges { node { text evidence { quote source { key } } } } } } } } }
          }
        }`,
      variables: { first: PAGE },
      normalise: (data) => {
        const countries = data.countriesConnection as Json;
        return {
          total: countries.totalCount,
          countries: edges(countries).map((c) => {
            const leaders = new Map<string, Json>();
            for (const role of c.roles as Json[]) for (const p of role.holder as Json[]) leaders.set(p.name as string, p);
            return {
              code: c.key,
              name: c.name,
              leaders: [...leaders.values()].map((p) => ({
                name: p.name,
                roles: (p.roles as Json[]).map((r) => r.title),
                statements: edges(p.statementsConnection).map((s) => ({
                  text: s.text,
                  evidence: (s.evidence as Json[]).map((e) => ({ quote: e.quote, source: ((e.source as Json[])[0] as Json).key })),
                })),
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
            MATCH (c)<-[:OF]-(:Role)<-[:HOLDS]-(p:Person) WITH DISTINCT p
            RETURN {name: p.name, roles: [(p)-[:HOLDS]->(r:Role) | r.title], statements: COLLECT {
              MATCH (p)<-[:MADE_BY]-(s:Statement) WITH s ORDER BY s.key LIMIT $first
              RETURN {text: s.text, evidence: [(s)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(src:Source) | {quote: e.quote, source: src.key}]}
            }}
          }}) AS countries
        }
        RETURN total, countries`,
      params: { first: PAGE },
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
        return { name: country.name, total: (country.pledges as Json).totalCount, pledges: edges(country.pledges).map(pledge) };
      },
    },
    peer: {
      query: /* GraphQL */ `
        query ($code: String!) {
          countries(where: { key: { eq: $code } }) {
            name
            pledgesConnection(first: ${PAGE}, sort: [{ node: { key: ASC } }]) {
              totalCount
              edges { node { key summary stage bindingness pledgers { __typename ... on Country { name } ... on Organization { name } } capabilities { name } conditions { key kind description } evidence { quote start end } } }
            }
          }
        }`,
      variables: { code: FAN_OUT_COUNTRY },
      normalise: (data) => {
        const country = (data.countries as Json[])[0] as Json;
        return { name: country.name, total: (country.pledgesConnection as Json).totalCount, pledges: edges(country.pledgesConnection).map(pledge) };
      },
    },
    floor: {
      cypher: `
        MATCH (c:Country {key: $code})
        CALL (c) { MATCH (c)<-[:PLEDGED_BY]-(m:Commitment) RETURN count(m) AS total }
        CALL (c) {
          MATCH (c)<-[:PLEDGED_BY]-(m:Commitment) WITH m ORDER BY m.key LIMIT $first
          RETURN collect(m {.key, .summary, .stage, .bindingness,
            pledgers: [(m)-[:PLEDGED_BY]->(p) | {__typename: labels(p)[0], name: p.name}],
            capabilities: [(m)-[:PROVIDES]->(x:Capability) | {name: x.name}],
            conditions: [(m)-[:CONDITIONAL_ON]->(k:Condition) | k {.key, .kind, .description}],
            evidence: [(m)-[:EVIDENCED_BY]->(e:Evidence) | e {.quote, .start, .end}]}) AS pledges
        }
        RETURN c.name AS name, total, pledges`,
      params: { code: FAN_OUT_COUNTRY, first: PAGE },
      normalise: (data) => ({ name: data.name, total: data.total, pledges: (data.pledges as Json[]).map(pledge) }),
    },
  },
  {
    name: 'which-nations-lead-which-domain',
    paginated: true,
    pledgegraph: {
      query: operation('which-nations-lead-which-domain'),
      variables: {},
      normalise: (data) => edges(data.domains).map((d) => domain(d, d.leadership as Json[], edges(d.commitments))),
    },
    peer: {
      query: /* GraphQL */ `
        {
          domainsConnection(first: ${PAGE}, sort: [{ name: ASC }, { key: ASC }]) {
            edges { node {
              name
              leadership { disclosed determined leads { __typename ... on Country { key name } ... on Organization { key name } } conditions { key kind description } evidence { quote start end source { key publisher } } }
              commitmentsConnection(first: ${PAGE}, sort: [{ node: { key: ASC } }]) { edges { node { key stage conditions { key } } } }
            } }
          }
        }`,
      variables: {},
      normalise: (data) =>
        edges(data.domainsConnection).map((d) =>
          domain(
            d,
            (d.leadership as Json[]).map((l) => ({ ...l, evidence: (l.evidence as Json[]).map((e) => ({ ...e, source: (e.source as Json[])[0] })) })),
            edges(d.commitmentsConnection),
          ),
        ),
    },
    floor: {
      cypher: `
        MATCH (d:Domain) WITH d ORDER BY d.name, d.key LIMIT $first
        RETURN collect({name: d.name,
          leadership: [(d)<-[:FOR_DOMAIN]-(l:DomainLeadership) | l {.disclosed, .determined,
            leads: [(l)-[:LED_BY]->(a) | {__typename: labels(a)[0], key: a.key, name: a.name}],
            conditions: [(l)-[:CONDITIONAL_ON]->(k:Condition) | k {.key, .kind, .description}],
            evidence: [(l)-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(s:Source) | e {.quote, .start, .end, source: s {.key, .publisher}}]}],
          commitments: COLLECT { MATCH (d)<-[:IN_DOMAIN]-(m:Commitment) WITH m ORDER BY m.key LIMIT $first
            RETURN {key: m.key, stage: m.stage, conditions: [(m)-[:CONDITIONAL_ON]->(k:Condition) | {key: k.key}]} }
        }) AS domains`,
      params: { first: PAGE },
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
            edges { node { order title commitmentsConnection(first: ${PAGE}, sort: [{ node: { key: ASC } }]) { edges { node { key summary stage } } } } }
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
            MATCH (p)<-[:SERVES]-(m:Commitment) WITH m ORDER BY m.key LIMIT $first RETURN m {.key, .summary, .stage} }}) AS priorities
        }
        RETURN total, priorities`,
      params: { first: PAGE },
      normalise: (data) => data,
    },
  },
];

function pledge(p: Json) {
  return {
    key: p.key,
    summary: p.summary,
    stage: p.stage,
    bindingness: p.bindingness,
    pledgers: (p.pledgers as Json[]).map(actor),
    capabilities: (p.capabilities as Json[]).map((c) => c.name),
    conditions: p.conditions,
    evidence: p.evidence,
  };
}

function domain(d: Json, leadership: Json[], commitments: Json[]) {
  return {
    name: d.name,
    leadership: leadership.map((l) => ({ ...l, leads: (l.leads as Json[]).map(actor) })),
    commitments: commitments.map((m) => ({ key: m.key, stage: m.stage, conditions: (m.conditions as Json[]).map((k) => k.key) })),
  };
}

/** JSON with object keys sorted and every array sorted, so only content is compared, not order. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort).map((x) => JSON.stringify(x)).sort().map((x) => JSON.parse(x) as unknown);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)]));
    return v;
  };
  return JSON.stringify(sort(value));
}
