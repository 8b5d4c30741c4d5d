import { DRAFT_SECTION, type DraftElement, type DraftMark } from '../write/seed/format';
import { sha256 } from '../write/seed/validate';
import { findOrganizations, readByline, type Organization } from './actors';
import { articleBindingness, findCommitments } from './commitments';
import { findConditions } from './conditions';
import { findCountryMentions, MENTION_CONFIDENCE, mentionSpan, type CountryMention } from './countries';
import { findEvent } from './events';
import { findPeople } from './people';
import { splitSentences } from './sentences';
import { curlQuotes, sourceWords } from './quotes';
import { KeyRing, slugOf, type Span } from './spans';
import { findStatements } from './statements';

export const DRAFT_TOOL = 'pledgegraph-draft';
export const DRAFT_VERSION = '1';
export const DRAFT_NOTE =
  'Drafted by machine from source.txt: every element is a candidate. Review them, lowest confidence first (the list below), ' +
  'correct or delete what the source does not say, add what it says and the draft missed, then delete this whole `draft:` block; ' +
  'until then the loader refuses this file.';

/** At most this many evidence spans per country: enough to check it, few enough to read. */
const COUNTRY_SPANS = 3;

export interface DraftOptions {
  /** The source's key (a slug); by default one made from the publisher and dateline. */
  sourceKey?: string;
}

/** A draft facts file: the seed format's sections plus the draft mark. */
export type DraftFacts = Record<string, unknown> & { draft: DraftMark; source: Record<string, unknown> };

/**
 * Drafts the facts of one article: every extractor over the same sentences, their results joined
 * into the seed format (references by key, every element with evidence spans into `text`), and the
 * draft mark listing each element's confidence and rule. Pure: reads and writes nothing.
 */
export function draftFacts(source: string, options: DraftOptions = {}): DraftFacts {
  // The extractors read curly quotation marks; a source with straight ones is read through a view of
  // the same length, and every quote and word of the draft is taken back from the source at the end.
  const text = curlQuotes(source);
  const byline = readByline(text);
  const bodyStart = byline?.bodyStart ?? 0;
  const sentences = splitSentences(text).map((sentence) =>
    sentence.start < bodyStart && sentence.end > bodyStart ? { ...sentence, start: bodyStart, text: text.slice(bodyStart, sentence.end) } : sentence,
  );
  const countryMentions = findCountryMentions(text).filter((mention) => mention.start >= bodyStart);
  const { people, roles } = findPeople(text, countryMentions);
  const { organizations: named, group } = findOrganizations(text, bodyStart);
  const publisher = byline?.publisher;
  const organizations: Organization[] = [...(publisher ? [publisher] : []), ...named.filter((organization) => organization.key !== publisher?.key)];
  const conditions = findConditions(text, sentences);
  const binding = articleBindingness(text);
  const commitments = findCommitments(text, sentences, {
    countries: countryMentions,
    organizations: named,
    group,
    conditions,
    bindingness: binding.bindingness,
  });
  const statements = findStatements(text, sentences, { people, countries: countryMentions, organizations: named, group, publisher });
  const event = findEvent(text, sentences, countryMentions, group?.key);

  const elements: DraftElement[] = [];
  const mark = (section: string, key: string, confidence: number, rule: string) =>
    elements.push({ id: `${section}:${key}`, confidence: round(confidence), rule });

  const countries = countriesOf(countryMentions, text);
  for (const country of countries) mark('countries', country.key, country.confidence, country.rule);
  for (const organization of organizations) mark('organizations', organization.key, organization.confidence, organization.rule);
  for (const person of people) mark('people', person.key, person.confidence, person.rule);
  for (const role of roles) mark('roles', role.key, role.confidence, role.rule);
  if (event) mark('events', event.key, event.confidence, event.rule);
  const statementKeys = new KeyRing();
  const statementFacts = statements.map((statement) => {
    const key = statementKeys.take(`${slugOf(statement.speaker.split(':')[1] ?? 'speaker')}-${slugOf(statement.text, 5)}`);
    mark('statements', key, statement.confidence, statement.rule);
    return { key, kind: statement.kind, speaker: statement.speaker, text: statement.text, about: [], evidence: [statement.evidence] };
  });
  for (const commitment of commitments) mark('commitments', commitment.key, commitment.confidence, commitment.rule);
  for (const condition of conditions) mark('conditions', condition.key, condition.confidence, condition.rule);

  const facts: DraftFacts = {
    [DRAFT_SECTION]: {
      tool: DRAFT_TOOL,
      version: DRAFT_VERSION,
      note: DRAFT_NOTE,
      elements: elements.sort((a, b) => a.confidence - b.confidence || a.id.localeCompare(b.id)),
    },
    source: {
      key: options.sourceKey ?? (slugOf([publisher?.name, byline?.dateline, 'report'].filter(Boolean).join(' ')) || 'drafted-source'),
      title: null,
      publisher: publisher?.name ?? null,
      dateline: byline?.dateline ?? null,
      sha256: sha256(source),
    },
    countries: countries.map(({ key, name, evidence }) => ({ key, name, evidence })),
    organizations: organizations.map(({ key, name, kind, evidence }) => ({ key, name, kind, members: [], evidence: [evidence] })),
    people: people.map(({ key, name, evidence }) => ({ key, name, evidence: [evidence] })),
    roles: roles.map(({ key, title, holder, countryCode, evidence }) => ({ key, title, holder, of: `country:${countryCode}`, evidence: [evidence] })),
    events: event
      ? [
          {
            key: event.key,
            name: event.name,
            place: event.place,
            dateText: event.dateText,
            attendedBy: event.attendedBy,
            participantCount: event.participantCount,
            headsOfStateAndGovernmentCount: event.headsOfStateAndGovernmentCount,
            evidence: event.evidence,
          },
        ]
      : [],
    statements: statementFacts,
    commitments: commitments.map((commitment) => ({
      key: commitment.key,
      summary: commitment.summary,
      pledgers: commitment.pledgers,
      pledgersDisclosed: commitment.pledgers.length > 0,
      beneficiary: commitment.beneficiary,
      conditions: commitment.conditions,
      stage: commitment.stage,
      bindingness: commitment.bindingness,
      evidence: [commitment.evidence],
    })),
    conditions: conditions.map(({ key, kind, description, evidence }) => ({ key, kind, description, evidence })),
  };
  return text === source ? facts : inSourceWords(facts, source, text);
}

/** The draft with every quote, statement text, summary and description in the source's own characters. */
function inSourceWords(facts: DraftFacts, source: string, view: string): DraftFacts {
  type Fact = Record<string, unknown> & { evidence?: Span[] };
  const restored: Record<string, unknown> = {};
  for (const [section, value] of Object.entries(facts)) {
    if (!Array.isArray(value)) {
      restored[section] = value;
      continue;
    }
    restored[section] = (value as Fact[]).map((fact) => {
      const evidence = (fact.evidence ?? []).map((span) => ({ ...span, quote: source.substring(span.start, span.end) }));
      const from = evidence[0]?.start ?? 0;
      const words = (field: string) => (typeof fact[field] === 'string' ? { [field]: sourceWords(source, view, fact[field], from) } : {});
      return { ...fact, ...words('text'), ...words('summary'), ...words('description'), ...words('name'), evidence };
    });
  }
  return restored as DraftFacts;
}

interface DraftCountry {
  key: string;
  name: string;
  evidence: Span[];
  confidence: number;
  rule: string;
}

function countriesOf(mentions: CountryMention[], text: string): DraftCountry[] {
  const byCode = new Map<string, CountryMention[]>();
  for (const mention of mentions) byCode.set(mention.code, [...(byCode.get(mention.code) ?? []), mention]);
  return [...byCode.entries()].map(([code, found]) => {
    const best = Math.max(...found.map((mention) => MENTION_CONFIDENCE[mention.form]));
    const forms = [...new Set(found.map((mention) => mention.form))];
    return {
      key: code,
      name: found[0]?.name ?? code,
      evidence: found.slice(0, COUNTRY_SPANS).map((mention) => mentionSpan(text, mention)),
      // Named several times is surer than once.
      confidence: Math.min(0.99, best + (found.length > 1 ? 0.04 : 0)),
      rule: `country-${forms.join('+')}`,
    };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
