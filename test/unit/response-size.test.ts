import { jsonBytesExceed } from '../../src/limits/response-size';

const samples: unknown[] = [
  null,
  0,
  -12.5,
  true,
  '',
  'plain',
  'quotes " and \\ backslashes\nnew lines\ttabs \u0001 control',
  'ünïcödé — 日本語 😀',
  [],
  [1, 'two', null, [3, [4]]],
  {},
  { a: 1, b: undefined, 'ké y': ['x', { nested: { deeper: 'yes' } }], empty: {} },
  { data: { sources: { edges: Array.from({ length: 50 }, (_, i) => ({ node: { key: `s${i}`, text: 'word '.repeat(i) } })) } } },
];

describe('jsonBytesExceed measures a value as its JSON would be, in UTF-8 bytes', () => {
  it.each(samples.map((sample) => [JSON.stringify(sample).slice(0, 60), sample]))('%s', (_label, sample) => {
    const bytes = Buffer.byteLength(JSON.stringify(sample));
    expect(jsonBytesExceed(sample, bytes)).toBe(false);
    expect(jsonBytesExceed(sample, bytes - 1)).toBe(true);
  });
});
