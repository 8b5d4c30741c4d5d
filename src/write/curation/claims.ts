import type { GraphTransaction } from '../../neo4j/client';
import type { FactLabel } from '../../model/graph';
import { writeClaims, type SpanInput } from '../curation-repository';
import { claimKey, claimValue, evidenceKey, type PropertyValue, type StoredClaim } from '../ingest-repository';

/** What a curation mutation asserts of one fact: links (by the fact's field) and judgement values. */
export interface Asserted {
  links: readonly { field: string; refs: readonly { label: FactLabel; key: string }[] }[];
  judgements?: Readonly<Record<string, PropertyValue>>;
  /** True when the mutation's evidence is given for these claims (an amendment); false when it is the new fact's own. */
  own: boolean;
}

/**
 * The claims a mutation makes, one per source its evidence quotes: every link and judgement it
 * writes rests on the words of that source it cites, as a facts file's claims do (src/write/seed/graph.ts).
 */
export function curatedClaims(fact: { label: FactLabel; key: string }, asserted: Asserted, spans: readonly SpanInput[]): StoredClaim[] {
  const bySource = new Map<string, string[]>();
  for (const span of spans) bySource.set(span.sourceKey, [...(bySource.get(span.sourceKey) ?? []), evidenceKey(span.sourceKey, span.start, span.end)]);
  return [...bySource].flatMap(([source, evidence]) => {
    const claim = (field: string, target: { label: FactLabel; key: string } | null, value: PropertyValue | null): StoredClaim => ({
      key: claimKey(source, { label: fact.label, key: fact.key, field, ...(target ? { target } : {}) }),
      source,
      label: fact.label,
      fact: fact.key,
      field,
      value: target ? null : claimValue(value),
      own: asserted.own,
      target,
      evidence: [...new Set(evidence)],
    });
    return [
      ...asserted.links.flatMap(({ field, refs }) => refs.map((ref) => claim(field, { label: ref.label, key: ref.key }, null))),
      ...Object.entries(asserted.judgements ?? {}).map(([field, value]) => claim(field, null, value)),
    ];
  });
}

/** Writes the claims of a mutation (after its evidence is attached) and refreshes which are contested. */
export function recordClaims(tx: GraphTransaction, fact: { label: FactLabel; key: string }, asserted: Asserted, spans: readonly SpanInput[]): Promise<void> {
  return writeClaims(tx, curatedClaims(fact, asserted, spans));
}
