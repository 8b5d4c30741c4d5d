import { overlap, slugOf } from './spans';

/** One element as the evaluation sees it: its key, its evidence spans and, for statements, its speaker. */
export interface ScoredElement {
  key: string;
  spans: { start: number; end: number }[];
  speaker?: string;
}

export interface Score {
  drafted: number;
  curated: number;
  matched: number;
  /** matched / drafted (1 when nothing was drafted). */
  precision: number;
  /** matched / curated (1 when nothing was curated). */
  recall: number;
}

/** Two spans are the same evidence when they share at least half of the longer one. */
export const MIN_OVERLAP = 0.5;

export interface MatchRules {
  /** Match by key alone (countries: the ISO code is the identity). */
  byKey?: boolean;
  /** Also require the same speaker (statements). */
  sameSpeaker?: boolean;
}

/** How well two elements' evidence agrees: the best overlap of any span of one with any span of the other. */
export function evidenceOverlap(a: ScoredElement, b: ScoredElement): number {
  let best = 0;
  for (const x of a.spans) for (const y of b.spans) best = Math.max(best, overlap(x, y));
  return best;
}

/**
 * Scores drafted elements against curated ones of the same type. Matching is one to one (a drafted
 * element can stand for at most one curated element, and the reverse), greedily by best overlap
 * first, so one long drafted span cannot claim every curated element inside it.
 */
export function scoreElements(drafted: ScoredElement[], curated: ScoredElement[], rules: MatchRules = {}): Score {
  const pairs: { d: number; c: number; score: number }[] = [];
  drafted.forEach((draftedElement, d) =>
    curated.forEach((curatedElement, c) => {
      if (rules.sameSpeaker && draftedElement.speaker !== curatedElement.speaker) return;
      const score = rules.byKey ? (draftedElement.key === curatedElement.key ? 1 : 0) : evidenceOverlap(draftedElement, curatedElement);
      if (score >= (rules.byKey ? 1 : MIN_OVERLAP)) pairs.push({ d, c, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.d - b.d || a.c - b.c);
  const usedDrafted = new Set<number>();
  const usedCurated = new Set<number>();
  for (const pair of pairs) {
    if (usedDrafted.has(pair.d) || usedCurated.has(pair.c)) continue;
    usedDrafted.add(pair.d);
    usedCurated.add(pair.c);
  }
  const matched = usedDrafted.size;
  return {
    drafted: drafted.length,
    curated: curated.length,
    matched,
    precision: drafted.length === 0 ? 1 : matched / drafted.length,
    recall: curated.length === 0 ? 1 : matched / curated.length,
  };
}

/** The element types the evaluation scores, with how each is matched. */
export const EVALUATED: { section: string; rules: MatchRules }[] = [
  { section: 'countries', rules: { byKey: true } },
  { section: 'organizations', rules: {} },
  { section: 'people', rules: {} },
  { section: 'roles', rules: {} },
  { section: 'events', rules: {} },
  { section: 'statements', rules: { sameSpeaker: true } },
  { section: 'commitments', rules: {} },
  { section: 'conditions', rules: {} },
];

type Facts = Record<string, unknown>;

/**
 * A speaker by what the source calls it, not by its key: `person:syn-person-7` and
 * `person:hugo-fome` are the same speaker when both files name the person Hugo Fome.
 */
function speakerIdentity(facts: Facts, ref: string): string {
  const [prefix = '', key = ''] = ref.split(/:(.*)/s);
  const section = { person: 'people', organization: 'organizations', country: 'countries' }[prefix];
  if (!section || prefix === 'country') return ref;
  const fact = ((facts[section] ?? []) as { key: string; name?: string }[]).find((candidate) => candidate.key === key);
  return fact?.name ? `${prefix}:${slugOf(fact.name, 20)}` : ref;
}

/** The elements of one section of a facts file (drafted or curated), as the evaluation sees them. */
export function elementsOf(facts: Facts, section: string): ScoredElement[] {
  // A reference is a bare `label:key`, or `{ ref, evidence }` where a curator gave the claim its own evidence.
  const list = (facts[section] ?? []) as { key: string; evidence: { start: number; end: number }[]; speaker?: string | { ref: string } }[];
  return list.map((fact) => {
    const speaker = typeof fact.speaker === 'object' ? fact.speaker.ref : fact.speaker;
    return {
      key: fact.key,
      spans: fact.evidence.map(({ start, end }) => ({ start, end })),
      ...(speaker ? { speaker: speakerIdentity(facts, speaker) } : {}),
    };
  });
}

/** Every evaluated section of a draft scored against the curated facts of the same source. */
export function scoreDraft(drafted: Facts, curated: Facts): Record<string, Score> {
  return Object.fromEntries(EVALUATED.map(({ section, rules }) => [section, scoreElements(elementsOf(drafted, section), elementsOf(curated, section), rules)]));
}

/** Adds up scores (e.g. over several synthetic articles). */
export function sumScores(scores: Score[]): Score {
  const drafted = scores.reduce((sum, score) => sum + score.drafted, 0);
  const curated = scores.reduce((sum, score) => sum + score.curated, 0);
  const matched = scores.reduce((sum, score) => sum + score.matched, 0);
  return { drafted, curated, matched, precision: drafted === 0 ? 1 : matched / drafted, recall: curated === 0 ? 1 : matched / curated };
}
