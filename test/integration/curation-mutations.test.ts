import { reseed } from '../support/api';
import { createTestApiKey, keyIdOf } from '../support/api-keys';
import {
  CONFLICTING_SOURCE_KEY,
  CONFLICTING_SOURCE_TEXT,
  CURATION_SOURCE_KEY,
  CURATION_SOURCE_TEXT,
  conflictingFacts,
  curationFacts,
  factsFor,
  idOf,
  spanOf,
} from '../support/curation';
import { dumpGraph, relationshipsWithoutTheirKeys, undeclaredRelationships } from '../support/graph-dump';
import { errorCodes, postGraphQL, startTestServer, type GraphQLResponse, type TestServer } from '../support/http-server';
import { itemsOfConnections } from '../support/connections';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(180_000);

const driver = getTestDriver();
let api: TestServer;
let curator: string;
let reader: string;
let admin: string;

const MILITARY_CENTERS = 'gb-fr-military-centers-and-weapons-storage';

beforeAll(async () => {
  await reseed(driver);
  api = await startTestServer({ driver });
  [curator, reader, admin] = await Promise.all([createTestApiKey('curator'), createTestApiKey('reader'), createTestApiKey('admin')]);
});
afterAll(() => api.stop());

/** Sends as the curator unless told otherwise; `null`: with no key. */
function send(query: string, variables: Record<string, unknown>, key: string | null = curator): Promise<GraphQLResponse> {
  return postGraphQL(api.url, { query, variables }, key === null ? {} : { authorization: `Bearer ${key}` });
}

function dataOf<T>(response: GraphQLResponse): T {
  expect(response.json?.errors).toBeUndefined();
  return itemsOfConnections(response.json?.data as T);
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const result = await driver.executeQuery(cypher, params);
  return Number(result.records[0]?.get(0));
}

const INGEST = `mutation ($input: IngestSourceInput!, $key: String) {
  ingestSource(input: $input, idempotencyKey: $key) {
    auditEventId replayed nodesCreated relationshipsCreated
    source { key sha256 }
    facts { edges { node { __typename key } } }
  }
}`;
const ADD_STATEMENT = `mutation ($input: AddStatementInput!, $key: String) {
  addStatement(input: $input, idempotencyKey: $key) {
    auditEventId replayed
    statement { key kind text speaker { __typename key } about { edges { node { __typename key } } } evidence { edges { node { key quote source { key } } } } }
  }
}`;
const ADD_COMMITMENT = `mutation ($input: AddCommitmentInput!, $key: String) {
  addCommitment(input: $input, idempotencyKey: $key) {
    auditEventId replayed
    commitment { key summary stage initialStage bindingness pledgersDisclosed pledgers { edges { node { key } } } beneficiaryDisclosed beneficiary { key } capabilities { edges { node { key } } } domains { edges { node { key } } } conditions { edges { node { key } } } evidence { edges { node { key quote } } } }
  }
}`;
const AMEND_COMMITMENT = `mutation ($input: AmendCommitmentInput!, $key: String) {
  amendCommitment(input: $input, idempotencyKey: $key) {
    auditEventId replayed
    commitment { key pledgersDisclosed pledgers { edges { node { key } } } domains { edges { node { key } } } evidence { edges { node { key } } } }
  }
}`;
const RECORD_STAGE = `mutation ($input: RecordCommitmentStageInput!, $key: String) {
  recordCommitmentStage(input: $input, idempotencyKey: $key) {
    auditEventId replayed
    stageChange { key stage asOf recordedBy recordedAt evidence { edges { node { key quote source { key } } } } }
    commitment { key stage initialStage stageConflict }
  }
}`;
const ATTACH_EVIDENCE = `mutation ($input: AttachEvidenceInput!, $key: String) {
  attachEvidence(input: $input, idempotencyKey: $key) {
    auditEventId replayed
    fact { __typename key evidence { edges { node { key quote source { key } } } } }
  }
}`;
const DISCLOSE_LEADS = `mutation ($input: DiscloseDomainLeadsInput!, $key: String) {
  discloseDomainLeads(input: $input, idempotencyKey: $key) {
    auditEventId replayed
    leadership { key disclosed determined leads { edges { node { __typename key } } } evidence { edges { node { key quote } } } }
  }
}`;
const HISTORY = `query ($key: String!) {
  commitments(filter: { pledger: $key }, first: 20) {
    edges { node { key stage initialStage stageConflict stageHistory(first: 5) { edges { node { key stage asOf recordedBy evidence(first: 3) { edges { node { quote source { key } } } } } } } } }
  }
}`;
const AUDIT = `query ($operation: String) {
  auditTrail(operation: $operation, first: 20) { totalCount edges { node { id operation keyId summary touched(first: 50) { edges { node { __typename id } } } } } }
}`;

const span = (quote: string) => spanOf(CURATION_SOURCE_TEXT, CURATION_SOURCE_KEY, quote);
const conflictingSpan = (quote: string) => spanOf(CONFLICTING_SOURCE_TEXT, CONFLICTING_SOURCE_KEY, quote);

interface AuditData {
  auditTrail: {
    totalCount: number;
    edges: { node: { id: string; operation: string; keyId: string; summary: string; touched: { __typename: string; id: string }[] } }[];
  };
}

async function auditEvents(operation: string): Promise<AuditData['auditTrail']['edges'][number]['node'][]> {
  return dataOf<AuditData>(await send(AUDIT, { operation }, admin)).auditTrail.edges.map((edge) => edge.node);
}

describe('curation mutations: success paths, each with one audit event', () => {
  it('ingestSource adds a source with its facts, validated like the seed; sending it again changes nothing', async () => {
    const input = { text: CURATION_SOURCE_TEXT, facts: curationFacts() };
    const first = dataOf<{
      ingestSource: { auditEventId: string; replayed: boolean; nodesCreated: number; source: { key: string }; facts: { __typename: string; key: string }[] };
    }>(await send(INGEST, { input })).ingestSource;
    expect(first.source.key).toBe(CURATION_SOURCE_KEY);
    expect(first.replayed).toBe(false);
    expect(first.facts).toEqual([
      { __typename: 'Country', key: 'GB' },
      { __typename: 'Country', key: 'FR' },
      { __typename: 'Country', key: 'CA' },
      { __typename: 'Domain', key: 'land' },
    ]);
    // The source and its four evidence spans are new; the countries and the domain were already there.
    expect(first.nodesCreated).toBe(5);
    expect(await count('MATCH (e:Evidence)-[:IN]->(:Source {key: $key}) RETURN count(e)', { key: CURATION_SOURCE_KEY })).toBe(4);
    expect(
      await count("MATCH (c:Country {key: 'GB'})-[:EVIDENCED_BY]->(e:Evidence)-[:IN]->(:Source {key: $key}) RETURN count(e)", { key: CURATION_SOURCE_KEY }),
    ).toBe(1);

    const before = await dumpGraph(driver);
    const again = dataOf<{ ingestSource: { nodesCreated: number; relationshipsCreated: number; auditEventId: string } }>(
      await send(INGEST, { input }),
    ).ingestSource;
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    const after = await dumpGraph(driver);
    // Only the second audit event (and its links) is new; the audit trail's counter moved on by one.
    const audit = (node: string) => node.includes('"AuditEvent"') || node.includes('"AuditSequence"');
    expect(after.nodes.filter((node) => !before.nodes.includes(node) && node.includes('"AuditEvent"'))).toHaveLength(1);
    expect(after.nodes.filter((node) => !audit(node)).sort()).toEqual(before.nodes.filter((node) => !audit(node)).sort());
    const sequenceOf = (dump: { nodes: string[] }) => dump.nodes.filter((node) => node.includes('"AuditSequence"'));
    expect(sequenceOf(after)).toHaveLength(1);
    expect(sequenceOf(after)).not.toEqual(sequenceOf(before));

    const events = await auditEvents('ingestSource');
    expect(events.map((event) => event.id)).toEqual([first.auditEventId, again.auditEventId]);
    expect(events[0]?.keyId).toBe(keyIdOf(curator));
    expect(events[0]?.touched.map((node) => node.__typename)).toEqual(expect.arrayContaining(['Source', 'Country', 'Domain']));

    dataOf(await send(INGEST, { input: { text: CONFLICTING_SOURCE_TEXT, facts: conflictingFacts() } }));
  });

  it('addStatement adds a statement with its speaker, what it is about and its evidence', async () => {
    const text = "Canada will also train Ukrainian deminers, Canada's defense minister said.";
    const response = await send(ADD_STATEMENT, {
      input: {
        key: 'curation-canada-deminers',
        kind: 'PARAPHRASE',
        text: 'Canada will also train Ukrainian deminers',
        speaker: idOf('Country', 'CA'),
        about: [idOf('Country', 'UA')],
        evidence: [span(text)],
      },
    });
    const { addStatement } = dataOf<{ addStatement: { auditEventId: string; statement: Record<string, unknown> } }>(response);
    expect(addStatement.statement).toEqual({
      key: 'curation-canada-deminers',
      kind: 'PARAPHRASE',
      text: 'Canada will also train Ukrainian deminers',
      speaker: { __typename: 'Country', key: 'CA' },
      about: [{ __typename: 'Country', key: 'UA' }],
      evidence: [{ key: `${CURATION_SOURCE_KEY}:${span(text).start}-${span(text).end}`, quote: text, source: { key: CURATION_SOURCE_KEY } }],
    });
    expect((await auditEvents('addStatement')).map((event) => event.id)).toEqual([addStatement.auditEventId]);
  });

  it('addCommitment and amendCommitment add a pledge, then a pledger and a domain, without removing anything', async () => {
    const added = dataOf<{ addCommitment: { auditEventId: string; commitment: Record<string, unknown> } }>(
      await send(ADD_COMMITMENT, {
        input: {
          key: 'curation-canada-deminer-training',
          summary: 'Canada will train Ukrainian deminers.',
          beneficiary: idOf('Country', 'UA'),
          stage: 'AGREED_IN_PRINCIPLE',
          bindingness: 'UNDISCLOSED',
          evidence: [span('Canada will also train Ukrainian deminers')],
        },
      }),
    ).addCommitment;
    expect(added.commitment).toMatchObject({
      key: 'curation-canada-deminer-training',
      stage: 'AGREED_IN_PRINCIPLE',
      initialStage: 'AGREED_IN_PRINCIPLE',
      pledgersDisclosed: false,
      pledgers: [],
      beneficiaryDisclosed: true,
      beneficiary: { key: 'UA' },
    });

    const amended = dataOf<{ amendCommitment: { auditEventId: string; commitment: Record<string, unknown> } }>(
      await send(AMEND_COMMITMENT, {
        input: {
          commitment: idOf('Commitment', 'curation-canada-deminer-training'),
          addPledgers: [idOf('Country', 'CA')],
          addDomains: [idOf('Domain', 'land')],
          evidence: [span("Canada's defense minister said")],
        },
      }),
    ).amendCommitment;
    expect(amended.commitment).toMatchObject({ pledgersDisclosed: true, pledgers: [{ key: 'CA' }], domains: [{ key: 'land' }] });
    expect(amended.commitment.evidence).toHaveLength(2);
    expect((await auditEvents('addCommitment')).map((event) => event.id)).toEqual([added.auditEventId]);
    expect((await auditEvents('amendCommitment')).map((event) => event.id)).toEqual([amended.auditEventId]);
  });

  it('attachEvidence links new words to a seed fact; the same span is one Evidence node', async () => {
    const quote = 'the agreement to establish military centers throughout Ukraine';
    const input = { fact: idOf('Commitment', MILITARY_CENTERS), evidence: [span(quote)] };
    const { attachEvidence } = dataOf<{ attachEvidence: { auditEventId: string; fact: { evidence: { key: string; source: { key: string } }[] } } }>(
      await send(ATTACH_EVIDENCE, { input }),
    );
    const key = `${CURATION_SOURCE_KEY}:${span(quote).start}-${span(quote).end}`;
    expect(attachEvidence.fact.evidence.map((evidence) => evidence.key)).toContain(key);
    expect(await count('MATCH (e:Evidence {key: $key}) RETURN count(e)', { key })).toBe(1);
    expect((await auditEvents('attachEvidence')).map((event) => event.id)).toEqual([attachEvidence.auditEventId]);
  });

  it('discloseDomainLeads names the land leads once a source does', async () => {
    const { discloseDomainLeads } = dataOf<{ discloseDomainLeads: { auditEventId: string; leadership: Record<string, unknown> } }>(
      await send(DISCLOSE_LEADS, {
        input: {
          leadership: idOf('DomainLeadership', 'land-leadership'),
          leads: [idOf('Country', 'FR'), idOf('Country', 'GB')],
          evidence: [span('France and Britain will lead the land domain')],
        },
      }),
    );
    expect(discloseDomainLeads.leadership).toMatchObject({
      key: 'land-leadership',
      disclosed: true,
      determined: true,
      leads: expect.arrayContaining([
        { __typename: 'Country', key: 'FR' },
        { __typename: 'Country', key: 'GB' },
      ]),
    });
    expect((await auditEvents('discloseDomainLeads')).map((event) => event.id)).toEqual([discloseDomainLeads.auditEventId]);
  });
});

describe('stage history: dated, never overwritten; conflicting sources both kept and visible', () => {
  const commitment = idOf('Commitment', MILITARY_CENTERS);

  it('recordCommitmentStage makes the latest asOf the current stage and keeps the seed stage as the origin', async () => {
    const earlier = dataOf<{ recordCommitmentStage: { stageChange: { stage: string; recordedBy: string }; commitment: Record<string, unknown> } }>(
      await send(RECORD_STAGE, {
        input: { commitment, stage: 'AWAITING_APPROVAL', asOf: '2026-02-01', evidence: [span('the agreement to establish military centers')] },
      }),
    ).recordCommitmentStage;
    expect(earlier.stageChange).toMatchObject({ stage: 'AWAITING_APPROVAL', recordedBy: keyIdOf(curator) });
    expect(earlier.commitment).toEqual({ key: MILITARY_CENTERS, stage: 'AWAITING_APPROVAL', initialStage: 'AGREED_IN_PRINCIPLE', stageConflict: false });

    const ratified = dataOf<{ recordCommitmentStage: { auditEventId: string; commitment: Record<string, unknown> } }>(
      await send(RECORD_STAGE, {
        input: { commitment, stage: 'RATIFIED', asOf: '2026-03-03', evidence: [span('On March 3, 2026, the British parliament ratified the agreement')] },
      }),
    ).recordCommitmentStage;
    expect(ratified.commitment).toMatchObject({ stage: 'RATIFIED', stageConflict: false });

    // An older claim recorded later does not move the current stage back.
    dataOf(
      await send(RECORD_STAGE, {
        input: { commitment, stage: 'PROPOSED', asOf: '2025-12-01', evidence: [span('establish military centers throughout Ukraine')] },
      }),
    );
    const { commitments } = dataOf<{
      commitments: { edges: { node: { key: string; stage: string; initialStage: string; stageHistory: { stage: string; asOf: string }[] } }[] };
    }>(await send(HISTORY, { key: 'GB' }, null));
    const node = commitments.edges.find((edge) => edge.node.key === MILITARY_CENTERS)?.node;
    expect(node?.stage).toBe('RATIFIED');
    expect(node?.initialStage).toBe('AGREED_IN_PRINCIPLE');
    expect(node?.stageHistory.map((change) => [change.asOf, change.stage])).toEqual([
      ['2026-03-03', 'RATIFIED'],
      ['2026-02-01', 'AWAITING_APPROVAL'],
      ['2025-12-01', 'PROPOSED'],
    ]);
    expect(await count("MATCH (c:Commitment {key: $key}) RETURN count(CASE WHEN c.stage = 'AGREED_IN_PRINCIPLE' THEN 1 END)", { key: MILITARY_CENTERS })).toBe(
      1,
    );
    expect((await auditEvents('recordCommitmentStage')).length).toBe(3);
  });

  it('a second source contradicting the same date is kept too, and flagged', async () => {
    const conflicting = dataOf<{ recordCommitmentStage: { commitment: Record<string, unknown> } }>(
      await send(RECORD_STAGE, {
        input: { commitment, stage: 'AWAITING_APPROVAL', asOf: '2026-03-03', evidence: [conflictingSpan('still awaiting approval in London')] },
      }),
    ).recordCommitmentStage;
    expect(conflicting.commitment).toMatchObject({ stageConflict: true });

    const { commitments } = dataOf<{
      commitments: {
        edges: { node: { key: string; stageConflict: boolean; stageHistory: { stage: string; asOf: string; evidence: { source: { key: string } }[] }[] } }[];
      };
    }>(await send(HISTORY, { key: 'GB' }, null));
    const node = commitments.edges.find((edge) => edge.node.key === MILITARY_CENTERS)?.node;
    expect(node?.stageConflict).toBe(true);
    const latest = node?.stageHistory.filter((change) => change.asOf === '2026-03-03');
    expect(latest?.map((change) => [change.stage, change.evidence[0]?.source.key]).sort()).toEqual([
      ['AWAITING_APPROVAL', CONFLICTING_SOURCE_KEY],
      ['RATIFIED', CURATION_SOURCE_KEY],
    ]);
  });

  it("writes relationships only as the model declares them, each key-paged one with its ends' keys, after every mutation above", async () => {
    expect(await undeclaredRelationships(driver)).toEqual([]);
    expect(await relationshipsWithoutTheirKeys(driver)).toEqual([]);
  });

  it('filters commitments by their current stage', async () => {
    const query = 'query ($stage: CommitmentStage) { commitments(filter: { stage: $stage }, first: 100) { edges { node { key } } } }';
    const keysAt = async (stage: string) =>
      dataOf<{ commitments: { edges: { node: { key: string } }[] } }>(await send(query, { stage }, null)).commitments.edges.map((edge) => edge.node.key);
    const current = (await keysAt('AWAITING_APPROVAL')).concat(await keysAt('RATIFIED'));
    expect(current).toContain(MILITARY_CENTERS);
    expect(await keysAt('AGREED_IN_PRINCIPLE')).not.toContain(MILITARY_CENTERS);
  });
});

describe('rejections leave the graph exactly as it was', () => {
  const statement = (overrides: Record<string, unknown> = {}) => ({
    key: 'curation-rejected-statement',
    kind: 'PARAPHRASE',
    text: 'France and Britain will lead the land domain',
    speaker: idOf('Country', 'FR'),
    evidence: [span('France and Britain will lead the land domain')],
    ...overrides,
  });

  async function expectRefused(request: () => Promise<GraphQLResponse>, code: string, field?: string): Promise<GraphQLResponse> {
    const before = await dumpGraph(driver);
    const answer = await request();
    expect(errorCodes(answer)).toEqual([code]);
    if (field !== undefined) {
      expect(answer.json?.errors?.[0]?.extensions?.field).toBe(field);
      expect(answer.json?.errors?.[0]?.extensions?.argumentName).toBe(field.split(/[.[]/)[0]);
    }
    expect(await dumpGraph(driver)).toEqual(before);
    return answer;
  }

  /** One valid request per mutation (each would succeed with a curator key). */
  const everyMutation = (): [string, Record<string, unknown>][] => [
    [
      INGEST,
      { text: CURATION_SOURCE_TEXT.replace('TEST FIXTURE', 'TEST-FIXTURE'), facts: curationFacts().replace(CURATION_SOURCE_KEY, 'test-fixture-never-written') },
    ],
    [ADD_STATEMENT, statement()],
    [ADD_COMMITMENT, { key: 'never-written', summary: 'x', stage: 'PROPOSED', bindingness: 'UNDISCLOSED', evidence: [span('France')] }],
    [AMEND_COMMITMENT, { commitment: idOf('Commitment', MILITARY_CENTERS), addDomains: [idOf('Domain', 'sea')], evidence: [span('France')] }],
    [RECORD_STAGE, { commitment: idOf('Commitment', MILITARY_CENTERS), stage: 'IN_FORCE', asOf: '2026-04-01', evidence: [span('Britain')] }],
    [ATTACH_EVIDENCE, { fact: idOf('Country', 'GB'), evidence: [span('British parliament')] }],
    [DISCLOSE_LEADS, { leadership: idOf('DomainLeadership', 'sea-leadership'), leads: [idOf('Country', 'FR')], evidence: [span('France')] }],
  ];

  it('without a key: UNAUTHENTICATED, for every mutation, before the input is even looked at', async () => {
    for (const [query, input] of everyMutation()) {
      const answer = await expectRefused(() => send(query, { input }, null), 'UNAUTHENTICATED');
      expect(answer.status).toBe(401);
    }
    await expectRefused(() => send(ADD_STATEMENT, { input: statement({ evidence: [] }) }, null), 'UNAUTHENTICATED');
  });

  it('with a reader key: FORBIDDEN, for every mutation', async () => {
    for (const [query, input] of everyMutation()) {
      const answer = await expectRefused(() => send(query, { input }, reader), 'FORBIDDEN');
      expect(answer.status).toBe(403);
    }
  });

  it('a quote that differs from the source text', async () => {
    const wrong = { ...span('France and Britain'), quote: 'France and Belgium' };
    const answer = await expectRefused(
      () => send(ADD_STATEMENT, { input: statement({ text: 'France and Belgium', evidence: [wrong] }) }),
      'BAD_USER_INPUT',
      'input.evidence[0].quote',
    );
    expect(answer.json?.errors?.[0]?.message).toContain('expected (source text) "France and Britain"');
  });

  it('missing evidence: no evidence, no write', async () => {
    await expectRefused(() => send(ADD_STATEMENT, { input: statement({ evidence: [] }) }), 'BAD_USER_INPUT', 'input.evidence');
    await expectRefused(
      () => send(RECORD_STAGE, { input: { commitment: idOf('Commitment', MILITARY_CENTERS), stage: 'IN_FORCE', asOf: '2026-04-01', evidence: [] } }),
      'BAD_USER_INPUT',
      'input.evidence',
    );
  });

  it('evidence into a source that is not in the graph', async () => {
    await expectRefused(
      () =>
        send(ADD_STATEMENT, {
          input: statement({ evidence: [{ ...span('France and Britain will lead the land domain'), source: idOf('Source', 'no-such-source') }] }),
        }),
      'BAD_USER_INPUT',
      'input.evidence[0].source',
    );
  });

  it('a dangling reference', async () => {
    await expectRefused(() => send(ADD_STATEMENT, { input: statement({ speaker: idOf('Country', 'ZZ') }) }), 'BAD_USER_INPUT', 'input.speaker');
    await expectRefused(
      () =>
        send(AMEND_COMMITMENT, {
          input: { commitment: idOf('Commitment', 'no-such-commitment'), addDomains: [idOf('Domain', 'land')], evidence: [span('the land domain')] },
        }),
      'BAD_USER_INPUT',
      'input.commitment',
    );
    await expectRefused(
      () =>
        send(DISCLOSE_LEADS, {
          input: { leadership: idOf('DomainLeadership', 'sea-leadership'), leads: [idOf('Organization', 'no-such-org')], evidence: [span('France')] },
        }),
      'BAD_USER_INPUT',
      'input.leads[0]',
    );
  });

  it('a reference of the wrong kind', async () => {
    await expectRefused(() => send(ADD_STATEMENT, { input: statement({ speaker: idOf('Domain', 'land') }) }), 'BAD_USER_INPUT', 'input.speaker');
  });

  it('an existing key', async () => {
    await expectRefused(() => send(ADD_STATEMENT, { input: statement({ key: 'curation-canada-deminers' }) }), 'BAD_USER_INPUT', 'input.key');
  });

  it('oversized input: source text, evidence list, reference list', async () => {
    const text = `${'x'.repeat(60_001)}`;
    const answer = await expectRefused(() => send(INGEST, { input: { text, facts: '{}' } }), 'BAD_USER_INPUT', 'input.text');
    expect(answer.json?.errors?.[0]?.message).toContain('MAX_SOURCE_CHARS');
    const spans = Array.from({ length: 51 }, () => span('France'));
    await expectRefused(() => send(ATTACH_EVIDENCE, { input: { fact: idOf('Country', 'FR'), evidence: spans } }), 'BAD_USER_INPUT', 'input.evidence');
    const about = Array.from({ length: 51 }, (_, index) => idOf('Commitment', `c-${index}`));
    await expectRefused(() => send(ADD_STATEMENT, { input: statement({ about }) }), 'BAD_USER_INPUT', 'input.about');
  });

  it('ingestSource: facts that do not validate, with every problem listed', async () => {
    const facts = factsFor(CURATION_SOURCE_TEXT, {
      source: { key: 'test-fixture-curation-broken' },
      countries: [{ key: 'FR', name: 'France', evidence: [{ quote: 'France' }] }],
      commitments: [
        {
          key: 'broken',
          summary: 'x',
          pledgers: ['country:ZZ'],
          pledgersDisclosed: true,
          stage: 'RATIFIED',
          bindingness: 'BINDING',
          evidence: [{ quote: 'ratified' }],
        },
      ],
    }).replace('"quote": "France"', '"quote": "Frence"');
    const answer = await expectRefused(() => send(INGEST, { input: { text: CURATION_SOURCE_TEXT, facts } }), 'BAD_USER_INPUT', 'input.facts');
    const problems = answer.json?.errors?.[0]?.extensions?.problems as { field: string; reason: string }[];
    expect(problems.map((problem) => problem.reason)).toEqual(
      expect.arrayContaining([expect.stringContaining('dangling reference "country:ZZ"'), expect.stringContaining('quote differs from the source text')]),
    );
  });

  it('ingestSource: a character outside the Basic Multilingual Plane', async () => {
    const text = 'TEST FIXTURE with an emoji \u{1F600} in it.';
    await expectRefused(
      () => send(INGEST, { input: { text, facts: JSON.stringify({ source: { key: 'test-fixture-astral' } }) } }),
      'BAD_USER_INPUT',
      'input.text',
    );
  });

  it('ingestSource: a fact the graph holds with other properties, or a source with other text', async () => {
    const facts = factsFor(CURATION_SOURCE_TEXT, {
      source: { key: 'test-fixture-curation-renamed' },
      countries: [{ key: 'FR', name: 'French Republic', evidence: [{ quote: 'France' }] }],
    });
    const renamed = await expectRefused(() => send(INGEST, { input: { text: CURATION_SOURCE_TEXT, facts } }), 'BAD_USER_INPUT', 'input.facts');
    expect(renamed.json?.errors?.[0]?.message).toContain('Country "FR" is already in the graph with other values');
    await expectRefused(() => send(INGEST, { input: { text: `${CURATION_SOURCE_TEXT} Edited.`, facts: curationFacts() } }), 'BAD_USER_INPUT', 'input.text');
  });

  it('ingestSource: re-sending a source whose evidence was since used elsewhere would remove it, so it is refused', async () => {
    // attachEvidence and recordCommitmentStage above linked spans of this source that its facts do not list.
    await expectRefused(() => send(INGEST, { input: { text: CURATION_SOURCE_TEXT, facts: curationFacts() } }), 'BAD_USER_INPUT', 'input.facts');
  });

  it('a malformed date, id or idempotency key', async () => {
    await expectRefused(
      () =>
        send(RECORD_STAGE, { input: { commitment: idOf('Commitment', MILITARY_CENTERS), stage: 'IN_FORCE', asOf: '2026-02-30', evidence: [span('Britain')] } }),
      'BAD_USER_INPUT',
      'input.asOf',
    );
    await expectRefused(() => send(ATTACH_EVIDENCE, { input: { fact: 'not-an-id!', evidence: [span('Britain')] } }), 'BAD_USER_INPUT', 'input.fact');
    await expectRefused(
      () => send(ATTACH_EVIDENCE, { input: { fact: idOf('Country', 'GB'), evidence: [span('Britain')] }, key: 'k'.repeat(201) }),
      'BAD_USER_INPUT',
      'idempotencyKey',
    );
  });
});

describe('idempotency', () => {
  it('a repeat with the same idempotency key returns the first result and writes nothing', async () => {
    const input = { fact: idOf('Country', 'CA'), evidence: [span('Canada will also train')] };
    const first = dataOf<{ attachEvidence: { auditEventId: string; replayed: boolean } }>(
      await send(ATTACH_EVIDENCE, { input, key: 'attach-canada-1' }),
    ).attachEvidence;
    const before = await dumpGraph(driver);
    const again = dataOf<{ attachEvidence: { auditEventId: string; replayed: boolean } }>(
      await send(ATTACH_EVIDENCE, { input, key: 'attach-canada-1' }),
    ).attachEvidence;
    expect(again).toEqual({ ...first, replayed: true });
    expect(first.replayed).toBe(false);
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it('the same key with a different request is refused', async () => {
    const before = await dumpGraph(driver);
    const answer = await send(ATTACH_EVIDENCE, { input: { fact: idOf('Country', 'GB'), evidence: [span('Britain')] }, key: 'attach-canada-1' });
    expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.json?.errors?.[0]?.extensions?.field).toBe('idempotencyKey');
    expect(await dumpGraph(driver)).toEqual(before);
  });
});
