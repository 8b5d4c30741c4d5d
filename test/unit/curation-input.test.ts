import { checkDate, checkText, readEvidence, readIds } from '../../src/write/curation/input-checks';
import type { InputProblem } from '../../src/write/curation/input-error';
import { fingerprintOf } from '../../src/write/curation/run-curation';
import { stageChangeKey } from '../../src/write/curation/stage-changes';
import { encodeId } from '../../src/ids';
import { hasStageConflict } from '../../src/graphql/resolvers/curation';
import type { StageChangeRow } from '../../src/model/rows';

const source = encodeId('Source', 'ap');

describe('curation input checks (before any database work)', () => {
  it('reads evidence spans, refusing none, too many, bad offsets, a quote of the wrong length and repeats', () => {
    const problems: InputProblem[] = [];
    expect(readEvidence([], 'input.evidence', problems)).toEqual([]);
    expect(problems).toEqual([{ field: 'input.evidence', reason: expect.stringContaining('no evidence, no write') }]);

    const more: InputProblem[] = [];
    const spans = readEvidence(
      [
        { source, start: 0, end: 5, quote: 'Paris' },
        { source, start: 5, end: 5, quote: 'x' },
        { source, start: 0, end: 5, quote: 'Paris' },
        { source: encodeId('Country', 'GB'), start: 0, end: 2, quote: 'GB' },
      ],
      'input.evidence',
      more,
    );
    expect(spans[0]).toEqual({ field: 'input.evidence[0]', sourceKey: 'ap', start: 0, end: 5, quote: 'Paris' });
    expect(more.map((problem) => problem.field)).toEqual(['input.evidence[1].end', 'input.evidence[1].quote', 'input.evidence[2]', 'input.evidence[3].source']);
    const many: InputProblem[] = [];
    readEvidence(
      Array.from({ length: 51 }, () => ({ source, start: 0, end: 1, quote: 'P' })),
      'input.evidence',
      many,
    );
    expect(many).toEqual([{ field: 'input.evidence', reason: expect.stringContaining('at most 50') }]);
  });

  it('refuses a quote past 1,000 characters, text past its maximum, lone surrogates and control characters', () => {
    const quote: InputProblem[] = [];
    readEvidence([{ source, start: 0, end: 1001, quote: 'q'.repeat(1001) }], 'input.evidence', quote);
    expect(quote).toEqual([{ field: 'input.evidence[0].quote', reason: 'at most 1000 characters per span (got 1001)' }]);

    const text: InputProblem[] = [];
    checkText('s'.repeat(5001), 'input.summary', text);
    checkText('s'.repeat(1001), 'input.text', text, 1000);
    checkText('half \uDC00 pair', 'input.summary', text);
    checkText('bell \u0007', 'input.summary', text);
    checkText('tab\tline\ncr\r', 'input.summary', text);
    expect(text).toEqual([
      { field: 'input.summary', reason: 'at most 5000 characters (got 5001)' },
      { field: 'input.text', reason: 'at most 1000 characters (got 1001)' },
      { field: 'input.summary', reason: expect.stringContaining('contains a lone surrogate (half of a UTF-16 pair, not a character), U+DC00, at offset 5') },
      { field: 'input.summary', reason: expect.stringContaining('contains a control character, U+0007, at offset 5') },
    ]);
  });

  it('reads ids of the allowed types only, each once', () => {
    const problems: InputProblem[] = [];
    const refs = readIds(
      [encodeId('Country', 'GB'), encodeId('Domain', 'land'), encodeId('Country', 'GB'), 'nonsense!'],
      'input.leads',
      ['Country', 'Organization'],
      problems,
    );
    expect(refs).toEqual([{ label: 'Country', key: 'GB', field: 'input.leads[0]' }]);
    expect(problems.map((problem) => problem.field)).toEqual(['input.leads[1]', 'input.leads[2]', 'input.leads[3]']);
  });

  it('accepts calendar dates only', () => {
    const problems: InputProblem[] = [];
    for (const date of ['2026-03-03', '2026-02-30', '03/03/2026', '2026-3-3']) checkDate(date, 'input.asOf', problems);
    expect(problems).toHaveLength(3);
  });

  it('keys a stage change by its claim and its evidence, whatever the order of the spans', () => {
    const key = stageChangeKey('c', '2026-03-03', 'RATIFIED', ['ap:1-2', 'ap:3-4']);
    expect(key).toMatch(/^c@2026-03-03:RATIFIED:[0-9a-f]{12}$/);
    expect(stageChangeKey('c', '2026-03-03', 'RATIFIED', ['ap:3-4', 'ap:1-2'])).toBe(key);
    expect(stageChangeKey('c', '2026-03-03', 'RATIFIED', ['other:1-2'])).not.toBe(key);
  });

  it('flags a conflict only among the changes of the latest date', () => {
    const change = (asOf: string, stage: StageChangeRow['stage']) => ({ asOf, stage }) as StageChangeRow;
    expect(hasStageConflict([])).toBe(false);
    expect(hasStageConflict([change('2026-03-03', 'RATIFIED'), change('2026-03-03', 'RATIFIED')])).toBe(false);
    expect(hasStageConflict([change('2026-03-03', 'RATIFIED'), change('2026-03-03', 'AWAITING_APPROVAL')])).toBe(true);
    expect(hasStageConflict([change('2026-03-03', 'RATIFIED'), change('2026-02-01', 'PROPOSED'), change('2026-02-01', 'IN_FORCE')])).toBe(false);
  });

  it('fingerprints a request independently of the order of its fields', () => {
    expect(fingerprintOf('op', { a: 1, b: [{ c: 2, d: 3 }] })).toBe(fingerprintOf('op', { b: [{ d: 3, c: 2 }], a: 1 }));
    expect(fingerprintOf('op', { a: 1 })).not.toBe(fingerprintOf('other', { a: 1 }));
  });
});
