import { DEFAULT_MAX_SOURCE_CHARS } from '../../src/config';
import { coverageOf, mergeSpans, MAX_TEXT_RANGE_CHARS } from '../../src/read/coverage';

const TEXT = 'PARIS (AP) — Allies agreed. "Not everyone is ready," he said.\nBasic Agreement\n';
const at = (words: string): [number, number] => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return [start, start + words.length];
};
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

describe('coverage of a source by its cited spans', () => {
  it('merges spans that overlap or touch, in text order, and keeps apart those that do not', () => {
    expect(
      mergeSpans(
        [
          [10, 20],
          [0, 5],
          [5, 8],
          [15, 30],
          [40, 41],
        ],
        100,
      ),
    ).toEqual([
      [0, 8],
      [10, 30],
      [40, 41],
    ]);
    expect(
      mergeSpans(
        [
          [3, 3],
          [-2, 4],
          [90, 120],
        ],
        100,
      ),
    ).toEqual([
      [0, 4],
      [90, 100],
    ]);
  });

  it('lists uncited stretches trimmed to letters and digits, and skips those of only whitespace and punctuation', () => {
    const coverage = coverageOf(TEXT, [at('PARIS'), at('(AP)'), at('Allies agreed'), at('Not everyone is ready')]);
    expect(coverage.cited.map(({ text }) => text)).toEqual(['PARIS', '(AP)', 'Allies agreed', 'Not everyone is ready']);
    expect(coverage.uncited.map(({ text }) => text)).toEqual(['he said', 'Basic Agreement']);
    for (const range of [...coverage.cited, ...coverage.uncited]) expect(TEXT.slice(range.start, range.end)).toBe(range.text);
  });

  it('counts letters and digits only, so cited and uncited add up to the total', () => {
    const coverage = coverageOf(TEXT, [at('PARIS (AP)'), at('everyone is'), at('everyone is ready,"')]);
    expect(coverage.totalCharacters).toBe(letters(TEXT));
    expect(coverage.citedCharacters).toBe(letters('PARIS (AP)') + letters('everyone is ready'));
    expect(coverage.citedCharacters + coverage.uncited.reduce((sum, { text }) => sum + letters(text), 0)).toBe(coverage.totalCharacters);
    expect(coverage.share).toBeCloseTo(coverage.citedCharacters / coverage.totalCharacters, 12);
  });

  it('covers nothing without spans and everything with one span of the whole text', () => {
    const none = coverageOf(TEXT, []);
    expect(none).toMatchObject({ citedCharacters: 0, share: 0, cited: [] });
    expect(none.uncited.map(({ text }) => text)).toEqual(['PARIS (AP) — Allies agreed. "Not everyone is ready," he said', 'Basic Agreement']);
    const all = coverageOf(TEXT, [[0, TEXT.length]]);
    expect(all).toMatchObject({ share: 1, uncited: [] });
    expect(coverageOf(' — ', [])).toMatchObject({ totalCharacters: 0, share: 0, uncited: [] });
    const long = `${'x'.repeat(MAX_TEXT_RANGE_CHARS + 10)}.`;
    expect(coverageOf(long, []).uncited.map(({ start, end }) => [start, end])).toEqual([
      [0, MAX_TEXT_RANGE_CHARS],
      [MAX_TEXT_RANGE_CHARS, MAX_TEXT_RANGE_CHARS + 10],
    ]);
  });

  it('takes the worst input within limits: a span at every offset of a 60,000-character source (DEFAULT_MAX_SOURCE_CHARS)', () => {
    const text = 'word '.repeat(DEFAULT_MAX_SOURCE_CHARS / 5);
    const spans = Array.from({ length: text.length }, (_, start): [number, number] => [start, Math.min(text.length, start + 3)]);
    const coverage = coverageOf(text, spans);
    expect(coverage.cited).toHaveLength(DEFAULT_MAX_SOURCE_CHARS / MAX_TEXT_RANGE_CHARS);
    coverage.cited.forEach((range, index) => {
      expect(range).toEqual({ start: index * MAX_TEXT_RANGE_CHARS, end: (index + 1) * MAX_TEXT_RANGE_CHARS, text: text.slice(range.start, range.end) });
    });
    expect(coverage).toMatchObject({ totalCharacters: DEFAULT_MAX_SOURCE_CHARS * 0.8, share: 1, uncited: [] });
  });
});
