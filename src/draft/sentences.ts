/** One sentence of the source, with its offsets (UTF-16, `end` exclusive, surrounding quotation marks kept). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Its paragraph (a line of the source), 0-based. */
  paragraph: number;
  /** A line without closing punctuation, such as a subheading ("Basic Agreement"). */
  heading: boolean;
}

/** Abbreviations whose final period ends no sentence (checked on the word before the period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'sen',
  'rep',
  'gov',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const CLOSERS = '"”’)]';

/**
 * Splits a news article into sentences: each line is a paragraph; inside one, a sentence ends at
 * `.`, `!` or `?` (with any closing quotation marks) followed by a space and a capital letter or an
 * opening quotation mark, unless the period ends an abbreviation or an initialism ("U.S.") or
 * lies inside a quotation in curly marks (“…. …”), which stays one sentence.
 * A rule, not compromise's splitter: compromise drops leading quotation marks from its offsets, and
 * evidence must hold the whole sentence, marks included.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  const lines: [number, number][] = [];
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push([lineStart, match.index]);
    lineStart = match.index + match[0].length;
  }
  lines.push([lineStart, text.length]);
  for (const [from, to] of lines) {
    const line = text.slice(from, to);
    if (line.trim() === '') continue;
    let start = from;
    let quoted = false;
    for (let i = from; i < to; i++) {
      const char = text.charAt(i);
      if (char === '“') quoted = true;
      if (char === '”') quoted = false;
      if (char !== '.' && char !== '!' && char !== '?') continue;
      let end = i + 1;
      while (end < to && CLOSERS.includes(text.charAt(end))) end += 1;
      // A quotation of several sentences stays one: its closing mark ends it, not a period inside.
      if (quoted && !text.slice(i + 1, end).includes('”')) continue;
      if (text.slice(i + 1, end).includes('”')) quoted = false;
      const next = text.slice(end, end + 2);
      if (!/^\s[A-Z"“‘(]/.test(next)) continue;
      if (char === '.' && endsWithAbbreviation(text.slice(start, i))) continue;
      push(start, end);
      start = end;
    }
    push(start, to);
    paragraph += 1;
  }
  return sentences;

  function push(from: number, to: number): void {
    while (from < to && /\s/.test(text.charAt(from))) from += 1;
    while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
    if (to <= from) return;
    const body = text.slice(from, to);
    sentences.push({ index: sentences.length, start: from, end: to, text: body, paragraph, heading: !/[.!?]["”’)]*$/.test(body) });
  }
}

function endsWithAbbreviation(before: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(word)) return true; // U.S, U.K, E (initials)
  return ABBREVIATIONS.has(word.toLowerCase());
}
