import nlp from 'compromise';
import type { CountryMention } from './countries';
import type { Sentence } from './sentences';
import { slugOf, spanOf, type Span } from './spans';

export interface DraftEvent {
  key: string;
  name: string;
  place: string | null;
  dateText: string | null;
  attendedBy: string[];
  participantCount: number | null;
  headsOfStateAndGovernmentCount: number | null;
  evidence: Span[];
  confidence: number;
  rule: string;
}

const GATHERING = '(?:meeting|summit|conference|talks|gathering|session|workshop|forum|ministerial)';
const EVENT_AT = new RegExp(`\\b(?:a|an|the)\\s(?:\\w+\\s)?${GATHERING}\\s(?:in|at)\\s((?:[A-Z][\\p{L}-]+)(?:\\s[A-Z][\\p{L}-]+)?)`, 'u');
/** A gathering the report opens a sentence with, without a place ("At a fictional workshop on Monday, …"). */
const EVENT_UNPLACED = new RegExp(`^At\\s(?:a|an|the)\\s((?:[\\p{Ll}-]+\\s){0,2}${GATHERING})\\b`, 'u');
const ATTENDING_AFTER = /^(?:(?:,\s|\sand\s)[A-Z][\p{L}.]+)*\s(?:leaders|officials|delegations?|ministers|envoys|diplomats)\b/u;
const ATTENDING_BEFORE = /\b(?:delegations|leaders|officials|representatives)\sfrom\s(?:[A-Z][\p{L}.]+(?:,\s|\sand\s))*$/u;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const NUMBER =
  '(\\d[\\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|a\\shundred))';
const COUNTS = {
  participantCount: new RegExp(`\\b${NUMBER}\\s(?:participants|delegations|countries\\sand\\sorganizations)\\b`, 'i'),
  headsOfStateAndGovernmentCount: new RegExp(`\\b${NUMBER}\\sheads\\sof\\s(?:state|government)(?:\\sand\\s(?:state|government))?\\b`, 'i'),
} as const;

/** A number written in words or digits, read by compromise ("twenty-seven" → 27). */
export function readNumber(words: string): number | null {
  const digits = words.replace(/,/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  const value = (nlp(words).numbers().get() as unknown[])[0];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * The meeting a report is about: `a meeting|summit|talks in <Place>` (or a sentence opening `At a
 * <gathering>`, with no place), its day from the first
 * weekday the report names, who attended (the countries named in that sentence, and the group),
 * and its counts (participants, heads of state and government), each with the
 * sentence that gives it as evidence.
 */
export function findEvent(text: string, sentences: Sentence[], countries: CountryMention[], group?: string): DraftEvent | undefined {
  const body = sentences.filter((sentence) => !sentence.heading);
  const placed = body.map((sentence) => ({ sentence, match: EVENT_AT.exec(sentence.text) })).find((found) => found.match);
  const unplaced = placed ? undefined : body.map((sentence) => ({ sentence, match: EVENT_UNPLACED.exec(sentence.text) })).find((found) => found.match);
  const at = placed ?? unplaced;
  if (!at?.match) return undefined;
  const place = placed ? (at.match[1] ?? '') : null;
  const name = place ? `${place} meeting` : (at.match[1] ?? '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  const evidence: Span[] = [spanOf(text, at.sentence.start, at.sentence.end)];
  // Attendees: countries named as people present ("Canadian leaders", "U.S. officials", "delegations from A and B"), not every country the sentence names.
  const inSentence = countries.filter(
    (mention) =>
      mention.start >= at.sentence.start &&
      mention.end <= at.sentence.end &&
      (ATTENDING_AFTER.test(text.slice(mention.end, at.sentence.end)) || ATTENDING_BEFORE.test(text.slice(at.sentence.start, mention.start))),
  );
  const event: DraftEvent = {
    key: slugOf(name),
    name,
    place,
    dateText: null,
    attendedBy: [...(group ? [`organization:${group}`] : []), ...new Set(inSentence.map((mention) => `country:${mention.code}`))],
    participantCount: null,
    headsOfStateAndGovernmentCount: null,
    evidence,
    confidence: place ? 0.7 : 0.55,
    rule: place ? 'gathering-in-place' : 'gathering-opening-sentence',
  };
  const day = body.find((sentence) => WEEKDAY.test(sentence.text));
  const dayMatch = day ? WEEKDAY.exec(day.text) : null;
  if (day && dayMatch) {
    event.dateText = dayMatch[0];
    add(spanOf(text, day.start, day.end));
  }
  for (const [field, pattern] of Object.entries(COUNTS) as [keyof typeof COUNTS, RegExp][]) {
    const found = body.map((sentence) => ({ sentence, match: pattern.exec(sentence.text) })).find((candidate) => candidate.match);
    if (!found?.match) continue;
    const value = readNumber(found.match[1] ?? '');
    if (value === null) continue;
    event[field] = value;
    add(spanOf(text, found.sentence.start, found.sentence.end));
  }
  return event;

  function add(span: Span): void {
    if (!evidence.some((other) => other.start === span.start)) evidence.push(span);
  }
}
