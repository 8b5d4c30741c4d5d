import type { GraphClient } from '../neo4j/client';
import type { EvidenceRow } from '../model/rows';
import type { SpanBounds } from './coverage';

/** The evidence of a source's own properties, by property (`publisher`, `dateline` …), in text order. */
export type SourcePropertyEvidence = Partial<Record<string, EvidenceRow[]>>;

/** What coverage is computed from: the text, and the spans something cites (see `citedSpans`). */
export interface CitedSpans {
  text: string;
  spans: SpanBounds[];
}

export interface SourceRepository {
  /** For each source key, the evidence its title, publisher and dateline cite; empty for a key that matches nothing. */
  propertyEvidence(keys: readonly string[]): Promise<SourcePropertyEvidence[]>;
  /**
   * For each source key, its text and the spans of its evidence that something cites (a fact, a
   * claim, a stage change, the source itself: any EVIDENCED_BY): one span per distinct start, the
   * longest, in start order, so at most one per character of the text. Null for a missing source.
   */
  citedSpans(keys: readonly string[]): Promise<(CitedSpans | null)[]>;
}

export function createSourceRepository(graph: GraphClient): SourceRepository {
  return {
    async propertyEvidence(keys) {
      const rows = await graph.read<{ key: string; field: string; evidence: EvidenceRow }>(
        [
          'UNWIND $keys AS key',
          'MATCH (s:Source {key: key})-[r:EVIDENCED_BY]->(e:Evidence)',
          'WITH key, r.field AS field, e ORDER BY e.start, e.`end`',
          "RETURN key, field, e {.*, label: 'Evidence'} AS evidence",
        ].join('\n'),
        { keys },
      );
      const byKey = new Map<string, SourcePropertyEvidence>();
      for (const { key, field, evidence } of rows) {
        const fields = byKey.get(key) ?? {};
        byKey.set(key, fields);
        (fields[field] ??= []).push(evidence);
      }
      return keys.map((key) => byKey.get(key) ?? {});
    },

    async citedSpans(keys) {
      const rows = await graph.read<{ key: string } & CitedSpans>(
        [
          'UNWIND $keys AS key',
          'MATCH (s:Source {key: key})',
          'RETURN key, s.text AS text, COLLECT {',
          '  MATCH (s)<-[:IN]-(e:Evidence) WHERE EXISTS { (e)<-[:EVIDENCED_BY]-() }',
          '  WITH e.start AS start, max(e.`end`) AS finish ORDER BY start',
          '  RETURN [start, finish]',
          '} AS spans',
        ].join('\n'),
        { keys },
      );
      const byKey = new Map(rows.map(({ key, text, spans }) => [key, { text, spans }]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
  };
}
