/** An evidence span found in a result: any object with a string `quote` and numeric `start`/`end`. */
export interface EvidenceSpan {
  /** The Evidence node's id, when the result carries it. */
  id?: string;
  quote: string;
  start: number;
  end: number;
  /** The source's id or key, when the result carries them. */
  sourceId?: string;
  sourceKey?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every evidence span in a result, wherever it sits (under `edges.node` or not), each once. */
export function findEvidence(data: unknown): EvidenceSpan[] {
  const found = new Map<string, EvidenceSpan>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isObject(value)) return;
    const { quote, start, end, source } = value;
    if (typeof quote === 'string' && typeof start === 'number' && typeof end === 'number') {
      const span: EvidenceSpan = { quote, start, end };
      if (typeof value.id === 'string') span.id = value.id;
      if (isObject(source)) {
        if (typeof source.id === 'string') span.sourceId = source.id;
        if (typeof source.key === 'string') span.sourceKey = source.key;
      }
      const key = span.id ?? `${span.sourceId ?? span.sourceKey ?? '?'}:${start}-${end}`;
      found.set(key, { ...found.get(key), ...span });
    }
    Object.values(value).forEach(visit);
  };
  visit(data);
  return [...found.values()];
}

export type SegmentKind = 'plain' | 'other' | 'quoted';

/** A run of source text that is all one kind: not quoted, quoted by other evidence, or the span shown. */
export interface Segment {
  start: number;
  end: number;
  kind: SegmentKind;
  text: string;
}

interface Range {
  start: number;
  end: number;
}

/**
 * Cuts `text` into runs: `quoted` for the characters of `selected` (offsets are UTF-16 indexes,
 * end exclusive, as the API gives them), `other` for characters any other span covers, `plain`
 * for what no evidence covers.
 */
export function segmentSource(text: string, selected: Range, others: readonly Range[]): Segment[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const cuts = new Set<number>([0, text.length, clamp(selected.start), clamp(selected.end)]);
  for (const range of others) {
    cuts.add(clamp(range.start));
    cuts.add(clamp(range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const within = (range: Range) => range.start <= start && end <= range.end;
    const kind: SegmentKind = within(selected) ? 'quoted' : others.some(within) ? 'other' : 'plain';
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) {
      last.end = end;
      last.text += text.slice(start, end);
    } else segments.push({ start, end, kind, text: text.slice(start, end) });
  }
  return segments;
}
