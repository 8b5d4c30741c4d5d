import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino from 'pino';
import {
  AddCommitmentDocument,
  AddStatementDocument,
  AmendCommitmentDocument,
  AttachEvidenceDocument,
  CommitmentStageHistoryDocument,
  CurationAuditTrailDocument,
  DiscloseDomainLeadsDocument,
  IngestSourceDocument,
  RecordCommitmentStageDocument,
} from '../../src/graphql/generated/client/graphql';
import { startServer, type PledgegraphServer } from '../../src/server';
import { reseed } from '../support/api';
import { createTestApiKey, keyIdOf } from '../support/api-keys';
import { CURATION_SOURCE_KEY, CURATION_SOURCE_TEXT, curationFacts, idOf, spanOf } from '../support/curation';
import { getTestDriver } from '../support/neo4j';

jest.setTimeout(120_000);

const driver = getTestDriver();
let server: PledgegraphServer;
let curator: string;
let admin: string;

beforeAll(async () => {
  await reseed(driver);
  server = await startServer({ config: { host: '127.0.0.1', port: 0 }, logger: pino({ level: 'silent' }), db: { driver } });
  [curator, admin] = await Promise.all([createTestApiKey('curator', 'e2e curator'), createTestApiKey('admin', 'e2e admin')]);
});
afterAll(() => server.stop());

/** What an integration writes: a generated document in, typed data out, with its API key. */
async function execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, key?: string): Promise<TResult> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const span = (quote: string) => spanOf(CURATION_SOURCE_TEXT, CURATION_SOURCE_KEY, quote);
const MILITARY_CENTERS = 'gb-fr-military-centers-and-weapons-storage';

describe('the curation workflow through the generated typed client', () => {
  it('ingests a source, records a stage, reads the history, and an admin reads the audit trail', async () => {
    const { ingestSource } = await execute(
      IngestSourceDocument,
      { input: { text: CURATION_SOURCE_TEXT, facts: curationFacts() }, idempotencyKey: 'e2e-ingest' },
      curator,
    );
    expect(ingestSource.source.key).toBe(CURATION_SOURCE_KEY);
    expect(ingestSource.facts.edges.map(({ node: fact }) => `${fact.__typename}:${fact.key}`)).toEqual([
      'Country:GB',
      'Country:FR',
      'Country:CA',
      'Domain:land',
    ]);

    const { recordCommitmentStage } = await execute(
      RecordCommitmentStageDocument,
      {
        input: {
          commitment: idOf('Commitment', MILITARY_CENTERS),
          stage: 'RATIFIED',
          asOf: '2026-03-03',
          evidence: [span('On March 3, 2026, the British parliament ratified the agreement')],
        },
      },
      curator,
    );
    const stage: 'RATIFIED' | 'PROPOSED' | 'AGREED_IN_PRINCIPLE' | 'AWAITING_APPROVAL' | 'IN_FORCE' | 'DELIVERED' = recordCommitmentStage.commitment.stage;
    expect(stage).toBe('RATIFIED');
    expect(recordCommitmentStage.stageChange.recordedBy).toBe(keyIdOf(curator));

    const { commitments } = await execute(CommitmentStageHistoryDocument, { filter: { stage: 'RATIFIED' } });
    const [ratified] = commitments.edges.map((edge) => edge.node);
    expect(ratified).toMatchObject({ key: MILITARY_CENTERS, stage: 'RATIFIED', initialStage: 'AGREED_IN_PRINCIPLE', stageConflict: false });
    expect(ratified?.stageHistory.edges.map(({ node: change }) => [change.asOf, change.stage, change.evidence.edges[0]?.node.source.key])).toEqual([
      ['2026-03-03', 'RATIFIED', CURATION_SOURCE_KEY],
    ]);

    const { auditTrail } = await execute(CurationAuditTrailDocument, { touching: idOf('Commitment', MILITARY_CENTERS) }, admin);
    expect(auditTrail.edges.map(({ node }) => [node.operation, node.keyId])).toEqual([['recordCommitmentStage', keyIdOf(curator)]]);
    const ingests = await execute(CurationAuditTrailDocument, { operation: 'ingestSource' }, admin);
    expect(ingests.auditTrail.edges.map(({ node }) => node.id)).toEqual([ingestSource.auditEventId]);
  });

  it('adds a statement and a commitment, amends it, attaches evidence and discloses a domain’s leads', async () => {
    const { addStatement } = await execute(
      AddStatementDocument,
      {
        input: {
          key: 'e2e-leads-named',
          kind: 'PARAPHRASE',
          text: 'France and Britain will lead the land domain',
          speaker: idOf('Country', 'FR'),
          about: [idOf('DomainLeadership', 'land-leadership')],
          evidence: [span('France and Britain will lead the land domain, officials said.')],
        },
      },
      curator,
    );
    expect(addStatement.statement.about.edges.map(({ node: fact }) => fact.key)).toEqual(['land-leadership']);

    const { addCommitment } = await execute(
      AddCommitmentDocument,
      {
        input: {
          key: 'e2e-deminer-training',
          summary: 'Canada will train Ukrainian deminers.',
          pledgers: [idOf('Country', 'CA')],
          beneficiary: idOf('Country', 'UA'),
          stage: 'AGREED_IN_PRINCIPLE',
          bindingness: 'UNDISCLOSED',
          evidence: [span('Canada will also train Ukrainian deminers')],
        },
      },
      curator,
    );
    expect(addCommitment.commitment).toMatchObject({ pledgersDisclosed: true, pledgers: { edges: [{ node: { key: 'CA' } }] }, beneficiary: { key: 'UA' } });

    const { amendCommitment } = await execute(
      AmendCommitmentDocument,
      { input: { commitment: addCommitment.commitment.id, addDomains: [idOf('Domain', 'land')], evidence: [span('the land domain')] } },
      curator,
    );
    expect(amendCommitment.commitment.domains.edges.map(({ node: domain }) => domain.key)).toEqual(['land']);

    const { attachEvidence } = await execute(
      AttachEvidenceDocument,
      { input: { fact: idOf('Country', 'CA'), evidence: [span("Canada's defense minister")] } },
      curator,
    );
    expect(attachEvidence.fact.evidence.edges.some(({ node: evidence }) => evidence.source.key === CURATION_SOURCE_KEY)).toBe(true);

    const { discloseDomainLeads } = await execute(
      DiscloseDomainLeadsDocument,
      {
        input: {
          leadership: idOf('DomainLeadership', 'land-leadership'),
          leads: [idOf('Country', 'FR'), idOf('Country', 'GB')],
          evidence: [span('France and Britain will lead the land domain')],
        },
      },
      curator,
    );
    expect(discloseDomainLeads.leadership.disclosed).toBe(true);
    expect(discloseDomainLeads.leadership.leads.edges.map(({ node: lead }) => lead.key).sort()).toEqual(['FR', 'GB']);

    for (const operation of ['addStatement', 'addCommitment', 'amendCommitment', 'attachEvidence', 'discloseDomainLeads']) {
      const { auditTrail } = await execute(CurationAuditTrailDocument, { operation }, admin);
      expect(auditTrail.totalCount).toBe(1);
    }
  });
});
