import { createHash } from 'node:crypto';
import YAML from 'yaml';
import type { z } from 'zod';
import {
  FACT_LABELS,
  PROPERTY_FIELDS,
  JUDGEMENT_FIELDS,
  REFERENCE_FIELDS,
  REF_PREFIX,
  SECTION,
  FACT_SCHEMA,
  formatFactId,
  parseRef,
  rawRefs,
  sourceSchema,
  writtenRefs,
  SOURCE_CITED_PROPERTIES,
  type SourceCitedProperty,
  type SourceMeta,
  DRAFT_SECTION,
  draftMarkSchema,
  type FactId,
  type FactLabel,
  type FactsFile,
  type SeedBundle,
  type Span,
} from './format';
import { excerpt } from '../../excerpt';
import { maxSourceCharacters } from '../curation/input-limits';
import { forbiddenCharacter } from '../../text-rules';

/** One thing wrong with a seed directory: the file, the fact (when there is one) and what differs. */
export interface SeedProblem {
  file: string;
  /** e.g. `Commitment "gb-fr-military-centers-and-weapons-storage"` */
  fact?: string;
  message: string;
}

export function formatProblem(problem: SeedProblem): string {
  return [problem.file, problem.fact, problem.message].filter(Boolean).join(': ');
}

export interface SeedInput {
  dir: string;
  sourceFile: string;
  factsFile: string;
  sourceText: string;
  factsYaml: string;
}

export interface SeedValidation {
  /** Present only when there are no problems. */
  bundle?: SeedBundle;
  problems: SeedProblem[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const SECTIONS = FACT_LABELS.map((label) => SECTION[label]);
const PRIORITY_EVENT = REFERENCE_FIELDS.find(({ label, field }) => label === 'Priority' && field === 'event')!;
const referenceField = (label: FactLabel, name: string) => REFERENCE_FIELDS.find(({ label: owner, field }) => owner === label && field === name)!;
const DELEGATION_EVENT = referenceField('Delegation', 'event');
const DELEGATION_ACTOR = referenceField('Delegation', 'actor');
const DELEGATION_DELEGATES = referenceField('Delegation', 'delegates');
const EVENT_ATTENDEES = referenceField('Event', 'attendedBy');

/** A reference as `<Label>:<key>`, whichever way it was written (bare key or typed); undefined when it cannot be read or points to a label the field does not allow (reported by checkReferences). */
function refId(raw: string, field: (typeof REFERENCE_FIELDS)[number]): string | undefined {
  const id = parseRef(raw, field);
  return 'error' in id || !field.targets.includes(id.label) ? undefined : `${id.label}:${id.key}`;
}

type AnyFact = { key: string; evidence: Span[] } & Record<string, unknown>;

/**
 * Validates one source and its facts without touching a database: the YAML, the schema of every
 * fact, the keys, the references between facts, every evidence quote against the source text
 * and the source's sha256. Returns every problem found, not just the first.
 */
export function validateSeed(input: SeedInput, options: DraftOptions = {}): SeedValidation {
  const { factsYaml, ...rest } = input;
  const document = YAML.parseDocument(factsYaml, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({ file: input.factsFile, message: `YAML: ${error.message.replace(/\s+/g, ' ').trim()}` })),
    };
  }
  let facts: unknown;
  try {
    facts = document.toJS();
  } catch (error) {
    // toJS refuses alias bombs ("Excessive alias count …") and aliases to no anchor: bad input, not a crash.
    if (!(error instanceof Error)) throw error;
    return { problems: [{ file: input.factsFile, message: `YAML: ${error.message}` }] };
  }
  return validateSeedFacts({ ...rest, facts }, options);
}

/**
 * `draft: 'allow'` checks a machine-made draft (src/draft) by every rule but the draft mark itself;
 * by default a facts file that still carries the mark is refused, so a draft never loads unreviewed.
 */
export interface DraftOptions {
  draft?: 'refuse' | 'allow';
}

/** What validateSeedFacts checks: the facts already parsed (from YAML, or built by a generator). */
export type SeedFactsInput = Omit<SeedInput, 'factsYaml'> & { facts: unknown };

/**
 * validateSeed without the YAML step: the same rules for facts built in memory (the synthetic
 * generator's output passes exactly the checks a curated facts.yaml passes).
 */
export function validateSeedFacts(input: SeedFactsInput, options: DraftOptions = {}): SeedValidation {
  const problems: SeedProblem[] = [];
  const factsFile = input.factsFile;
  const report = (message: string, fact?: FactId | string) =>
    problems.push({ file: factsFile, fact: typeof fact === 'object' ? formatFactId(fact) : fact, message });

  const raw = input.facts;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report('must be a YAML mapping with a `source` section and fact sections');
    return { problems };
  }
  const root = raw as Record<string, unknown>;

  if (root[DRAFT_SECTION] !== undefined) checkDraftMark(root[DRAFT_SECTION], options, report);
  for (const name of Object.keys(root)) {
    if (name !== 'source' && name !== DRAFT_SECTION && !(SECTIONS as string[]).includes(name)) {
      report(`unknown section "${name}" (known: source, ${SECTIONS.join(', ')})`);
    }
  }

  const source = sourceSchema.safeParse(root.source);
  if (!source.success) {
    for (const issue of source.error.issues) report(`source${pathText(issue.path)}: ${issueText(issue)}`);
  }

  // Each fact is parsed on its own, so one bad fact does not hide the problems of the others.
  const facts = {} as Record<string, AnyFact[]>;
  const positions = new Map<string, string>();
  // Keys of facts that fail the schema still count as declared, so one bad fact does not make
  // every reference to it dangle.
  const keysByLabel = new Map<FactLabel, Set<string>>(FACT_LABELS.map((label) => [label, new Set<string>()]));
  for (const label of FACT_LABELS) {
    const section = SECTION[label];
    const value = root[section] ?? [];
    const list: AnyFact[] = [];
    facts[section] = list;
    if (!Array.isArray(value)) {
      report(`section "${section}" must be a list`);
      continue;
    }
    const schema = FACT_SCHEMA[label];
    value.forEach((item: unknown, index) => {
      const rawKey = typeof item === 'object' && item !== null ? (item as { key?: unknown }).key : undefined;
      const where = typeof rawKey === 'string' ? formatFactId({ label, key: rawKey }) : `${section}[${index}]`;
      if (typeof rawKey === 'string') keysByLabel.get(label)?.add(rawKey);
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(`${section}[${index}]${pathText(issue.path)}: ${issueText(issue)}`, where);
        return;
      }
      const fact = parsed.data as AnyFact;
      const id = `${label}\u0000${fact.key}`;
      const first = positions.get(id);
      if (first !== undefined) {
        report(`duplicate key: ${section}[${index}] has the same key as ${first}; keys must be unique per label`, { label, key: fact.key });
      } else {
        positions.set(id, `${section}[${index}]`);
      }
      list.push(fact);
    });
  }

  const text = input.sourceText;
  for (const label of FACT_LABELS) {
    for (const fact of facts[SECTION[label]] ?? []) {
      const id: FactId = { label, key: fact.key };
      checkEvidence(fact.evidence, text, (message) => report(message, id));
      checkReferences(label, fact, keysByLabel, (message) => report(message, id));
      checkClaims(label, fact, text, (message) => report(message, id));
    }
  }

  if (source.success) checkSourceClaims(source.data, text, (message) => report(`source.evidenceFor.${message}`));

  for (const statement of facts.statements ?? []) {
    const words = statement.text as string;
    if (!statement.evidence.some((span) => span.quote.includes(words))) {
      report(`text "${words}" does not occur in any of its evidence quotes; a statement's text must be the source's own words`, {
        label: 'Statement',
        key: statement.key,
      });
    }
  }
  for (const commitment of facts.commitments ?? []) {
    if (commitment.pledgersDisclosed === true && (commitment.pledgers as string[]).length === 0) {
      report('pledgersDisclosed is true but no pledgers are listed', { label: 'Commitment', key: commitment.key });
    }
  }
  for (const leadership of facts.domainLeaderships ?? []) {
    const id: FactId = { label: 'DomainLeadership', key: leadership.key };
    const leads = leadership.leads as string[];
    if (leadership.disclosed === true && leads.length === 0) report('disclosed is true but no leads are listed', id);
    if (leadership.disclosed === false && leads.length > 0) report('disclosed is false but leads are listed; set disclosed: true', id);
    if (leads.length > 0 && leadership.determined === false) report('leads are listed but determined is false', id);
  }
  checkDelegations(facts, report);
  const orders = new Map<string, string>();
  for (const priority of facts.priorities ?? []) {
    const slot = `${rawRefs(priority, PRIORITY_EVENT).join('')}\u0000${String(priority.order)}`;
    const other = orders.get(slot);
    if (other) {
      report(`order ${String(priority.order)} is already taken by Priority "${other}" at the same event`, {
        label: 'Priority',
        key: priority.key,
      });
    } else {
      orders.set(slot, priority.key);
    }
  }

  for (const message of sourceTextProblems(text)) problems.push({ file: input.sourceFile, message });

  const actualSha = sha256(text);
  if (source.success && source.data.sha256 && source.data.sha256 !== actualSha) {
    problems.push({
      file: input.sourceFile,
      message: `sha256 differs from source.sha256 in ${factsFile}: expected ${source.data.sha256}, actual ${actualSha} (was the source edited?)`,
    });
  }

  if (problems.length > 0 || !source.success) return { problems };
  return {
    problems,
    bundle: {
      dir: input.dir,
      sourceFile: input.sourceFile,
      factsFile,
      source: { ...source.data, text, sha256: actualSha },
      facts: { source: source.data, ...facts } as unknown as FactsFile,
    },
  };
}

function checkDraftMark(value: unknown, options: DraftOptions, report: (message: string) => void): void {
  const mark = draftMarkSchema.safeParse(value);
  if (options.draft === 'allow') {
    if (!mark.success) for (const issue of mark.error.issues) report(`${DRAFT_SECTION}${pathText(issue.path)}: ${issueText(issue)}`);
    return;
  }
  const tool = mark.success ? ` made by ${mark.data.tool} ${mark.data.version}` : '';
  report(
    `is a draft${tool} (it has a top-level \`${DRAFT_SECTION}:\` block) and is never loaded as it is: review its facts (the \`${DRAFT_SECTION}.elements\` list gives each one's confidence, lowest first), correct them, then delete the whole \`${DRAFT_SECTION}:\` block to clear the mark`,
  );
}

/**
 * A delegation agrees with its event and its own counts: its actor is among the event's
 * attendees, no actor has two delegations to one event, it names no more than `size` delegates,
 * and `delegatesDisclosed: true` names them (all of them when the size is given).
 */
function checkDelegations(facts: Record<string, AnyFact[] | undefined>, report: (message: string, id: FactId) => void): void {
  const attendees = new Map<string, Set<string>>();
  for (const event of facts.events ?? []) {
    attendees.set(`Event:${event.key}`, new Set(rawRefs(event, EVENT_ATTENDEES).flatMap((raw) => refId(raw, EVENT_ATTENDEES) ?? [])));
  }
  const taken = new Map<string, string>();
  for (const delegation of facts.delegations ?? []) {
    const id: FactId = { label: 'Delegation', key: delegation.key };
    const event = rawRefs(delegation, DELEGATION_EVENT).map((raw) => refId(raw, DELEGATION_EVENT))[0];
    const actor = rawRefs(delegation, DELEGATION_ACTOR).map((raw) => refId(raw, DELEGATION_ACTOR))[0];
    if (event && actor && attendees.has(event) && !attendees.get(event)!.has(actor)) {
      report(`actor ${actor} is not among the attendees (attendedBy) of ${event}; list it there too`, id);
    }
    if (event && actor) {
      const slot = `${event}\u0000${actor}`;
      const other = taken.get(slot);
      if (other) report(`${actor} already has a delegation to ${event}: Delegation "${other}"`, id);
      else taken.set(slot, delegation.key);
    }
    const named = rawRefs(delegation, DELEGATION_DELEGATES).length;
    const size = delegation.size as number | null;
    if (size !== null && named > size) report(`names ${named} delegates but its size is ${size}`, id);
    if (delegation.delegatesDisclosed === true && named === 0) report('delegatesDisclosed is true but no delegates are listed', id);
    if (delegation.delegatesDisclosed === true && size !== null && named < size) {
      report(`delegatesDisclosed is true but only ${named} of its ${size} delegates are listed; set delegatesDisclosed: false`, id);
    }
  }
}

function checkEvidence(spans: Span[], text: string, report: (message: string) => void): void {
  const seen = new Set<string>();
  spans.forEach((span, index) => {
    const where = `evidence[${index}] (${span.start}-${span.end})`;
    const slot = `${span.start}-${span.end}`;
    if (seen.has(slot)) report(`${where}: the same span is listed twice`);
    seen.add(slot);
    if (span.end <= span.start) {
      report(`${where}: end must be greater than start`);
      return;
    }
    if (span.end > text.length) {
      report(`${where}: end is beyond the end of the source (${text.length} characters); quote ${excerpt(span.quote)}${whereElse(text, span.quote)}`);
      return;
    }
    const actual = text.substring(span.start, span.end);
    if (actual !== span.quote) {
      report(
        `${where}: quote differs from the source text at those offsets; expected (source text) ${excerpt(actual)}, actual (quote) ${excerpt(span.quote)}${whereElse(text, span.quote)}`,
      );
    }
  });
}

/**
 * Checks the evidence each claim of a fact cites of its own: the spans of references written as
 * `{ ref, evidence }` and of `evidenceFor`, whose names must be properties of the fact. Every
 * problem names the claim (`pledgers "country:GB"`, `evidenceFor.stage`).
 */
function checkClaims(label: FactLabel, fact: AnyFact, text: string, report: (message: string) => void): void {
  for (const field of REFERENCE_FIELDS) {
    if (field.label !== label) continue;
    for (const { raw, evidence } of writtenRefs(fact, field)) {
      if (evidence) checkEvidence(evidence, text, (message) => report(`${field.field} "${raw}": ${message}`));
    }
  }
  const evidenceFor = (fact.evidenceFor ?? {}) as Record<string, Span[]>;
  for (const [name, spans] of Object.entries(evidenceFor)) {
    if (!PROPERTY_FIELDS[label].includes(name)) {
      const judgements = JUDGEMENT_FIELDS[label].length > 0 ? ` (its judgements: ${JUDGEMENT_FIELDS[label].join(', ')})` : '';
      report(`evidenceFor.${name}: ${label} has no property "${name}"${judgements}; references carry their evidence as { ref, evidence }`);
      continue;
    }
    if (fact[name] === null || fact[name] === undefined) report(`evidenceFor.${name}: cites evidence for a property that has no value`);
    checkEvidence(spans, text, (message) => report(`evidenceFor.${name}: ${message}`));
  }
}

/**
 * Checks the spans a source cites for its own properties: only a property the source can state
 * (SOURCE_CITED_PROPERTIES) and that has a value may cite words, and each span must match the text.
 */
function checkSourceClaims(source: SourceMeta, text: string, report: (message: string) => void): void {
  for (const [name, spans] of Object.entries(source.evidenceFor ?? {})) {
    if (!(SOURCE_CITED_PROPERTIES as readonly string[]).includes(name)) {
      report(`${name}: a source has no property "${name}" its text can state (known: ${SOURCE_CITED_PROPERTIES.join(', ')})`);
      continue;
    }
    if (source[name as SourceCitedProperty] === null) report(`${name}: cites evidence for a property that has no value`);
    checkEvidence(spans, text, (message) => report(`${name}: ${message}`));
  }
}

function whereElse(text: string, quote: string): string {
  const found: string[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < 3; at = text.indexOf(quote, at + 1)) {
    found.push(`${at}-${at + quote.length}`);
  }
  return found.length > 0 ? `; the quote occurs in the source at ${found.join(', ')}` : '; the quote does not occur anywhere in the source';
}

function checkReferences(
  label: FactLabel,
  fact: AnyFact,
  keysByLabel: Map<FactLabel, Set<string>>,
  report: (message: string) => void,
): void {
  for (const field of REFERENCE_FIELDS) {
    if (field.label !== label) continue;
    const seen = new Set<string>();
    for (const raw of rawRefs(fact, field)) {
      const ref = parseRef(raw, field);
      if ('error' in ref) {
        report(`${field.field}: ${ref.error}`);
        continue;
      }
      if (!field.targets.includes(ref.label)) {
        const allowed = field.targets.map((target) => REF_PREFIX[target]).join(', ');
        report(`${field.field}: reference "${raw}" points to a ${ref.label}, but ${field.field} may only point to: ${allowed}`);
        continue;
      }
      const normal = `${ref.label}:${ref.key}`;
      if (seen.has(normal)) report(`${field.field}: reference "${raw}" is listed twice`);
      seen.add(normal);
      if (!keysByLabel.get(ref.label)?.has(ref.key)) {
        report(
          `${field.field}: dangling reference "${raw}": no ${ref.label} with key "${ref.key}" is declared in this file (section "${SECTION[ref.label]}")`,
        );
      }
    }
  }
}

/**
 * Why a source text cannot be stored, whatever facts it carries: characters outside the Basic
 * Multilingual Plane, more than MAX_SOURCE_CHARS, forbidden characters. Empty when it can.
 */
export function sourceTextProblems(text: string): string[] {
  const messages: string[] = [];
  // Offsets are UTF-16 code units (JavaScript), while Cypher's substring() counts code points:
  // the two agree only when no character lies outside the Basic Multilingual Plane.
  const astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.exec(text);
  if (astral) {
    messages.push(
      `contains a character outside the Basic Multilingual Plane ("${astral[0]}" at offset ${astral.index}); offsets are UTF-16 code units but Cypher's substring() counts code points, so such sources are not supported yet`,
    );
  }
  const maxChars = maxSourceCharacters();
  if (text.length > maxChars) messages.push(`is ${text.length} characters long; at most ${maxChars} (MAX_SOURCE_CHARS) are accepted`);
  const forbidden = forbiddenCharacter(text);
  if (forbidden) messages.push(forbidden);
  return messages;
}

/**
 * Checks several validated bundles against each other: source keys are unique, and a fact
 * declared by more than one source (one node in the graph) has the same properties everywhere,
 * but for its judgements (the model's `judgement: true`: a stage, a bindingness, a "disclosed"
 * flag …), on which sources may disagree: each keeps its claim, and the node holds the value of
 * the source loaded last (`Query.disagreements` lists them).
 */
export function validateAcrossBundles(bundles: SeedBundle[]): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const sources = new Map<string, SeedBundle>();
  for (const bundle of bundles) {
    const other = sources.get(bundle.source.key);
    if (other) {
      problems.push({
        file: bundle.factsFile,
        message: `source key "${bundle.source.key}" is already used by ${other.factsFile}; source keys must be unique`,
      });
    } else {
      sources.set(bundle.source.key, bundle);
    }
  }
  const declared = new Map<string, { bundle: SeedBundle; props: string }>();
  for (const bundle of bundles) {
    for (const label of FACT_LABELS) {
      for (const fact of bundle.facts[SECTION[label]] as unknown as AnyFact[]) {
        const id = `${label}\u0000${fact.key}`;
        // Sources may judge differently (a stage, a "disclosed" flag): both claims stay, the source loaded last sets the node's value.
        const agreed = PROPERTY_FIELDS[label].filter((name) => !JUDGEMENT_FIELDS[label].includes(name));
        const props = JSON.stringify(agreed.map((name) => fact[name] ?? null));
        const other = declared.get(id);
        if (!other) {
          declared.set(id, { bundle, props });
        } else if (other.props !== props) {
          problems.push({
            file: bundle.factsFile,
            fact: formatFactId({ label, key: fact.key }),
            message: `is also declared in ${other.bundle.factsFile} with different properties (${agreed.join(', ')}): expected ${other.props}, actual ${props}; facts sharing a key are one node and must agree${JUDGEMENT_FIELDS[label].length > 0 ? ` (only its judgements may differ: ${JUDGEMENT_FIELDS[label].join(', ')})` : ''}`,
          });
        }
      }
    }
  }
  return problems;
}

function pathText(path: PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}

function issueText(issue: z.ZodError['issues'][number]): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  return issue.message;
}
