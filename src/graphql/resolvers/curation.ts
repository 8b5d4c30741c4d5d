import { requireRole } from '../../auth/require-role';
import type { Context } from '../context';
import { addCommitment, addStatement, amendCommitment, attachEvidence, discloseDomainLeads } from '../../write/curation/fact-edits';
import { ingestSource } from '../../write/curation/ingest-source';
import { recordCommitmentStage } from '../../write/curation/stage-changes';
import type {
  AttachEvidencePayloadResolvers,
  CommitmentPayloadResolvers,
  CommitmentResolvers,
  DomainLeadershipPayloadResolvers,
  IngestSourcePayloadResolvers,
  MutationResolvers,
  RecordCommitmentStagePayloadResolvers,
  StageChangeResolvers,
  StatementPayloadResolvers,
} from '../generated/resolvers-types';
import { connectionOf } from '../../read/pagination';
import type { CommitmentRow, StageChangeRow } from '../../model/rows';
import { computedField } from '../../read/plan';
import { loadNode } from './support';

/** A write changes what this request's loaders may have cached: later fields read afresh. */
async function afterWrite<T>(context: Context, write: Promise<T>): Promise<T> {
  const result = await write;
  context.loaders.clearAll();
  return result;
}

export const Mutation: MutationResolvers = {
  ingestSource: (_root, { input, idempotencyKey }, context) =>
    afterWrite(context, ingestSource(context, requireRole(context, 'curator'), input, idempotencyKey)),
  addStatement: (_root, { input, idempotencyKey }, context) =>
    afterWrite(context, addStatement(context, requireRole(context, 'curator'), input, idempotencyKey)),
  addCommitment: (_root, { input, idempotencyKey }, context) =>
    afterWrite(context, addCommitment(context, requireRole(context, 'curator'), input, idempotencyKey)),
  amendCommitment: (_root, { input, idempotencyKey }, context) =>
    afterWrite(context, amendCommitment(context, requireRole(context, 'curator'), input, idempotencyKey)),
  recordCommitmentStage: (_root, { input, idempotencyKey }, context) =>
    afterWrite(context, recordCommitmentStage(context, requireRole(context, 'curator'), input, idempotencyKey)),
  attachEvidence: (_root, { input, idempotencyKey }, context) =>
    afterWrite(context, attachEvidence(context, requireRole(context, 'curator'), input, idempotencyKey)),
  discloseDomainLeads: (_root, { input, idempotencyKey }, context) =>
    afterWrite(context, discloseDomainLeads(context, requireRole(context, 'curator'), input, idempotencyKey)),
};

export const IngestSourcePayload: IngestSourcePayloadResolvers = {
  source: (row, _args, context) => loadNode(context, 'Source', row.sourceKey),
  facts: async (row, args, context) => {
    const page = connectionOf(row.facts, args);
    const nodes = await Promise.all(page.edges.map(({ node: { label, key } }) => loadNode(context, label, key)));
    return { ...page, edges: page.edges.map(({ cursor }, index) => ({ cursor, node: nodes[index]! })) };
  },
};

export const StatementPayload: StatementPayloadResolvers = {
  statement: (row, _args, context) => loadNode(context, 'Statement', row.fact.key),
};

export const CommitmentPayload: CommitmentPayloadResolvers = {
  commitment: (row, _args, context) => loadNode(context, 'Commitment', row.fact.key),
};

export const AttachEvidencePayload: AttachEvidencePayloadResolvers = {
  fact: (row, _args, context) => loadNode(context, row.fact.label, row.fact.key),
};

export const DomainLeadershipPayload: DomainLeadershipPayloadResolvers = {
  leadership: (row, _args, context) => loadNode(context, 'DomainLeadership', row.fact.key),
};

export const RecordCommitmentStagePayload: RecordCommitmentStagePayloadResolvers = {
  commitment: (row, _args, context) => loadNode(context, 'Commitment', row.commitmentKey),
  stageChange: async (row, _args, context) => {
    const history = await context.loaders.stageHistory.load(row.commitmentKey);
    const change = history.find((candidate) => candidate.key === row.stageChangeKey);
    if (!change) throw new Error(`StageChange ${row.stageChangeKey} is missing from the graph`);
    return change;
  },
};

export const StageChange: StageChangeResolvers = {
  evidence: (row, args) => connectionOf(row.evidence, args),
};

/** The fields curation adds to Commitment (merged into its resolvers in resolvers/index.ts). */
export const CommitmentCuration: Pick<CommitmentResolvers, 'stage' | 'initialStage' | 'stageHistory' | 'stageConflict'> = {
  stage: computedField<CommitmentRow, CommitmentRow['stage']>(['currentStage', 'stage'], (row) => row.currentStage ?? row.stage),
  initialStage: computedField<CommitmentRow, CommitmentRow['stage']>(['stage'], (row) => row.stage),
  stageHistory: async (row, args, context) => connectionOf(await context.loaders.stageHistory.load(row.key), args),
  stageConflict: async (row, _args, context) => hasStageConflict(await context.loaders.stageHistory.load(row.key)),
};

/** True when the changes of the latest `asOf` state different stages. */
export function hasStageConflict(history: readonly StageChangeRow[]): boolean {
  const latest = history[0]?.asOf;
  return new Set(history.filter((change) => change.asOf === latest).map((change) => change.stage)).size > 1;
}
