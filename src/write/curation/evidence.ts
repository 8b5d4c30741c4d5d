import type { GraphTransaction } from '../../neo4j/client';
import { findMissingFacts, linkEvidence, readStoredSpans, type EvidencedNode, type FactRef, type SpanInput, type StoredSpan } from '../curation-repository';
import { excerpt } from '../../excerpt';
import { assertNoProblems, type InputProblem } from './input-error';

/** Inside the transaction: refuses dangling references and quotes that differ from their source. */
export async function checkInGraph(tx: GraphTransaction, refs: readonly FactRef[], spans: readonly SpanInput[]): Promise<void> {
  const dangling = (await findMissingFacts(tx, refs)).map((ref) => ({
    field: ref.field,
    reason: `dangling reference: no ${ref.label} with key ${excerpt(ref.key)} is in the graph`,
  }));
  const stored = await readStoredSpans(tx, spans);
  const misquoted = spans.flatMap((span, index) => spanProblems(span, stored[index] as StoredSpan));
  assertNoProblems([...dangling, ...misquoted]);
}

function spanProblems(span: SpanInput, stored: StoredSpan): InputProblem[] {
  if (!stored.sourceFound) {
    return [{ field: `${span.field}.source`, reason: `no source with key ${excerpt(span.sourceKey)} is in the graph; ingest it first (ingestSource)` }];
  }
  if (stored.text === null) {
    return [{ field: `${span.field}.end`, reason: `is beyond the end of the source (${Number(stored.sourceLength)} characters)` }];
  }
  if (stored.text !== span.quote) {
    return [
      {
        field: `${span.field}.quote`,
        reason: `differs from the source text at ${span.start}-${span.end}: expected (source text) ${excerpt(stored.text)}, actual (quote) ${excerpt(span.quote)}`,
      },
    ];
  }
  return [];
}

/** Links the (checked) spans to a node; returns their Evidence keys. */
export function attachSpans(tx: GraphTransaction, target: EvidencedNode, spans: readonly SpanInput[]): Promise<string[]> {
  return linkEvidence(tx, target, spans);
}
