import type { CONDITION_KINDS } from '../write/seed/format';
import type { Sentence } from './sentences';
import { slugOf, spanOf, type Span } from './spans';

type ConditionKind = (typeof CONDITION_KINDS)[number];

export interface Condition {
  key: string;
  kind: ConditionKind;
  /** The source's words for it, without the phrase that introduced it. */
  description: string;
  evidence: Span[];
  confidence: number;
  rule: string;
  /** The sentences it stands in (a commitment in the same sentence hangs on it). */
  sentences: number[];
}

/** Phrases that introduce a condition. A comma, "and" or "or" must precede the loose ones ("…, if parliaments vote"), so an "if" inside a noun phrase is no condition. */
const CUES = [
  'in the event of',
  'in case of',
  'only after',
  'after',
  'only once',
  'only if',
  'once',
  'provided that',
  'provided',
  'on condition that',
  'subject to',
  'pending',
  'unless',
  'following',
  'until',
  'before',
];
const LOOSE_CUES = ['if', 'when', 'should'];
const CUE = new RegExp(
  `(?<![\\p{L}])(?<!\\beven\\s)(?:(${CUES.join('|').replace(/ /g, '\\s')})|(?<=(?:,|\\sand|\\sor)\\s)(${LOOSE_CUES.join('|')}))\\s(?!nearly\\b|years?\\b|\\d)`,
  'giu',
);
/** Requirements stated as such: the clause that carries them is the condition's evidence. */
const REQUIREMENT =
  /\b(?:would|will|must|to)\s(?:also\s)?require\s(?:(?!\s(?:and|but)\s(?:added|said|noted|stressed|warned)\b)[^,.;“”])+|\b(?:needs?|needed|must|have|has)\s(?:still\s)?(?:to\s)?be\s(?:ratified|approved)\b(?:(?!\s(?:and|but)\s(?:added|said|noted|stressed|warned)\b)[^,.;“”])*/giu;
const PHRASE_END =
  /[,.;:”"]|\s(?:and|or)\s(?=(?:only\s)?(?:after|once|if|when|unless|should|until|following|in\sthe\sevent|provided|pending|subject)\b)|\s(?:to|so|while|because)\s(?=\p{Ll})/u;

/** What a condition is about, first match wins (lawmakers before approval in general; ending the war before a ceasefire). */
const KINDS: [RegExp, ConditionKind][] = [
  [/\b(?:lawmakers?|parliaments?|legislatures?|congress|national\sassembl\w*|senate)\b/i, 'LAWMAKER_APPROVAL'],
  [/\bratif\w*/i, 'RATIFICATION'],
  [
    /\b(?:end\sof\s(?:the\s)?(?:hostilities|war|fighting)|fighting\s(?:stops|ends)|combat\soperations\send|guns\sfall\ssilent|war\sends)\b/i,
    'END_OF_HOSTILITIES',
  ],
  [/\b(?:ceasefire|cease-fire|truce|armistice|settlement|peace\s(?:deal|agreement))\b/i, 'CEASEFIRE_OR_SETTLEMENT'],
  [/\b(?:attack\w*|aggression|invasion|invades?|breached|offensive|hostilities\sresume)\b/i, 'RUSSIAN_ATTACK'],
  [/\b(?:approv\w*|sign\soff|consent|vote)\b/i, 'NATIONAL_APPROVAL'],
];

export function conditionKind(words: string): ConditionKind | undefined {
  return KINDS.find(([pattern]) => pattern.test(words))?.[1];
}

/**
 * Candidate conditions: a phrase introduced by `in the event of`, `after`, `once`, `provided
 * (that)`, `subject to`, `pending`, `unless`, `, if`, `, when` … up to the next comma or the next
 * cue, and requirements (`would require …`, `needed to be ratified …`). Only phrases whose words
 * say what kind of condition they are (the model's kinds) are kept; one key per wording.
 */
export function findConditions(text: string, sentences: Sentence[]): Condition[] {
  const byKey = new Map<string, Condition>();
  const add = (words: string, evidence: Span, sentence: Sentence, confidence: number, rule: string) => {
    const kind = conditionKind(words);
    if (!kind) return;
    const description = words.replace(/^(?:an?|the|any)\s/i, '');
    const key = slugOf(description, 6);
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.evidence.some((span) => span.start === evidence.start && span.end === evidence.end)) existing.evidence.push(evidence);
      if (!existing.sentences.includes(sentence.index)) existing.sentences.push(sentence.index);
      return;
    }
    byKey.set(key, { key, kind, description, evidence: [evidence], confidence, rule, sentences: [sentence.index] });
  };
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    const body = sentence.text;
    for (const match of body.matchAll(CUE)) {
      const cue = (match[1] ?? match[2] ?? '').toLowerCase();
      const from = match.index + match[0].length;
      const rest = body.slice(from);
      const stop = PHRASE_END.exec(rest);
      const words = (stop ? rest.slice(0, stop.index) : rest).trim();
      if (words.split(/\s+/).length > 14 || words.length === 0) continue;
      const start = sentence.start + match.index;
      const evidence = spanOf(text, start, sentence.start + from + words.length);
      const strong = ['in the event of', 'provided that', 'on condition that', 'only after', 'only once', 'only if', 'subject to', 'unless'].includes(cue);
      add(words, evidence, sentence, strong ? 0.8 : 0.6, `cue-${slugOf(cue)}`);
    }
    for (const match of body.matchAll(REQUIREMENT)) {
      // The clause that carries the requirement: from the start of the sentence or of its `that`-clause.
      const before = body.slice(0, match.index);
      const reported = [...before.matchAll(/\b(?:said|says|stressed|warned|noted|added|insisted|argued)\s(?:that\s)?/g)].pop();
      const clauseStart = reported ? reported.index + reported[0].length : 0;
      const end = match.index + match[0].length;
      const evidence = spanOf(text, sentence.start + clauseStart, sentence.start + end);
      add(match[0].replace(/^(?:\w+\s){1,3}?(?:require|be)\s/, ''), evidence, sentence, 0.55, 'requirement');
    }
  }
  return [...byKey.values()];
}
