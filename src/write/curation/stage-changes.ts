import { createHash } from 'node:crypto';
import type { Principal } from '../../auth/principal';
import type { RecordCommitmentStageInput } from '../../graphql/generated/resolvers-types';
import { evidenceKey } from '../ingest-repository';
import { recordStageChange, refreshCurrentStage, type FactRef } from '../curation-repository';
import { attachSpans, checkInGraph } from './evidence';
import { assertNoProblems, type InputProblem } from './input-error';
import { checkDate, readEvidence, readId } from './input-checks';
import { runCuration, type CurationContext, type CurationReceipt } from './run-curation';

export interface StageChangeResult {
  commitmentKey: string;
  stageChangeKey: string;
}

/**
 * A stage change's key: the commitment, the date, the stage and a digest of its evidence, so the
 * same claim on the same words is one node, and a claim from other words (another source) is another.
 */
export function stageChangeKey(commitmentKey: string, asOf: string, stage: string, evidenceKeys: readonly string[]): string {
  const digest = createHash('sha256')
    .update([...evidenceKeys].sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
  return `${commitmentKey}@${asOf}:${stage}:${digest}`;
}

export async function recordCommitmentStage(
  context: CurationContext,
  principal: Principal,
  input: RecordCommitmentStageInput,
  idempotencyKey?: string | null,
): Promise<StageChangeResult & CurationReceipt> {
  const problems: InputProblem[] = [];
  const commitment = readId(input.commitment, 'input.commitment', ['Commitment'], problems);
  checkDate(input.asOf, 'input.asOf', problems);
  const spans = readEvidence(input.evidence, 'input.evidence', problems);
  assertNoProblems(problems);
  const commitmentKey = (commitment as FactRef).key;
  const key = stageChangeKey(
    commitmentKey,
    input.asOf,
    input.stage,
    spans.map((span) => evidenceKey(span.sourceKey, span.start, span.end)),
  );
  return runCuration(context, principal, {
    operation: 'recordCommitmentStage',
    input,
    idempotencyKey,
    async write(tx) {
      await checkInGraph(tx, [{ label: 'Commitment', key: commitmentKey, field: 'input.commitment' }], spans);
      const created = await recordStageChange(tx, { key, commitmentKey, stage: input.stage, asOf: input.asOf, recordedBy: principal.keyId });
      const evidence = await attachSpans(tx, { label: 'StageChange', key }, spans);
      await refreshCurrentStage(tx, commitmentKey);
      return {
        result: { commitmentKey, stageChangeKey: key },
        audit: {
          summary: `recorded stage ${input.stage} as of ${input.asOf} for Commitment ${commitmentKey}`,
          changes: { stageChange: { key, stage: input.stage, asOf: input.asOf, created }, evidence },
          touched: [{ label: 'Commitment', key: commitmentKey }],
        },
      };
    },
  });
}
