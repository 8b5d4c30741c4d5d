import type { ManagedTransaction } from 'neo4j-driver';
import {
  findDanglingReferences,
  findEvidenceProblems,
  linkEvidence,
  type EvidencedNode,
  type FactRef,
  type SpanInput,
} from '../curation-repository';
import { assertNoProblems } from './input-error';

/** Inside the transaction: refuses dangling references and quotes that differ from their source. */
export async function checkInGraph(tx: ManagedTransaction, refs: readonly FactRef[], spans: readonly SpanInput[]): Promise<void> {
  assertNoProblems([...(await findDanglingReferences(tx, refs)), ...(await findEvidenceProblems(tx, spans))]);
}

/** Links the (checked) spans to a node; returns their Evidence keys. */
export function attachSpans(tx: ManagedTransaction, target: EvidencedNode, spans: readonly SpanInput[]): Promise<string[]> {
  return linkEvidence(tx, target, spans);
}
