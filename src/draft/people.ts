import nlp from 'compromise';
import { findCountryMentions, type CountryMention } from './countries';
import { slugOf, spanOf, type Span } from './spans';

/** Offices named before a person's name ("Prime Minister Keir Starmer"), longest first. */
export const TITLES = [
  'Secretary of State',
  'Prime Minister',
  'Foreign Minister',
  'Defense Minister',
  'Defence Minister',
  'Vice President',
  'Secretary General',
  'Secretary-General',
  'High Representative',
  'Special Envoy',
  'President',
  'Chancellor',
  'Ambassador',
  'Minister',
  'Secretary',
  'Envoy',
  'Premier',
  'King',
  'Queen',
  'General',
  'Admiral',
  'Chair',
  'Governor',
  'Senator',
];

const NAME_WORD = "[A-Z][\\p{Ll}'’-]+";
const NAME = `${NAME_WORD}(?:\\s${NAME_WORD}){0,2}`;
const TITLED = new RegExp(`(?<![\\p{L}])(${TITLES.map((title) => title.replace(/ /g, '\\s')).join('|')})\\s(${NAME})`, 'gu');
/** Words that start a capitalized run but are no name. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'He', 'She', 'They', 'We', 'It', 'In', 'At', 'On', 'For', 'After', 'But', 'And']);

export interface Person {
  key: string;
  name: string;
  /** Where the person is first introduced (with the office, when given). */
  evidence: Span;
  confidence: number;
  rule: string;
  /** Every span where the full name or the surname stands. */
  mentions: Span[];
}

export interface Role {
  key: string;
  title: string;
  holder: string;
  countryCode: string;
  evidence: Span;
  confidence: number;
  rule: string;
}

export interface PeopleFound {
  people: Person[];
  roles: Role[];
}

/**
 * People and their offices. Titled names ("French President Emmanuel Macron", "US Ambassador Steve
 * Witkoff") by rule, with the country from the word before the title; untitled names by
 * compromise's people tagger (its lexicon of given names and honorifics), which finds a bare
 * surname such as one inside a quotation that no title rule sees.
 */
export function findPeople(text: string, countries: CountryMention[] = findCountryMentions(text)): PeopleFound {
  const people = new Map<string, Person>();
  const roles: Role[] = [];
  const countryEndingAt = new Map(countries.map((mention) => [mention.end, mention]));

  for (const match of text.matchAll(TITLED)) {
    const title = (match[1] ?? '').replace(/\s+/g, ' ');
    const name = trimName(match[2] ?? '');
    if (!name) continue;
    const start = match.index;
    const nameStart = start + (match[0].length - (match[2] ?? '').length);
    const end = nameStart + name.length;
    const country = countryEndingAt.get(start - 1);
    const from = country && /^\s$/.test(text.charAt(start - 1)) ? country.start : start;
    const evidence = spanOf(text, from, end);
    const person = addPerson(people, name, evidence, country ? 0.9 : 0.85, country ? 'country-title-name' : 'title-name');
    if (country) {
      roles.push({
        key: `${country.code.toLowerCase()}-${slugOf(title)}`,
        title,
        holder: person.key,
        countryCode: country.code,
        evidence,
        confidence: 0.85,
        rule: 'country-title-name',
      });
    }
  }

  const doc = nlp(text);
  const tagged = doc.people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  for (const found of tagged) {
    const raw = text.substr(found.offset.start, found.offset.length);
    const cleaned = /[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)*/u.exec(raw.replace(/['’]s$/, ''));
    if (!cleaned) continue;
    const words = cleaned[0].split(/\s/).filter((word) => !TITLES.includes(word) && !NOT_NAMES.has(word));
    const name = words.join(' ');
    if (!name || countries.some((mention) => text.substring(mention.start, mention.end) === name)) continue;
    const at = text.indexOf(name, found.offset.start);
    if (at < 0) continue;
    addPerson(people, name, spanOf(text, at, at + name.length), 0.6, 'compromise-people');
  }

  const list = [...people.values()];
  for (const person of list) person.mentions = mentionsOf(text, person, list);
  return { people: list, roles: dedupeRoles(roles) };
}

function trimName(name: string): string {
  const words = name.split(/\s/);
  while (words.length > 0 && NOT_NAMES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

function addPerson(people: Map<string, Person>, name: string, evidence: Span, confidence: number, rule: string): Person {
  // A bare surname already known as part of a full name is that person, not another.
  const existing = [...people.values()].find((person) => person.name === name || person.name.split(' ').slice(-1)[0] === name);
  if (existing) return existing;
  const key = slugOf(name);
  const person: Person = { key, name, evidence, confidence, rule, mentions: [] };
  people.set(key, person);
  return person;
}

function mentionsOf(text: string, person: Person, everyone: Person[]): Span[] {
  const surname = person.name.split(' ').slice(-1)[0] ?? person.name;
  const shared = everyone.filter((other) => other !== person && other.name.split(' ').slice(-1)[0] === surname).length > 0;
  const words = shared ? [person.name] : [person.name, surname];
  const spans: Span[] = [];
  const pattern = new RegExp(`(?<![\\p{L}])(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'gu');
  for (const match of text.matchAll(pattern)) {
    if (spans.some((span) => match.index >= span.start && match.index < span.end)) continue;
    spans.push(spanOf(text, match.index, match.index + match[0].length));
  }
  return spans;
}

function dedupeRoles(roles: Role[]): Role[] {
  const seen = new Map<string, Role>();
  for (const role of roles) {
    const same = seen.get(role.key);
    if (!same) seen.set(role.key, role);
    else if (same.holder !== role.holder) seen.set(`${role.key}-${role.holder}`, { ...role, key: `${role.key}-${role.holder}` });
  }
  return [...seen.values()];
}
