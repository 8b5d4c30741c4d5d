/**
 * What of a source's text its evidence covers (`Source.coverage`), computed from the cited spans.
 *
 * Counting rule: a character counts when it is a letter or a digit (Unicode `\p{L}`, `\p{N}`).
 * Whitespace and punctuation are neither cited nor uncited content: a span that stops before a
 * full stop or a closing quotation mark leaves nothing uncovered. So `citedCharacters` plus the
 * counted characters of the `uncited` ranges is exactly `totalCharacters`.
 *
 * Cost: sorting the spans (at most one per character of the text, as the repository reads them)
 * and one pass over the text; for a source of MAX_SOURCE_CHARS (60,000) with a span at every
 * offset, tens of milliseconds.
 */

/**
 * The longest range returned, in characters: a longer stretch comes as consecutive ranges, each
 * ending where the next starts. It bounds `TextRange.text`, which the cost rule charges (a page
 * of 100 ranges is at most 100 × 1000 characters, whatever MAX_SOURCE_CHARS is).
 */
export const MAX_TEXT_RANGE_CHARS = 1000;

/** A stretch of a source's text, `start` inclusive and `end` exclusive (UTF-16 code units). */
export interface TextRangeRow {
  start: number;
  end: number;
  text: string;
}

/** A source's coverage, whole: its cited and uncited ranges, both in text order. */
export interface SourceCoverageRow {
  totalCharacters: number;
  citedCharacters: number;
  share: number;
  cited: TextRangeRow[];
  uncited: TextRangeRow[];
}

/** A span as read: `[start, end]`. */
export type SpanBounds = readonly [number, number];

const COUNTED = /[\p{L}\p{N}]/u;

function counted(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end; at += 1) if (COUNTED.test(text[at]!)) count += 1;
  return count;
}

/** Spans clipped to the text, sorted and merged where they overlap or touch. */
export function mergeSpans(spans: readonly SpanBounds[], length: number): [number, number][] {
  const sorted = spans
    .map(([start, end]): [number, number] => [Math.max(0, start), Math.min(length, end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The uncited stretches between `start` and `end`: cut at line breaks (a range never spans two
 * paragraphs), each trimmed to its first and last counted character, those with none left out.
 */
function uncitedRanges(text: string, start: number, end: number): TextRangeRow[] {
  const ranges: TextRangeRow[] = [];
  for (let line = start; line < end;) {
    const breakAt = text.indexOf('\n', line);
    const lineEnd = breakAt < 0 || breakAt >= end ? end : breakAt;
    let from = line;
    while (from < lineEnd && !COUNTED.test(text[from]!)) from += 1;
    if (from < lineEnd) {
      let to = lineEnd;
      while (!COUNTED.test(text[to - 1]!)) to -= 1;
      ranges.push(...pieces(text, from, to));
    }
    line = lineEnd + 1;
  }
  return ranges;
}

/** `[start, end)` as ranges of at most MAX_TEXT_RANGE_CHARS characters. */
function pieces(text: string, start: number, end: number): TextRangeRow[] {
  const ranges: TextRangeRow[] = [];
  for (let from = start; from < end; from += MAX_TEXT_RANGE_CHARS) {
    const to = Math.min(end, from + MAX_TEXT_RANGE_CHARS);
    ranges.push({ start: from, end: to, text: text.slice(from, to) });
  }
  return ranges;
}

/** The coverage of `text` by `spans` (in any order, overlapping or not). Linear in the text after sorting. */
export function coverageOf(text: string, spans: readonly SpanBounds[]): SourceCoverageRow {
  const merged = mergeSpans(spans, text.length);
  const cited = merged.flatMap(([start, end]) => pieces(text, start, end));
  const uncited: TextRangeRow[] = [];
  let citedCharacters = 0;
  let previous = 0;
  for (const [start, end] of merged) {
    uncited.push(...uncitedRanges(text, previous, start));
    citedCharacters += counted(text, start, end);
    previous = end;
  }
  uncited.push(...uncitedRanges(text, previous, text.length));
  const totalCharacters = counted(text, 0, text.length);
  return { totalCharacters, citedCharacters, share: totalCharacters === 0 ? 0 : citedCharacters / totalCharacters, cited, uncited };
}
