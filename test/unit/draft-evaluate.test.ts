import { evidenceOverlap, scoreDraft, scoreElements, sumScores } from '../../src/draft/evaluate';

const element = (key: string, spans: [number, number][], speaker?: string) => ({
  key,
  spans: spans.map(([start, end]) => ({ start, end })),
  ...(speaker ? { speaker } : {}),
});

describe('draft: scoring a draft against curated facts', () => {
  it('counts spans as the same evidence when they share at least half of the longer one', () => {
    expect(evidenceOverlap(element('a', [[0, 100]]), element('b', [[50, 100]]))).toBe(0.5);
    expect(evidenceOverlap(element('a', [[0, 100]]), element('b', [[0, 49]]))).toBe(0.49);
    expect(scoreElements([element('a', [[0, 100]])], [element('b', [[0, 50]])]).matched).toBe(1);
    expect(scoreElements([element('a', [[0, 100]])], [element('b', [[0, 49]])]).matched).toBe(0);
  });

  it('matches one to one: one long drafted span stands for one curated element, not all inside it', () => {
    const score = scoreElements([element('whole', [[0, 100]])], [element('x', [[0, 100]]), element('y', [[0, 60]])]);
    expect(score).toEqual({ drafted: 1, curated: 2, matched: 1, precision: 1, recall: 0.5 });
  });

  it('requires the same speaker for statements, and matches countries by ISO code', () => {
    const curated = [element('s', [[0, 10]], 'person:ana')];
    expect(scoreElements([element('t', [[0, 10]], 'person:bo')], curated, { sameSpeaker: true }).matched).toBe(0);
    expect(scoreElements([element('t', [[0, 10]], 'person:ana')], curated, { sameSpeaker: true }).matched).toBe(1);
    expect(scoreElements([element('GB', [[5, 9]])], [element('GB', [[50, 60]]), element('FR', [[5, 9]])], { byKey: true })).toEqual({
      drafted: 1,
      curated: 2,
      matched: 1,
      precision: 1,
      recall: 0.5,
    });
  });

  it('compares speakers by the name each file gives them, whatever their keys', () => {
    const span = { start: 0, end: 10, quote: 'x' };
    const drafted = {
      people: [{ key: 'hugo-fome', name: 'Hugo Fome', evidence: [span] }],
      statements: [{ key: 'a', speaker: 'person:hugo-fome', evidence: [span] }],
    };
    const curated = {
      people: [{ key: 'syn-person-3', name: 'Hugo Fome', evidence: [span] }],
      statements: [{ key: 'b', speaker: 'person:syn-person-3', evidence: [span] }],
    };
    expect(scoreDraft(drafted, curated).statements?.matched).toBe(1);
  });

  it('adds scores up', () => {
    const total = sumScores([
      { drafted: 2, curated: 4, matched: 2, precision: 1, recall: 0.5 },
      { drafted: 2, curated: 0, matched: 0, precision: 0, recall: 1 },
    ]);
    expect(total).toEqual({ drafted: 4, curated: 4, matched: 2, precision: 0.5, recall: 0.5 });
  });
});
