/**
 * Claims (issue 18): every link and judgement of a fact is a Claim with the words that support it,
 * read through GraphQL; conflicting sources keep both claims and `disagreements` lists them. The
 * conflicting source is a test fixture (test/fixtures/conflicting-source), never part of seed/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import YAML from 'yaml';
import { DEFAULT_LIMITS, DEFAULT_MAX_SOURCE_CHARS } from '../../src/config';
import { loadTypeDefs } from '../../src/graphql/type-defs';
import { encodeId } from '../../src/ids';
import { worstCaseResponseBytes } from '../../src/limits/cost-tables';
import { costModel, operationCost } from '../../src/limits/query-cost';
import { applyMigrations } from '../../src/neo4j/migrations';
import { PROJECT_ROOT } from '../../src/project-root';
import { REFERENCE_FIELDS } from '../../src/write/seed/format';
import { loadSeedDirectory, SEED_DIR, SeedValidationError } from '../../src/write/seed/load';
import { createTestApiKey } from '../support/api-keys';
import { curateGraph } from '../support/curated-graph';
import { CURATION_SOURCE_KEY } from '../support/curation';
import { dumpGraph } from '../support/graph-dump';
import { postGraphQL, startTestServer, type TestServer } from '../support/http-server';
import { clearDatabase, getTestDriver, graphClientFor } from '../support/neo4j';
import { countFieldValues, listOverruns } from '../support/worst-queries';

jest.setTimeout(180_000);

const FIXTURE_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'conflicting-source');
const FIXTURE_KEY = 'test-fixture-conflicting-source';
const SEED_KEY = 'ap-paris-security-guarantees';

const driver = getTestDriver();
let server: TestServer;

async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await query<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN toInteger(nodes) AS nodes, toInteger(relationships) AS relationships',
  );
  return { nodes: Number(row!.nodes), relationships: Number(row!.relationships) };
}

async function graphQL<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await postGraphQL(server.url, { query: text, variables });
  expect(response.json?.errors).toBeUndefined();
  return response.json?.data as T;
}

/** A copy of the fixture in a temporary parent directory, its facts edited through the YAML document. */
function editedFixture(edit: (document: YAML.Document) => void): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgegraph-claims-'));
  const dir = path.join(parent, 'conflicting-source');
  fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
  const document = YAML.parseDocument(fs.readFileSync(path.join(dir, 'facts.yaml'), 'utf8'));
  edit(document);
  fs.writeFileSync(path.join(dir, 'facts.yaml'), document.toString({ lineWidth: 0, flowCollectionPadding: false }));
  return parent;
}

beforeAll(async () => {
  await clearDatabase(driver);
  await applyMigrations(driver);
  await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
  // Loaded last: its judgement is the node's value.
  await loadSeedDirectory(graphClientFor(driver), FIXTURE_DIR);
  server = await startTestServer({ driver });
});

afterAll(async () => {
  await server?.stop();
});

interface ClaimNode {
  field: string;
  value: string | null;
  ownEvidence: boolean;
  contested: boolean;
  source: { key: string };
  target: { __typename: string; key: string } | null;
  evidence: { edges: { node: { quote: string; start: number; end: number } }[] };
}
const CLAIM_FIELDS = 'field value ownEvidence contested source { key } target { __typename key } evidence(first: 5) { edges { node { quote start end } } }';

const LEADERSHIP = `query Leadership($id: ID!, $field: String) {
  node(id: $id) {
    ... on DomainLeadership {
      disclosed
      leads { edges { node { key } } }
      evidence(first: 50) { edges { node { quote } } }
      claims(field: $field, first: 20) { totalCount edges { node { ${CLAIM_FIELDS} } } }
    }
  }
}`;
interface LeadershipData {
  node: {
    disclosed: boolean;
    leads: { edges: { node: { key: string } }[] };
    evidence: { edges: { node: { quote: string } }[] };
    claims: { totalCount: number; edges: { node: ClaimNode }[] };
  };
}
const leadership = async (field?: string) =>
  (await graphQL<LeadershipData>(LEADERSHIP, { id: encodeId('DomainLeadership', 'air-leadership'), field: field ?? null })).node;

describe('claims through GraphQL', () => {
  it('refuses a field the fact makes no claims about, rather than answering an empty page', async () => {
    const response = await postGraphQL(server.url, {
      query: LEADERSHIP,
      variables: { id: encodeId('DomainLeadership', 'air-leadership'), field: 'lead' },
    });
    // A field error: the rest of the answer stands (GraphQL over HTTP: 200 while data is present).
    expect(response.status).toBe(200);
    expect(response.json?.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        'BAD_USER_INPUT',
        expect.stringContaining('names no field a DomainLeadership makes claims about; one of: domain, leads, conditions, determined, disclosed.'),
      ],
    ]);
  });

  it('a claim citing words of its own returns them, with its source and target', async () => {
    const { claims } = await leadership('leads');
    expect(claims.totalCount).toBe(2);
    expect(claims.edges.map(({ node }) => node)).toEqual([
      {
        field: 'leads',
        value: null,
        ownEvidence: true,
        contested: false,
        source: { key: FIXTURE_KEY },
        target: { __typename: 'Country', key: 'FR' },
        evidence: { edges: [{ node: { quote: 'France', start: 154, end: 160 } }] },
      },
      {
        field: 'leads',
        value: null,
        ownEvidence: true,
        contested: false,
        source: { key: FIXTURE_KEY },
        target: { __typename: 'Country', key: 'GB' },
        evidence: { edges: [{ node: { quote: 'Britain', start: 165, end: 172 } }] },
      },
    ]);
  });

  it("a bare reference's claim rests on its fact's evidence, one per source", async () => {
    const { claims } = await leadership('domain');
    const bySource = Object.fromEntries(claims.edges.map(({ node }) => [node.source.key, node]));
    expect(Object.keys(bySource).sort()).toEqual([SEED_KEY, FIXTURE_KEY].sort());
    expect(bySource[FIXTURE_KEY]).toMatchObject({ ownEvidence: false, target: { __typename: 'Domain', key: 'air' }, value: null });
    expect(bySource[FIXTURE_KEY]!.evidence.edges.map(({ node }) => node.quote)).toEqual([
      'officials said France and Britain will lead the security guarantees in the air',
    ]);
    const seedFactEvidence = await query<{ quote: string }>(
      `MATCH (:DomainLeadership {key: 'air-leadership'})-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(:Source {key: $seed}) RETURN e.quote AS quote`,
      { seed: SEED_KEY },
    );
    for (const { node } of bySource[SEED_KEY]!.evidence.edges) expect(seedFactEvidence.map((row) => row.quote)).toContain(node.quote);
  });

  it('the fact’s evidence stays the union of its spans and its claims’', async () => {
    const { evidence } = await leadership();
    const quotes = evidence.edges.map(({ node }) => node.quote);
    expect(quotes).toEqual(expect.arrayContaining(['France', 'Britain', 'France and Britain will lead the security guarantees in the air']));
  });

  it('every link a facts file names has its claim, from the source that names it', async () => {
    const missing: string[] = [];
    for (const field of REFERENCE_FIELDS) {
      const pattern = field.reverse ? `(f:${field.label})<-[:${field.type}]-(t)` : `(f:${field.label})-[:${field.type}]->(t)`;
      const rows = await query<{ fact: string; target: string }>(
        `MATCH ${pattern} WHERE NOT EXISTS { (f)-[:CLAIMS]->(:Claim {field: $field})-[:LINKS_TO]->(t) } RETURN f.key AS fact, t.key AS target`,
        { field: field.field },
      );
      missing.push(...rows.map((row) => `${field.label}.${field.field} ${row.fact} -> ${row.target}`));
    }
    expect(missing).toEqual([]);
    const [claimed] = await query<{ claims: number }>('MATCH (:Claim)-[:LINKS_TO]->() RETURN toInteger(count(*)) AS claims');
    expect(Number(claimed!.claims)).toBeGreaterThan(200);
  });

  it('filters by field, pages with first/after, and refuses a page past 100 as every connection does', async () => {
    const all = await leadership();
    const fields = all.claims.edges.map(({ node }) => node.field);
    expect([...fields].sort()).toEqual(fields);
    expect(new Set(fields)).toEqual(new Set(['determined', 'disclosed', 'domain', 'leads']));
    const page = await graphQL<{ node: { claims: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] } } }>(
      `query ($id: ID!) { node(id: $id) { ... on DomainLeadership { claims(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { field } } } } } }`,
      { id: encodeId('DomainLeadership', 'air-leadership') },
    );
    expect(page.node.claims).toMatchObject({ totalCount: all.claims.totalCount, pageInfo: { hasNextPage: true } });
    expect(page.node.claims.edges).toHaveLength(2);
    const tooMany = await postGraphQL(server.url, {
      query: `query ($id: ID!) { node(id: $id) { ... on DomainLeadership { claims(first: 101) { totalCount } } } }`,
      variables: { id: encodeId('DomainLeadership', 'air-leadership') },
    });
    expect(tooMany.json?.errors?.map((error) => error.extensions?.code)).toContain('BAD_USER_INPUT');
  });
});

describe('the README example (operations/which-words-support-a-link.graphql)', () => {
  it("answers each pledger link of Britain's commitments with the words that support it", async () => {
    const operation = fs.readFileSync(path.join(PROJECT_ROOT, 'operations', 'which-words-support-a-link.graphql'), 'utf8');
    const data = await graphQL<{ commitments: { edges: { node: { key: string; claims: { edges: { node: ClaimNode }[] } } }[] } }>(operation);
    if (process.env.CLAIMS_README) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    expect(data.commitments.edges.length).toBeGreaterThan(0);
    for (const { node } of data.commitments.edges) {
      const pledgers = node.claims.edges.map((edge) => edge.node);
      expect(pledgers.map((claim) => claim.target?.key)).toContain('GB');
      for (const claim of pledgers) {
        expect(claim.source.key).toBe(SEED_KEY);
        expect(claim.evidence.edges.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('conflicting sources', () => {
  it('keeps both judgements with their sources; the node holds the value of the source loaded last', async () => {
    const { disclosed, leads, claims } = await leadership('disclosed');
    expect(disclosed).toBe(true);
    expect(leads.edges.map(({ node }) => node.key).sort()).toEqual(['FR', 'GB']);
    const bySource = Object.fromEntries(claims.edges.map(({ node }) => [node.source.key, node]));
    expect(bySource[SEED_KEY]).toMatchObject({ value: 'false', ownEvidence: true, contested: true, target: null });
    expect(bySource[FIXTURE_KEY]).toMatchObject({
      value: 'true',
      ownEvidence: true,
      contested: true,
      evidence: { edges: [{ node: { quote: 'France and Britain will lead the security guarantees in the air' } }] },
    });
  });

  it('disagreements returns the contradiction with both sources, and nothing the sources agree on', async () => {
    const data = await graphQL<{
      disagreements: {
        totalCount: number;
        edges: {
          node: { fact: { __typename: string; key: string }; field: string; claims: { value: string; contested: boolean; source: { key: string } }[] };
        }[];
      };
    }>(`{ disagreements(first: 10) { totalCount edges { node { fact { __typename key } field claims(first: 10) { value contested source { key } } } } } }`);
    expect(data.disagreements.totalCount).toBe(1);
    expect(data.disagreements.edges.map(({ node }) => node)).toEqual([
      {
        fact: { __typename: 'DomainLeadership', key: 'air-leadership' },
        field: 'disclosed',
        claims: [
          { value: 'false', contested: true, source: { key: SEED_KEY } },
          { value: 'true', contested: true, source: { key: FIXTURE_KEY } },
        ],
      },
    ]);
  });

  it('a fixture whose non-judgement property differs from the seed is still refused, naming the fact', async () => {
    const before = await dumpGraph(driver);
    const parent = editedFixture((document) => document.setIn(['domains', 0, 'name'], 'airspace'));
    fs.cpSync(path.join(SEED_DIR, 'paris-security-guarantees'), path.join(parent, 'paris'), { recursive: true });
    const refused = await loadSeedDirectory(graphClientFor(driver), parent).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(refused).toBeInstanceOf(SeedValidationError);
    expect((refused as Error).message).toMatch(/Domain "air": is also declared in .* with different properties \(name\)/);
    expect(await dumpGraph(driver)).toEqual(before);
  });
});

describe('loading', () => {
  it('a graph loaded twice is identical: the same nodes, relationships and properties', async () => {
    const before = await dumpGraph(driver);
    const beforeCounts = await counts();
    const again = await loadSeedDirectory(graphClientFor(driver), SEED_DIR);
    const fixture = await loadSeedDirectory(graphClientFor(driver), FIXTURE_DIR);
    expect(again.nodesCreated + again.relationshipsCreated + fixture.nodesCreated + fixture.relationshipsCreated).toBe(0);
    expect(await counts()).toEqual(beforeCounts);
    expect(await dumpGraph(driver)).toEqual(before);
    expect(before.nodes.filter((node) => node.includes('"Claim"')).length).toBeGreaterThan(250);
  });

  it('a per-claim span that does not match the source fails the load naming the claim, and writes nothing', async () => {
    const before = await dumpGraph(driver);
    const parent = editedFixture((document) => document.setIn(['domainLeaderships', 0, 'leads', 1, 'evidence', 0, 'quote'], 'Britian'));
    const refused = await loadSeedDirectory(graphClientFor(driver), parent).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(refused).toBeInstanceOf(SeedValidationError);
    expect((refused as Error).message).toContain('DomainLeadership "air-leadership": leads "country:GB": evidence[0] (165-172): quote differs');
    expect((refused as Error).message).toContain('"Britian"');
    const wrongFor = editedFixture((document) => document.setIn(['domainLeaderships', 0, 'evidenceFor', 'disclosed', 0, 'start'], 153));
    const refusedFor = await loadSeedDirectory(graphClientFor(driver), wrongFor).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect((refusedFor as Error).message).toContain('DomainLeadership "air-leadership": evidenceFor.disclosed: ');
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('reloading a source replaces its claims: a claim it no longer makes goes, with evidence nothing else cites', async () => {
    const before = await dumpGraph(driver);
    const parent = editedFixture((document) => {
      document.setIn(['domainLeaderships', 0, 'leads'], ['country:FR']);
      document.deleteIn(['domainLeaderships', 0, 'evidenceFor']);
    });
    const result = await loadSeedDirectory(graphClientFor(driver), parent);
    expect(result.sources[0]!.nodesDeleted).toBeGreaterThan(0);
    const leads = await leadership('leads');
    expect(leads.claims.edges.map(({ node }) => [node.target?.key, node.ownEvidence])).toEqual([['FR', false]]);
    const disclosed = await leadership('disclosed');
    const fixtureClaim = disclosed.claims.edges.find(({ node }) => node.source.key === FIXTURE_KEY)!.node;
    // Without evidenceFor the judgement still stands, on the fact's evidence; it still contests the seed's.
    expect(fixtureClaim).toMatchObject({ value: 'true', ownEvidence: false, contested: true });
    const spans = await query<{ key: string }>('MATCH (e:Evidence)-[:IN]->(:Source {key: $key}) RETURN e.key AS key ORDER BY key', { key: FIXTURE_KEY });
    expect(spans.map((row) => row.key)).not.toContain(`${FIXTURE_KEY}:154-217`);
    // "Britain" stays: the fixture's GB still cites it.
    expect(spans.map((row) => row.key)).toContain(`${FIXTURE_KEY}:165-172`);
    // The link the source no longer names stays: a facts file never deletes relationships (docs/model.md).
    await loadSeedDirectory(graphClientFor(driver), FIXTURE_DIR);
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('once the sources agree, nothing is contested', async () => {
    const before = await dumpGraph(driver);
    const agreeing = editedFixture((document) => {
      document.setIn(['domainLeaderships', 0, 'disclosed'], false);
      document.setIn(['domainLeaderships', 0, 'leads'], []);
      document.deleteIn(['domainLeaderships', 0, 'evidenceFor']);
    });
    await loadSeedDirectory(graphClientFor(driver), agreeing);
    const data = await graphQL<{ disagreements: { totalCount: number } }>('{ disagreements { totalCount } }');
    expect(data.disagreements.totalCount).toBe(0);
    const [contested] = await query<{ n: number }>('MATCH (c:Claim {contested: true}) RETURN toInteger(count(c)) AS n');
    expect(Number(contested!.n)).toBe(0);
    await loadSeedDirectory(graphClientFor(driver), FIXTURE_DIR);
    const back = await dumpGraph(driver);
    expect(back.nodes).toEqual(before.nodes);
  });
});

describe('the cost of claims', () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const model = costModel({ maxSourceChars: DEFAULT_MAX_SOURCE_CHARS });
  const WORST = `query Worst($n: Int) {
    domainLeaderships(first: $n) { edges { node { key claims(first: $n) { totalCount edges { node {
      field value ownEvidence contested source { key title publisher dateline sha256 } target { id key }
      evidence(first: $n) { totalCount edges { node { quote start end } } }
    } } } } } }
    disagreements(first: $n) { edges { node { field fact { key } claims(first: $n) { value source { key } evidence(first: $n) { edges { node { quote } } } } } } }
  }`;
  const costAt = (n: number) =>
    operationCost({
      schema,
      operation: parse(WORST).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!,
      fragments: new Map(),
      variables: { n },
      model,
    }).cost;

  it('charges every claim and its evidence: the largest page within the limit answers within its documented bound', async () => {
    let n = 1;
    while (costAt(n + 1) <= DEFAULT_LIMITS.cost) n += 1;
    expect(n).toBeGreaterThan(2);
    const cost = costAt(n);
    const response = await postGraphQL(server.url, { query: WORST, variables: { n } });
    expect(response.json?.errors).toBeUndefined();
    expect(listOverruns(schema, model, WORST, response.json?.data, n)).toEqual([]);
    expect(countFieldValues(response.json?.data)).toBeLessThanOrEqual(cost);
    expect(Buffer.byteLength(response.text, 'utf8')).toBeLessThanOrEqual(worstCaseResponseBytes(cost));
  });

  it('one page more is refused before it runs, naming claims among the costliest fields', async () => {
    let n = 1;
    while (costAt(n) <= DEFAULT_LIMITS.cost) n += 1;
    const response = await postGraphQL(server.url, { query: WORST, variables: { n } });
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(response.json?.errors?.[0]?.message).toContain('claims');
  });
});

describe('curation writes claims too', () => {
  beforeAll(async () => {
    await curateGraph(server.url, await createTestApiKey('curator'));
  });

  it('discloseDomainLeads: each lead and the disclosure rest on the words it cites, and contest the seed', async () => {
    const data = await graphQL<{ node: { claims: { edges: { node: ClaimNode }[] } } }>(
      `query ($id: ID!) { node(id: $id) { ... on DomainLeadership { claims(first: 20) { edges { node { ${CLAIM_FIELDS} } } } } } }`,
      { id: encodeId('DomainLeadership', 'land-leadership') },
    );
    const curated = data.node.claims.edges.map(({ node }) => node).filter((claim) => claim.source.key === CURATION_SOURCE_KEY);
    expect(curated.map((claim) => [claim.field, claim.target?.key ?? claim.value, claim.ownEvidence, claim.contested])).toEqual([
      ['determined', 'true', true, false],
      ['disclosed', 'true', true, true],
      ['leads', 'FR', true, false],
      ['leads', 'GB', true, false],
    ]);
    for (const claim of curated) expect(claim.evidence.edges.map(({ node }) => node.quote)).toEqual(['France and Britain will lead the land domain']);
    const { disagreements } = await graphQL<{ disagreements: { edges: { node: { fact: { key: string }; field: string } }[] } }>(
      '{ disagreements { edges { node { fact { key } field } } } }',
    );
    expect(disagreements.edges.map(({ node }) => `${node.fact.key}.${node.field}`)).toEqual(['air-leadership.disclosed', 'land-leadership.disclosed']);
  });

  it('addCommitment and amendCommitment: the new fact’s links and judgements rest on its evidence, an amendment’s on its own', async () => {
    const data = await graphQL<{ node: { claims: { edges: { node: ClaimNode }[] } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Commitment { claims(first: 20) { edges { node { ${CLAIM_FIELDS} } } } } } }`,
      { id: encodeId('Commitment', 'curated-ca-deminer-training') },
    );
    const claims = data.node.claims.edges.map(({ node }) => [
      node.field,
      node.target?.key ?? node.value,
      node.ownEvidence,
      node.evidence.edges.map((edge) => edge.node.quote),
    ]);
    expect(claims).toEqual([
      ['beneficiary', 'UA', false, ['Canada will also train Ukrainian deminers']],
      ['bindingness', 'UNDISCLOSED', false, ['Canada will also train Ukrainian deminers']],
      ['domains', 'land', true, ['the land domain']],
      ['pledgers', 'CA', false, ['Canada will also train Ukrainian deminers']],
      ['pledgersDisclosed', 'true', false, ['Canada will also train Ukrainian deminers']],
      ['stage', 'AGREED_IN_PRINCIPLE', false, ['Canada will also train Ukrainian deminers']],
    ]);
  });

  it('after every curation mutation, every link still has its claim', async () => {
    const missing: string[] = [];
    for (const field of REFERENCE_FIELDS) {
      const pattern = field.reverse ? `(f:${field.label})<-[:${field.type}]-(t)` : `(f:${field.label})-[:${field.type}]->(t)`;
      const rows = await query<{ fact: string; target: string }>(
        `MATCH ${pattern} WHERE NOT EXISTS { (f)-[:CLAIMS]->(:Claim {field: $field})-[:LINKS_TO]->(t) } RETURN f.key AS fact, t.key AS target`,
        { field: field.field },
      );
      missing.push(...rows.map((row) => `${field.label}.${field.field} ${row.fact} -> ${row.target}`));
    }
    expect(missing).toEqual([]);
  });
});
