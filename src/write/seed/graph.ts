import { evidenceKey, type PropertyValue, type SourceGraph } from '../ingest-repository';
import { FACT_LABELS, JUDGEMENT_FIELDS, PROPERTY_FIELDS, REFERENCE_FIELDS, SECTION, parseRef, writtenRefs, type SeedBundle, type Span } from './format';

type AnyFact = { key: string; evidence: Span[] } & Record<string, unknown>;

/** How many of a delegation's delegates go unnamed: its size less those it names; null when the size is not given. */
function unnamedDelegates(delegation: AnyFact): number | null {
  const size = delegation.size as number | null | undefined;
  if (size === null || size === undefined) return null;
  const named = Array.isArray(delegation.delegates) ? delegation.delegates.length : 0;
  return size - named;
}

/** Turns a validated bundle into the rows the ingest repository writes. Pure. */
export function toSourceGraph(bundle: SeedBundle): SourceGraph {
  const sourceKey = bundle.source.key;
  const evidence = new Map<string, SourceGraph['evidence'][number]>();
  const graph: SourceGraph = {
    source: {
      key: sourceKey,
      title: bundle.source.title,
      publisher: bundle.source.publisher,
      dateline: bundle.source.dateline,
      text: bundle.source.text,
      sha256: bundle.source.sha256,
    },
    nodes: [],
    evidence: [],
    evidenceLinks: [],
    relationships: [],
    claims: [],
    sourceEvidence: [],
  };
  for (const [field, spans] of Object.entries(bundle.source.evidenceFor ?? {})) {
    for (const span of spans) {
      const key = evidenceKey(sourceKey, span.start, span.end);
      evidence.set(key, { key, start: span.start, end: span.end, quote: span.quote });
      graph.sourceEvidence.push({ field, evidence: key });
    }
  }
  const relationships = new Map<string, SourceGraph['relationships'][number]>();

  for (const label of FACT_LABELS) {
    const facts = bundle.facts[SECTION[label]] as unknown as AnyFact[];
    const rows: SourceGraph['nodes'][number]['rows'] = [];
    const links: SourceGraph['evidenceLinks'][number]['rows'] = [];
    for (const fact of facts) {
      const props: Record<string, PropertyValue> = { key: fact.key };
      for (const name of PROPERTY_FIELDS[label]) props[name] = (fact[name] ?? null) as PropertyValue;
      if (label === 'Commitment') props.beneficiaryDisclosed = fact.beneficiary !== null && fact.beneficiary !== undefined;
      if (label === 'Delegation') props.unnamedDelegates = unnamedDelegates(fact);
      rows.push({ key: fact.key, props });

      // A fact's evidence is the union of its own spans and those of its claims.
      const linked = new Set<string>();
      const cite = (spans: readonly Span[]): string[] =>
        spans.map((span) => {
          const key = evidenceKey(sourceKey, span.start, span.end);
          evidence.set(key, { key, start: span.start, end: span.end, quote: span.quote });
          if (!linked.has(key)) links.push({ key: fact.key, evidence: key });
          linked.add(key);
          return key;
        });
      const factEvidence = cite(fact.evidence);

      const evidenceFor = (fact.evidenceFor ?? {}) as Record<string, Span[]>;
      for (const name of PROPERTY_FIELDS[label]) {
        const value = (fact[name] ?? null) as PropertyValue;
        const spans = evidenceFor[name];
        if (spans) graph.claims.push({ label, key: fact.key, field: name, value, own: true, evidence: cite(spans) });
        else if (value !== null && JUDGEMENT_FIELDS[label].includes(name))
          graph.claims.push({ label, key: fact.key, field: name, value, own: false, evidence: factEvidence });
      }

      for (const field of REFERENCE_FIELDS) {
        if (field.label !== label) continue;
        for (const { raw, evidence: spans } of writtenRefs(fact, field)) {
          const target = parseRef(raw, field);
          if ('error' in target) throw new Error(`unvalidated bundle: ${target.error}`);
          graph.claims.push({
            label,
            key: fact.key,
            field: field.field,
            target: { label: target.label, key: target.key },
            own: spans !== undefined,
            evidence: spans ? cite(spans) : factEvidence,
          });
          const [from, to] = field.reverse
            ? [{ label: target.label, key: target.key }, { label, key: fact.key }]
            : [{ label, key: fact.key }, { label: target.label, key: target.key }];
          const batchKey = `${from.label}|${field.type}|${to.label}`;
          let batch = relationships.get(batchKey);
          if (!batch) {
            batch = { type: field.type, from: from.label, to: to.label, rows: [] };
            relationships.set(batchKey, batch);
          }
          if (!batch.rows.some((row) => row.from === from.key && row.to === to.key)) batch.rows.push({ from: from.key, to: to.key });
        }
      }
    }
    graph.nodes.push({ label, rows });
    graph.evidenceLinks.push({ label, rows: links });
  }
  graph.evidence = [...evidence.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  graph.relationships = [...relationships.values()];
  return graph;
}
