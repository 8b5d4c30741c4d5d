import { encodeId } from '../../src/ids';
import type { NodeLabel } from '../../src/model/graph';

/** The public id of a node, as any `id` field returns it. */
export const idOf = (label: NodeLabel, key: string): string => encodeId(label, key);

/** An EvidenceInput for the first occurrence of `quote` in `text` (the source stored under `sourceKey`). */
export function spanOf(text: string, sourceKey: string, quote: string): { source: string; start: number; end: number; quote: string } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" does not occur in the source text`);
  return { source: idOf('Source', sourceKey), start, end: start + quote.length, quote };
}

/** A `facts` document (JSON is YAML) with each evidence `{ quote }` located in `text`. */
export function factsFor(text: string, facts: Record<string, unknown>): string {
  const locate = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(locate);
    if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).map(([name, inner]) => {
        if (name !== 'evidence' || !Array.isArray(inner)) return [name, locate(inner)];
        return [
          name,
          (inner as { quote: string }[]).map(({ quote }) => {
            const start = text.indexOf(quote);
            return { start, end: start + quote.length, quote };
          }),
        ];
      });
      return Object.fromEntries(entries);
    }
    return value;
  };
  return JSON.stringify(locate(facts), null, 2);
}

/**
 * A small invented source (test fixture, not a news report) naming the land domain's leads and a
 * ratification date; `ratifiedSource()` and `awaitingSource()` disagree about the same date.
 */
export const CURATION_SOURCE_KEY = 'test-fixture-curation-ratified';
export const CURATION_SOURCE_TEXT =
  "TEST FIXTURE (invented for pledgegraph's curation tests; not a news report). " +
  'On March 3, 2026, the British parliament ratified the agreement to establish military centers throughout Ukraine. ' +
  'France and Britain will lead the land domain, officials said. ' +
  "Canada will also train Ukrainian deminers, Canada's defense minister said.";

export const CONFLICTING_SOURCE_KEY = 'test-fixture-curation-awaiting';
export const CONFLICTING_SOURCE_TEXT =
  "TEST FIXTURE (invented for pledgegraph's curation tests; not a news report). " +
  'As of March 3, 2026, the agreement on military centers was still awaiting approval in London, a spokesperson said.';

export function curationFacts(): string {
  return factsFor(CURATION_SOURCE_TEXT, {
    source: { key: CURATION_SOURCE_KEY, title: 'Curation test fixture (invented)' },
    countries: [
      { key: 'GB', name: 'United Kingdom', evidence: [{ quote: 'Britain' }] },
      { key: 'FR', name: 'France', evidence: [{ quote: 'France' }] },
      { key: 'CA', name: 'Canada', evidence: [{ quote: 'Canada' }] },
    ],
    domains: [{ key: 'land', name: 'land', evidence: [{ quote: 'the land domain' }] }],
  });
}

export function conflictingFacts(): string {
  return factsFor(CONFLICTING_SOURCE_TEXT, { source: { key: CONFLICTING_SOURCE_KEY } });
}
