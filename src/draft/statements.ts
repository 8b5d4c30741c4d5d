import type { STATEMENT_KINDS } from '../write/seed/format';
import { COLLECTIVE_NOUNS, type Organization } from './actors';
import type { CountryMention } from './countries';
import type { Person } from './people';
import type { Sentence } from './sentences';
import { spanOf, type Span } from './spans';

type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Who said something, as a reference of the seed format (`person:keir-starmer`, `country:FR`, `organization:…`). */
export type SpeakerRef = string;

export interface Statement {
  kind: StatementKind;
  speaker: SpeakerRef;
  text: string;
  evidence: Span;
  confidence: number;
  rule: string;
}

/** What the statement extractor knows of the article's actors. */
export interface Cast {
  people: Person[];
  countries: CountryMention[];
  organizations: Organization[];
  /** The group that met, to which "the allies", "the leaders", "participants" refer. */
  group?: Organization;
  publisher?: Organization;
}

/** Verbs of saying in news prose, in the forms a report uses. */
const SAY =
  '(?:said|says|stressed|stresses|warned|warns|insisted|insists|noted|notes|added|adds|told\\s\\w+|announced|argued|argues|declared|maintained|maintains|judged?|judges|described|called|identified|cautioned|acknowledged|explained|urged)';
const QUOTE_FIRST = new RegExp(`^“([^”]+?)[,?!]?”\\s(?:${SAY}\\s(.{1,80}?)|(.{1,80}?)\\s${SAY})\\.?$`, 'u');
/** What was said, then who said it, without quotation marks: `Ukraine and Chile agreed to …, Chile said.` */
const POSTPOSED = new RegExp(`^(.{12,}?),\\s((?:the\\s)?[\\p{L}.'’-]+(?:\\s[\\p{L}.'’-]+){0,4})\\s${SAY}\\.$`, 'u');
const SUBJECT_VERB = new RegExp(
  `^(.{1,120}?)\\s(?:has\\s|have\\s|had\\s)?(${SAY})\\b(?:\\s(?:on\\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?:\\s+that\\b)?\\s*`,
  'u',
);
/** Where one reported statement ends and the next begins inside one sentence. */
const NEXT_CLAUSE = new RegExp(
  `\\s(?:but|and)\\s(?:also\\s)?${SAY}(?:\\sthat)?\\s|,\\s(?:noting|adding|saying|warning|stressing|arguing)(?:\\sthat)?\\s|\\sand\\s(?:has|have|had)\\s(?=\\p{Ll}+ed\\b)`,
  'gu',
);
/** Verbs whose words belong to what was said ("called the announcement a 'significant step'"). */
const VERB_IN_TEXT = /^(?:described|called|identified)$/;
const HEDGE = /\b(?:could|might|may)\b/g;
const EMBEDDED = /\b(?:how|what|whether|which|if|when)\s(?:\S+\s){0,3}$/;
const JUDGEMENT =
  /\b(?:risks?|falls?\sshort|largest|biggest|first\ssuch|most\s(?:significant|serious)|likely|unlikely|appears?|seems?|remains?\stheoretical|dependent\son)\b/i;

/**
 * The statements of an article and who made them: quotations with the attribution after them
 * (`"…," X said`), attributions before what was said (`X said (that) …`, several in one sentence
 * when joined by "but warned that", "and added that", ", noting that"), continued quotations (a
 * sentence wholly in quotation marks after an attributed quote), reported words with the attribution
 * after them (`…, X said.`), `according to X`, and the
 * reporter's own judgements (hedged or evaluative sentences nobody else is said to have said).
 */
export function findStatements(text: string, sentences: Sentence[], cast: Cast): Statement[] {
  const statements: Statement[] = [];
  let previous: { sentence: Sentence; speaker: SpeakerRef } | undefined;
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    const found = statementsOf(text, sentence, cast, previous);
    statements.push(...found);
    const last = found[found.length - 1];
    previous = last ? { sentence, speaker: last.speaker } : undefined;
  }
  return statements;
}

function statementsOf(text: string, sentence: Sentence, cast: Cast, previous: { sentence: Sentence; speaker: SpeakerRef } | undefined): Statement[] {
  const body = sentence.text;
  const evidence = spanOf(text, sentence.start, sentence.end);

  const quoteFirst = QUOTE_FIRST.exec(body);
  if (quoteFirst) {
    const subject = quoteFirst[2] ?? quoteFirst[3] ?? '';
    const subjectStart = sentence.start + body.lastIndexOf(subject);
    const speaker = resolveSpeaker(text, subject, subjectStart, sentence, cast);
    if (speaker)
      return [{ kind: 'DIRECT_QUOTE', speaker: speaker.ref, text: (quoteFirst[1] ?? '').trim(), evidence, confidence: 0.9, rule: 'quote-then-attribution' }];
  }

  if (/^“[^“]*”$/.test(body) && previous && previous.sentence.index === sentence.index - 1) {
    return [
      {
        kind: 'DIRECT_QUOTE',
        speaker: previous.speaker,
        text: body.slice(1, -1).trim(),
        // The attribution stands in the sentence before: the evidence holds both.
        evidence: spanOf(text, previous.sentence.start, sentence.end),
        confidence: 0.65,
        rule: 'continued-quotation',
      },
    ];
  }

  const postposed = POSTPOSED.exec(body);
  if (postposed && !/[“”]/.test(postposed[1] ?? '')) {
    const subject = postposed[2] ?? '';
    const speaker = resolveSpeaker(text, subject, sentence.start + body.lastIndexOf(subject), sentence, cast);
    if (speaker) {
      return [
        {
          kind: 'PARAPHRASE',
          speaker: speaker.ref,
          text: (postposed[1] ?? '').trim(),
          evidence,
          confidence: 0.75 * speaker.certainty,
          rule: 'paraphrase-then-attribution',
        },
      ];
    }
  }

  const according = /^(.+?),?\s+according\sto\s([^,.]+)[.,]?/.exec(body);
  if (according) {
    const subject = according[2] ?? '';
    const speaker = resolveSpeaker(text, subject, sentence.start + body.indexOf(subject, (according[1] ?? '').length), sentence, cast);
    if (speaker) return [{ kind: 'PARAPHRASE', speaker: speaker.ref, text: (according[1] ?? '').trim(), evidence, confidence: 0.7, rule: 'according-to' }];
  }

  const attributed = SUBJECT_VERB.exec(body);
  if (attributed && !/“[^”]*$/.test(attributed[1] ?? '')) {
    const subject = attributed[1] ?? '';
    const speaker = resolveSpeaker(text, subject, sentence.start, sentence, cast);
    if (speaker) {
      const verb = attributed[2] ?? '';
      const complementStart = VERB_IN_TEXT.test(verb) ? body.indexOf(verb, subject.length) : attributed[0].length;
      return clauses(body, complementStart).map((clause, index) => {
        const quoted = /^“([^“”]+)”[.,]?$/.exec(clause);
        return {
          kind: speaker.joint ? 'JOINT_STATEMENT' : quoted ? 'DIRECT_QUOTE' : speaker.publisher ? 'ASSESSMENT' : 'PARAPHRASE',
          speaker: speaker.ref,
          text: quoted ? (quoted[1] ?? '') : clause,
          evidence,
          confidence: (index === 0 ? 0.85 : 0.75) * speaker.certainty,
          rule: index === 0 ? `subject-${verb.split(/\s/)[0] ?? 'said'}` : 'joined-clause',
        } satisfies Statement;
      });
    }
  }

  if (cast.publisher && !/[“”"]/.test(body) && isJudgement(body)) {
    return [
      {
        kind: 'ASSESSMENT',
        speaker: `organization:${cast.publisher.key}`,
        text: body,
        evidence,
        confidence: 0.5,
        rule: 'unattributed-judgement',
      },
    ];
  }
  return [];
}

function isJudgement(body: string): boolean {
  if (JUDGEMENT.test(body)) return true;
  for (const hedge of body.matchAll(HEDGE)) if (!EMBEDDED.test(body.slice(0, hedge.index))) return true;
  return false;
}

/** The words after the verb, split where a new reported clause begins; each without the closing period. */
function clauses(body: string, from: number): string[] {
  const rest = body.slice(from);
  const parts: string[] = [];
  let start = 0;
  for (const match of rest.matchAll(NEXT_CLAUSE)) {
    parts.push(rest.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(rest.slice(start));
  return parts
    .map((part) =>
      part
        .trim()
        .replace(/(?<!”)[.,;]$/, '')
        .replace(/^(?:that)\s/, '')
        .trim(),
    )
    .map((part) => (/^“[^“”]*”\.?$/.test(part) ? part.replace(/\.$/, '') : part))
    .filter((part) => part.length > 0);
}

interface Resolved {
  ref: SpeakerRef;
  /** 0 – 1: a name is surer than a pronoun or a group noun. */
  certainty: number;
  joint?: boolean;
  publisher?: boolean;
}

/** Who the subject of a verb of saying is: a person (by name or pronoun), the group, a country, an organization, the publisher. */
export function resolveSpeaker(text: string, subject: string, subjectStart: number, sentence: Sentence, cast: Cast): Resolved | undefined {
  const words = subject.trim();
  if (words.length === 0 || /[“”]/.test(words)) return undefined;
  const subjectEnd = subjectStart + subject.length;
  const inSubject = (span: { start: number; end: number }) => span.start >= subjectStart && span.end <= subjectEnd;

  const person = cast.people.find((candidate) => candidate.mentions.some(inSubject));
  if (person) return { ref: `person:${person.key}`, certainty: 1 };
  if (/^(?:he|she)$/i.test(words)) {
    const before = cast.people
      .flatMap((candidate) => candidate.mentions.filter((mention) => mention.end <= sentence.start).map((mention) => ({ candidate, at: mention.start })))
      .sort((a, b) => b.at - a.at)[0];
    return before ? { ref: `person:${before.candidate.key}`, certainty: 0.85 } : undefined;
  }
  if (cast.publisher && (words.includes(cast.publisher.name) || /\banalysts?\b/i.test(words))) {
    return { ref: `organization:${cast.publisher.key}`, certainty: 0.9, publisher: true };
  }
  if (cast.group && /\bjoint\s(?:statement|declaration|communiqu[eé])\b/i.test(words)) {
    return { ref: `organization:${cast.group.key}`, certainty: 0.9, joint: true };
  }
  const organization = cast.organizations.find((candidate) => words.includes(candidate.name));
  if (organization) return { ref: `organization:${organization.key}`, certainty: 0.9 };
  const country = cast.countries.find(inSubject);
  if (country && words.split(/\s+/).length <= 4) return { ref: `country:${country.code}`, certainty: country.form === 'name' ? 0.95 : 0.8 };
  if (cast.group && (COLLECTIVE_NOUNS.test(words) || /^(?:they|officials)$/i.test(words))) {
    return { ref: `organization:${cast.group.key}`, certainty: 0.75 };
  }
  return undefined;
}
