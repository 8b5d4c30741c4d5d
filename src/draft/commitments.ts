import type { BINDINGNESS, COMMITMENT_STAGES } from '../write/seed/format';
import { COLLECTIVE_NOUNS, type Organization } from './actors';
import type { Condition } from './conditions';
import type { CountryMention } from './countries';
import type { Sentence } from './sentences';
import { slugOf, spanOf, type Span } from './spans';

type Stage = (typeof COMMITMENT_STAGES)[number];
type Bindingness = (typeof BINDINGNESS)[number];

export interface Commitment {
  key: string;
  summary: string;
  pledgers: string[];
  beneficiary: string | null;
  conditions: string[];
  stage: Stage;
  bindingness: Bindingness;
  evidence: Span;
  confidence: number;
  rule: string;
}

/** Verbs that say what a pledger will do (what follows a modal). Not "lead": who leads a domain is a domain leadership in the model, not a pledge. */
const ACTIONS =
  '(?:provide|providing|supply|supplying|continue|participate|establish|build|send|deploy|fund|finance|train|deliver|support|supporting|help|contribute|work|commit|protect|guarantee|monitor|station|maintain|extend|offer|give|create|set\\sup|defend|donate|equip|assist|back)';
/** The phrases of a pledge, each with the stage it suggests; the first that matches a sentence wins. */
const CUES: { pattern: RegExp; stage: Stage; confidence: number; rule: string; modal?: boolean }[] = [
  {
    pattern: /\b(?:ratified|have\sratified|has\sratified)\s(?:an?\s|the\s)?(?:agreement|accord|treaty)\sto\b/,
    stage: 'RATIFIED',
    confidence: 0.8,
    rule: 'ratified-agreement-to',
  },
  { pattern: /\b(?:have|has)\sdelivered\b/, stage: 'DELIVERED', confidence: 0.75, rule: 'have-delivered' },
  { pattern: /\b(?:are|is)\sproviding\b/, stage: 'IN_FORCE', confidence: 0.6, rule: 'are-providing' },
  { pattern: /\bagreed,\spending\s\w+,\sto\b/, stage: 'AWAITING_APPROVAL', confidence: 0.8, rule: 'agreed-pending-approval' },
  { pattern: /\b(?:proposed|offered)\sto\b|\b(?:supported|backed)\sthe\sproposal\sto\b/, stage: 'PROPOSED', confidence: 0.75, rule: 'proposed-to' },
  {
    pattern: /\bwould\swork\sto\scommit\b|\bpossible\s(?:deployment|provision|creation|establishment)\sof\b/,
    stage: 'PROPOSED',
    confidence: 0.6,
    rule: 'possible-or-work-to-commit',
  },
  {
    pattern: new RegExp(`\\bcould\\s(?:also\\s)?be\\s(?:provided|supplied|sent|deployed)\\b`),
    stage: 'PROPOSED',
    confidence: 0.5,
    rule: 'could-be-provided',
    modal: true,
  },
  {
    pattern:
      /\b(?:agreed|pledged|promised|vowed|committed|undertook)(?:\s(?:in\sprinciple|on\s\w+day|\w+day))?\s(?:to|on)\b|\b(?:are|is|were|remain)\scommitted\sto\b/,
    stage: 'AGREED_IN_PRINCIPLE',
    confidence: 0.8,
    rule: 'agreed-or-committed-to',
  },
  {
    pattern: new RegExp(`\\b(?:will|would|shall)\\s(?:also\\s|continue\\sto\\s)?${ACTIONS}\\b`),
    stage: 'AGREED_IN_PRINCIPLE',
    confidence: 0.65,
    rule: 'modal-action',
    modal: true,
  },
];
/** A modal inside an indirect question ("what Washington would provide") pledges nothing. */
const INDIRECT = /\b(?:how|what|whether|which|if)\s(?:\S+\s){0,3}$/i;

export interface CommitmentContext {
  countries: CountryMention[];
  organizations: Organization[];
  group?: Organization;
  conditions: Condition[];
  /** What the article says of all its commitments' force, when it says it ("non-binding"). */
  bindingness: Bindingness;
}

/**
 * Candidate commitments, one per sentence that pledges: `agreed to`, `pledged`, `committed to`,
 * `proposed to`, `ratified an agreement to`, `will|would <act>` …, with the stage the words
 * suggest, the pledgers named before the cue (countries, organizations, or the group that met
 * when the subject is "the allies", "the leaders", "partners", "they"), the beneficiary (a country
 * named after the cue, or X of "X's allies") and the conditions found in the same sentence.
 */
export function findCommitments(text: string, sentences: Sentence[], context: CommitmentContext): Commitment[] {
  const commitments: Commitment[] = [];
  const keys = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.heading || /^“[^“]*”$/.test(sentence.text)) continue;
    const cue = firstCue(sentence.text);
    if (!cue) continue;
    const cueStart = sentence.start + cue.index;
    const cueEnd = cueStart + cue.length;
    const before = (span: { start: number; end: number }) => span.start >= sentence.start && span.end <= cueStart;
    const after = (span: { start: number; end: number }) => span.start >= cueEnd && span.end <= sentence.end;
    const pledgers = pledgersOf(text, sentence, cueStart, context, before);
    const beneficiary = beneficiaryOf(context, after, pledgers);
    const summary = spanOf(text, sentence.start, sentence.end).quote.replace(/\.$/, '');
    let key = slugOf(text.slice(cueEnd, sentence.end), 6) || slugOf(summary, 6);
    for (let n = 2; keys.has(key); n++) key = `${slugOf(text.slice(cueEnd, sentence.end), 6)}-${n}`;
    keys.add(key);
    commitments.push({
      key,
      summary,
      pledgers,
      beneficiary,
      conditions: context.conditions.filter((condition) => condition.sentences.includes(sentence.index)).map((condition) => condition.key),
      stage: cue.stage,
      bindingness: sentenceBindingness(sentence.text) ?? context.bindingness,
      evidence: spanOf(text, sentence.start, sentence.end),
      confidence: pledgers.length > 0 ? cue.confidence : cue.confidence * 0.8,
      rule: cue.rule,
    });
  }
  return commitments;
}

function firstCue(body: string): { index: number; length: number; stage: Stage; confidence: number; rule: string } | undefined {
  for (const cue of CUES) {
    const pattern = new RegExp(cue.pattern.source, 'g');
    for (const match of body.matchAll(pattern)) {
      if (cue.modal && INDIRECT.test(body.slice(0, match.index))) continue;
      return { index: match.index, length: match[0].length, stage: cue.stage, confidence: cue.confidence, rule: cue.rule };
    }
  }
  return undefined;
}

/** Pledgers: the countries (by name or initialism) and organizations of the clause before the cue, or the group the clause's subject names. */
function pledgersOf(text: string, sentence: Sentence, cueStart: number, context: CommitmentContext, before: (span: Span) => boolean): string[] {
  // The clause of the cue: after the last "that" or comma before it.
  const head = text.slice(sentence.start, cueStart);
  const clauseFrom = sentence.start + Math.max(head.lastIndexOf(' that ') + 1, head.lastIndexOf(', ') + 1, 0);
  const inClause = (span: { start: number; end: number }) => before({ ...span, quote: '' }) && span.start >= clauseFrom;
  const subject = text
    .slice(clauseFrom, cueStart)
    .replace(/^(?:that|,)\s*/, '')
    .trim();
  const organizations = context.organizations.filter((organization) => {
    const at = text.indexOf(organization.name, clauseFrom);
    return at >= 0 && at < cueStart;
  });
  if (organizations.length > 0) return organizations.map((organization) => `organization:${organization.key}`);
  const lastWords = subject.split(/\s+/).slice(-2).join(' ');
  if (context.group && (COLLECTIVE_NOUNS.test(lastWords) || COLLECTIVE_NOUNS.test(subject.split(/\s+/).slice(-1)[0] ?? '') || /\bthey$/i.test(subject))) {
    return [`organization:${context.group.key}`];
  }
  // By name or initialism ("the U.S. will"); a demonym before the cue qualifies a noun ("European troops") and pledges nothing.
  const countries = context.countries.filter((mention) => inClause(mention) && mention.form !== 'demonym');
  return [...new Set(countries.map((mention) => `country:${mention.code}`))];
}

/** The beneficiary: a country named (by its name) after the cue and not pledging, or the X of "X's allies" when they pledge. */
function beneficiaryOf(context: CommitmentContext, after: (span: Span) => boolean, pledgers: string[]): string | null {
  const named = context.countries.find(
    (mention) => mention.form === 'name' && after({ ...mention, quote: '' }) && !pledgers.includes(`country:${mention.code}`),
  );
  if (named) return `country:${named.code}`;
  const group = context.group;
  if (group && pledgers.includes(`organization:${group.key}`)) {
    const owner = context.countries.find((mention) => mention.start >= group.evidence.start && mention.end <= group.evidence.end);
    if (owner) return `country:${owner.code}`;
  }
  return null;
}

/** What a sentence says of the force of its own pledge ("in a non-binding declaration", "under a binding treaty"). */
function sentenceBindingness(body: string): Bindingness | undefined {
  if (/\bnon-binding\b|\bnot\s(?:legally\s)?binding\b/i.test(body)) return 'NON_BINDING';
  if (/(?<!short\sof\s)\b(?:legally\s)?binding\s(?:treaty|agreement|accord|commitment)\b/i.test(body)) return 'BINDING';
  return undefined;
}

/** What an article says of the force of what was agreed: "binding", "non-binding", "short of binding". */
export function articleBindingness(text: string): { bindingness: Bindingness; evidence?: Span } {
  const nonBinding = /\b(?:non-binding|not\s(?:legally\s)?binding|short\sof\sbinding)\b/i.exec(text);
  if (nonBinding) return { bindingness: 'NON_BINDING', evidence: spanOf(text, nonBinding.index, nonBinding.index + nonBinding[0].length) };
  return { bindingness: 'UNDISCLOSED' };
}
