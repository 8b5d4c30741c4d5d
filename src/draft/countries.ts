import worldCountries from 'world-countries';
import type { Span } from './spans';

/** A country named in the text: how it was named decides the confidence. */
export interface CountryMention {
  code: string;
  /** The library's common English name (e.g. `United Kingdom`). */
  name: string;
  start: number;
  end: number;
  form: 'name' | 'demonym' | 'initialism';
}

interface Form {
  code: string;
  form: CountryMention['form'];
  /** Bare two-letter codes ("US") count only before words such as these. */
  needsContext?: boolean;
}

/**
 * Short names in everyday English that the country library lists under no spelling: general
 * knowledge, not words of any one article.
 */
const EVERYDAY_NAMES: Record<string, string[]> = { GB: ['Britain'], US: ['America'], NL: ['Holland'] };

/** What follows a bare country code used as an adjective ("US Ambassador", "UK officials"). */
const CODE_CONTEXT =
  /^[\s-]+(?:Ambassador|President|Prime|Foreign|Defen[cs]e|Secretary|Envoy|Special|Minister|Chancellor|Embassy|Government|officials?|forces|troops|envoys?|government|military|led|backed|administration|lawmakers|delegation)\b/;

/** Every English form of every country in world-countries (names, official names, other spellings, demonyms, initialisms), longest first. */
const FORMS: Map<string, Form> = buildForms();
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(worldCountries.map((country) => [country.cca2, country.name.common]));
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${[...FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

function buildForms(): Map<string, Form> {
  const forms = new Map<string, Form>();
  const demonyms = new Map<string, Set<string>>();
  const add = (words: string, form: Form) => {
    if (!forms.has(words)) forms.set(words, form);
  };
  for (const country of worldCountries) {
    const code = country.cca2;
    add(country.name.common, { code, form: 'name' });
    if (country.name.official.split(' ').length <= 5) add(country.name.official, { code, form: 'name' });
    for (const spelling of [...country.altSpellings, ...(EVERYDAY_NAMES[code] ?? [])]) {
      if (/^[A-Z]{2,4}$/.test(spelling)) {
        // Initialisms: dotted ("U.S.", "U.K.") always; bare ones only where they cannot be anything else.
        add(spelling.split('').join('.') + '.', { code, form: 'initialism' });
        if (spelling === code) add(spelling, { code, form: 'initialism', needsContext: true });
        else if (spelling.length >= 3 || spelling !== code) add(spelling, { code, form: 'initialism', needsContext: spelling.length === 2 });
      } else if (/^[A-Z][A-Za-z'’ -]{3,}$/.test(spelling)) {
        add(spelling, { code, form: 'name' });
      }
    }
    const english: { f?: string; m?: string } = country.demonyms?.eng ?? {};
    for (const demonym of new Set([english.f, english.m])) {
      if (!demonym) continue;
      const codes = demonyms.get(demonym) ?? new Set<string>();
      codes.add(code);
      demonyms.set(demonym, codes);
    }
  }
  // A demonym shared by a state and its territories ("French": France, the French Southern
  // Territories) names the one sovereign state; shared by several states ("Congolese"), none for sure.
  const sovereign = new Set(worldCountries.filter((country) => country.independent && country.unMember).map((country) => country.cca2));
  for (const [demonym, codes] of demonyms) {
    const states = codes.size === 1 ? [...codes] : [...codes].filter((code) => sovereign.has(code));
    const [code] = states;
    if (states.length === 1 && code && !forms.has(demonym)) forms.set(demonym, { code, form: 'demonym' });
  }
  return forms;
}

function escape(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every mention of a country in `text`, in order. An all-capitals line (a dateline, a headline) is read too, but bare codes in it are not. */
export function findCountryMentions(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const form = FORMS.get(match[0]);
    const start = match.index;
    if (!form) continue;
    const end = start + match[0].length;
    if (form.needsContext && !CODE_CONTEXT.test(text.slice(end, end + 40))) continue;
    mentions.push({ code: form.code, name: COUNTRY_NAMES.get(form.code) ?? form.code, start, end, form: form.form });
  }
  return mentions;
}

/** How sure a mention is: a country's name, then a demonym ("French" also names a language), then an initialism. */
export const MENTION_CONFIDENCE: Record<CountryMention['form'], number> = { name: 0.95, demonym: 0.8, initialism: 0.75 };

export function mentionSpan(text: string, mention: CountryMention): Span {
  return { start: mention.start, end: mention.end, quote: text.substring(mention.start, mention.end) };
}
