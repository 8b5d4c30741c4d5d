/**
 * The format of a seed directory: one source document, verbatim, plus the facts curated from it.
 *
 * ```
 * <dir>/source.txt    the document, byte for byte (UTF-8)
 * <dir>/facts.yaml    the facts, each with evidence spans into source.txt
 * ```
 * A parent directory (such as `seed/` itself) may hold several such directories, one per source.
 *
 * facts.yaml, in brief (every section but `source` is optional; see seed/paris-security-guarantees):
 * ```yaml
 * source:
 *   key: ap-paris-security-guarantees   # slug, unique among sources
 *   title: null                         # only if the document has one; never invented
 *   publisher: Associated Press
 *   dateline: Paris                     # the dateline's place, as printed
 *   sha256: fde6…                        # optional; checked against source.txt when given
 *   evidenceFor:                        # the words stating title, publisher, dateline (each a
 *     publisher: [ { start: 7, end: 9, quote: "AP" } ]  # property with a value; at most
 *     dateline: [ … ]                   # MAX_SOURCE_PROPERTY_SPANS spans each)
 * countries:
 *   - key: GB                           # ISO 3166-1 alpha-2
 *     name: United Kingdom
 *     evidence:
 *       - { start: 1234, end: 1241, quote: "Britain" }
 * commitments:
 *   - key: gb-fr-military-centers-and-weapons-storage
 *     summary: …
 *     pledgers:                          # references name their label: <label>:<key>
 *       - ref: country:GB                # a reference with the words that support this link
 *         evidence: [ { start: 2018, end: 2036, quote: "Britain and France" } ]
 *       - country:FR                     # a bare reference: the fact's own evidence supports it
 *     pledgersDisclosed: true
 *     beneficiary: country:UA
 *     capabilities: [military-centers]   # single-label fields take a bare key (or a typed ref)
 *     conditions: [ceasefire]
 *     stage: AGREED_IN_PRINCIPLE
 *     bindingness: NON_BINDING
 *     evidenceFor:                       # the words supporting a property's value (a claim)
 *       stage: [ … ]
 *     evidence: [ … ]                    # the fact as a whole; what the API calls its evidence is
 *                                        # the union of these spans and every claim's
 * ```
 *
 * Claims: every reference (a link to another fact) and every property named in `evidenceFor` is a
 * claim with its own evidence spans. A bare reference, and a judgement property (the model's
 * `judgement: true`: stage, bindingness, the "disclosed" flags, counts …) without `evidenceFor`,
 * are claims supported by the fact's own evidence. Curated sources cite each claim's own words.
 *
 * Rules the validator enforces (src/write/seed/validate.ts):
 * - every fact has at least one evidence span `{ start, end, quote }`, where `start`/`end` are
 *   offsets in UTF-16 code units (JavaScript string indexes; `end` exclusive) and `quote` equals
 *   `text.substring(start, end)` exactly (use `npx tsx src/cli/locate.ts` to find offsets);
 * - keys are lowercase kebab slugs (countries: ISO alpha-2 codes), unique per label;
 * - every reference resolves to a fact of an allowed label in the same file (a file is
 *   self-contained: a source re-declares the countries etc. it mentions, with its own evidence,
 *   and facts sharing a key across sources are merged into one node, so their properties must agree);
 * - a statement's `text` is the source's own words: it occurs inside one of its evidence quotes.
 *   `DIRECT_QUOTE` is for words wholly inside quotation marks in the source (the marks are left
 *   out); `PARAPHRASE` is reported speech, quoted fragments kept with their quotation marks;
 *   `JOINT_STATEMENT` is a statement issued jointly; `ASSESSMENT` is the publisher's own analysis;
 * - "disclosed" flags agree with the lists: `pledgersDisclosed: true` needs pledgers,
 *   a domain leadership is `disclosed` exactly when it names leads (and needs `determined`);
 * - a delegation's actor attends its event (`attendedBy`), one delegation per actor and event;
 *   it names at most `size` delegates, and `delegatesDisclosed: true` needs delegates (all of
 *   them when `size` is given);
 * - priority orders are unique per event;
 * - a file with a top-level `draft:` block (a machine-made draft, `npm run draft`) is refused until a
 *   curator deletes the block (see DRAFT_SECTION below).
 */
import { z } from 'zod';

import { BINDINGNESS, COMMITMENT_STAGES, CONDITION_KINDS, ORGANIZATION_KINDS, STATEMENT_KINDS } from '../../model/enums';
import {
  FACT_LABELS,
  NODE_LABELS,
  NODE_TYPES,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type FactLabel,
  type NodeLabel,
  type Relationship,
  type RelationshipType,
} from '../../model/graph';
import { MAX_KEY_CHARS, MAX_LONG_TEXT_CHARS, MAX_QUOTE_CHARS, MAX_SHORT_TEXT_CHARS, MAX_SOURCE_PROPERTY_SPANS } from '../../model/limits';
import { forbiddenCharacter } from '../../text-rules';

export { BINDINGNESS, COMMITMENT_STAGES, CONDITION_KINDS, FACT_LABELS, NODE_LABELS, ORGANIZATION_KINDS, RELATIONSHIP_TYPES, STATEMENT_KINDS };
export type { FactLabel, NodeLabel, RelationshipType };

/** The prefix naming a label in a typed reference, e.g. `country:GB`, `domain-leadership:…`: the label in kebab case. */
export const REF_PREFIX = Object.fromEntries(
  FACT_LABELS.map((label) => [label, label.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()]),
) as Record<FactLabel, string>;
export const LABEL_BY_PREFIX: ReadonlyMap<string, FactLabel> = new Map(
  FACT_LABELS.map((label) => [REF_PREFIX[label], label]),
);

/** The facts-file section that declares each label: the label's plural in the model. */
export const SECTION = Object.fromEntries(FACT_LABELS.map((label) => [label, NODE_TYPES[label].plural])) as {
  [L in FactLabel]: (typeof NODE_TYPES)[L]['plural'];
};

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ISO_ALPHA2 = /^[A-Z]{2}$/;

const slug = z.string().max(MAX_KEY_CHARS).regex(SLUG, 'must be a lowercase kebab-case slug');
/** Stored text: at most `max` characters (the cost rule charges by it, src/limits/cost-tables.ts), no forbidden characters. */
const boundedText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .superRefine((value, context) => {
      const problem = forbiddenCharacter(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
const text = boundedText(MAX_SHORT_TEXT_CHARS).trim().min(1);
const longText = boundedText(MAX_LONG_TEXT_CHARS).trim().min(1);
const count = z.number().int().nonnegative();
const ref = z.string().min(1);

export const spanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1).max(MAX_QUOTE_CHARS, `must be at most ${MAX_QUOTE_CHARS} characters (one sentence or paragraph per span)`),
});
export type Span = z.infer<typeof spanSchema>;

const evidence = z.array(spanSchema).min(1, 'every fact needs at least one evidence span');
const claimEvidence = z.array(spanSchema).min(1, 'a claim needs at least one evidence span');

/** A reference with the words that support it: `{ ref: country:GB, evidence: [spans] }`. */
export const claimedRefSchema = z.strictObject({ ref, evidence: claimEvidence });
export type ClaimedRef = z.infer<typeof claimedRefSchema>;
const refItem = z.union([ref, claimedRefSchema]);
const refs = z.array(refItem).default([]);
const oneRef = refItem;
/** `evidenceFor`: the words supporting the value of each named property of the fact. */
const evidenceFor = z.record(z.string(), claimEvidence).optional();

const fact = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ key: slug, ...shape, evidenceFor, evidence });

/** The properties of a source its own text can state, and so cite in `source.evidenceFor`. */
export const SOURCE_CITED_PROPERTIES = ['title', 'publisher', 'dateline'] as const;
export type SourceCitedProperty = (typeof SOURCE_CITED_PROPERTIES)[number];
const sourcePropertyEvidence = claimEvidence.max(
  MAX_SOURCE_PROPERTY_SPANS,
  `at most ${MAX_SOURCE_PROPERTY_SPANS} evidence spans per source property (MAX_SOURCE_PROPERTY_SPANS)`,
);

export const sourceSchema = z.strictObject({
  key: slug,
  title: text.nullable().default(null),
  publisher: text.nullable().default(null),
  dateline: text.nullable().default(null),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
    .optional(),
  /** The words of the text that state the source's own properties (the byline "PARIS (AP) —"). */
  evidenceFor: z.record(z.string(), sourcePropertyEvidence).optional(),
});


export const countrySchema = z.strictObject({
  key: z.string().regex(ISO_ALPHA2, 'must be an ISO 3166-1 alpha-2 code such as GB'),
  name: text,
  evidenceFor,
  evidence,
});
export const organizationSchema = fact({ name: text, kind: z.enum(ORGANIZATION_KINDS), members: refs });
export const personSchema = fact({ name: text });
export const roleSchema = fact({ title: text, holder: oneRef, of: oneRef });
export const eventSchema = fact({
  name: text,
  place: text.nullable().default(null),
  dateText: text.nullable().default(null),
  attendedBy: refs,
  participantCount: count.nullable().default(null),
  headsOfStateAndGovernmentCount: count.nullable().default(null),
  countedInPerson: z.boolean().nullable().default(null),
});
/** One actor's delegation to an event: size, level and presence only where the source gives them; the delegates it names. */
export const delegationSchema = fact({
  event: oneRef,
  actor: oneRef,
  size: count.nullable().default(null),
  level: text.nullable().default(null),
  inPerson: z.boolean().nullable().default(null),
  delegates: refs,
  delegatesDisclosed: z.boolean(),
});
export const statementSchema = fact({
  kind: z.enum(STATEMENT_KINDS),
  speaker: oneRef,
  event: oneRef.optional(),
  text: boundedText(MAX_QUOTE_CHARS).trim().min(1),
  about: refs,
});
export const commitmentSchema = fact({
  summary: longText,
  pledgers: refs,
  pledgersDisclosed: z.boolean(),
  beneficiary: oneRef.nullable().default(null),
  capabilities: refs,
  domains: refs,
  conditions: refs,
  priorities: refs,
  stage: z.enum(COMMITMENT_STAGES),
  bindingness: z.enum(BINDINGNESS),
  event: oneRef.optional(),
});
export const capabilitySchema = fact({ name: text });
export const domainSchema = fact({ name: text });
export const domainLeadershipSchema = fact({
  domain: oneRef,
  leads: refs,
  determined: z.boolean(),
  disclosed: z.boolean(),
  conditions: refs,
});
export const prioritySchema = fact({ order: z.number().int().positive(), title: text, event: oneRef.optional() });
export const conditionSchema = fact({ kind: z.enum(CONDITION_KINDS), description: longText });
export const positionSchema = fact({ holder: oneRef, stance: longText, about: refs });
export const openQuestionSchema = fact({ question: longText, about: refs, raisedBy: oneRef.optional() });
export const riskSchema = fact({ description: longText, threatens: refs });

/** The schema of one fact of each label. */
export const FACT_SCHEMA = {
  Country: countrySchema,
  Organization: organizationSchema,
  Person: personSchema,
  Role: roleSchema,
  Event: eventSchema,
  Delegation: delegationSchema,
  Statement: statementSchema,
  Commitment: commitmentSchema,
  Capability: capabilitySchema,
  Domain: domainSchema,
  DomainLeadership: domainLeadershipSchema,
  Priority: prioritySchema,
  Condition: conditionSchema,
  Position: positionSchema,
  OpenQuestion: openQuestionSchema,
  Risk: riskSchema,
} as const satisfies Record<FactLabel, z.ZodType>;

type Sections = { [L in FactLabel as (typeof SECTION)[L]]: z.ZodDefault<z.ZodArray<(typeof FACT_SCHEMA)[L]>> };
/** A facts file: its source, then one section per label of fact (the model's plural), in the model's order. */
export const factsFileSchema = z.strictObject({
  source: sourceSchema,
  ...(Object.fromEntries(FACT_LABELS.map((label) => [SECTION[label], z.array(FACT_SCHEMA[label]).default([])])) as unknown as Sections),
});
export type FactsFile = z.infer<typeof factsFileSchema>;

export type FactSection = Exclude<keyof FactsFile, 'source'>;
export type SourceMeta = z.infer<typeof sourceSchema>;

/**
 * How a reference field of a fact becomes a relationship, and which labels it may point to
 * (docs/model.md). `reverse` means the relationship points from the target to the fact
 * (a Person HOLDS a Role, although the Role names its holder).
 */
export interface ReferenceField {
  label: FactLabel;
  field: string;
  type: RelationshipType;
  targets: readonly FactLabel[];
  many: boolean;
  reverse?: boolean;
}

/** Every reference field of the facts files: the relationships of the model that facts name (EVIDENCED_BY and IN come from the spans). */
export const REFERENCE_FIELDS: readonly ReferenceField[] = (RELATIONSHIPS as readonly Relationship[]).flatMap(({ type, from, to, reference }) => {
  if (!reference) return [];
  const [holders, targets] = reference.reverse ? [to, from] : [from, to];
  return holders.map((label) => ({
    label: label as FactLabel,
    field: reference.field,
    type: type as RelationshipType,
    targets: targets as readonly FactLabel[],
    many: reference.many,
    ...(reference.reverse ? { reverse: true } : {}),
  }));
});

/** The scalar properties each label stores (the key, evidence and reference fields aside): the model's, but those computed when loaded. */
export const PROPERTY_FIELDS = Object.fromEntries(
  FACT_LABELS.map((label) => [
    label,
    Object.entries(NODE_TYPES[label].properties as Record<string, { derived?: boolean }>)
      .filter(([, property]) => !property.derived)
      .map(([name]) => name),
  ]),
) as unknown as Record<FactLabel, readonly string[]>;

/** A label and key, e.g. `{ label: 'Country', key: 'GB' }`. */
export interface FactId {
  label: FactLabel;
  key: string;
}

export function formatFactId(id: FactId): string {
  return `${id.label} "${id.key}"`;
}

/** A validated source with its facts, ready to be written. */
export interface SeedBundle {
  /** The directory the bundle was read from (for messages). */
  dir: string;
  sourceFile: string;
  factsFile: string;
  source: SourceMeta & { text: string; sha256: string };
  facts: FactsFile;
}

/**
 * Reads a reference: `<prefix>:<key>` (e.g. `country:GB`), or a bare key when the field can only
 * point to one label. Returns an error message instead when it cannot be read.
 */
export function parseRef(raw: string, field: ReferenceField): FactId | { error: string } {
  const colon = raw.indexOf(':');
  if (colon > 0) {
    const prefix = raw.slice(0, colon);
    const label = LABEL_BY_PREFIX.get(prefix);
    if (!label) {
      return { error: `reference "${raw}" has an unknown label prefix "${prefix}" (known: ${[...LABEL_BY_PREFIX.keys()].join(', ')})` };
    }
    return { label, key: raw.slice(colon + 1) };
  }
  const only = field.targets.length === 1 ? field.targets[0] : undefined;
  if (!only) {
    const examples = field.targets.map((label) => `${REF_PREFIX[label]}:<key>`).join(', ');
    return { error: `reference "${raw}" in ${field.field} must say which label it points to (${examples})` };
  }
  return { label: only, key: raw };
}

/** One reference of a fact as written, and the evidence it cites of its own (none for a bare reference). */
export interface WrittenRef {
  raw: string;
  evidence?: Span[];
}

/** The references of one field of a fact, as written (absent, one value or a list; bare or with evidence). */
export function writtenRefs(fact: Record<string, unknown>, field: ReferenceField): WrittenRef[] {
  const value = fact[field.field];
  if (value === undefined || value === null) return [];
  const items = (Array.isArray(value) ? value : [value]) as (string | ClaimedRef)[];
  return items.map((item) => (typeof item === 'string' ? { raw: item } : { raw: item.ref, evidence: item.evidence }));
}

/** The references of one field of a fact, as their `<label>:<key>` text. */
export function rawRefs(fact: Record<string, unknown>, field: ReferenceField): string[] {
  return writtenRefs(fact, field).map(({ raw }) => raw);
}

/** The properties of each label that are sourced judgements (the model's `judgement: true`). */
export const JUDGEMENT_FIELDS = Object.fromEntries(
  FACT_LABELS.map((label) => [
    label,
    Object.entries(NODE_TYPES[label].properties as Record<string, { judgement?: boolean }>)
      .filter(([, property]) => property.judgement)
      .map(([name]) => name),
  ]),
) as unknown as Record<FactLabel, readonly string[]>;
// --- The draft mark (issue 19) ---------------------------------------------------------------

/**
 * The top-level section a machine-made draft carries (src/draft, `npm run draft`): which tool wrote
 * it, and each drafted element's confidence and the rule that produced it, keyed `<section>:<key>`.
 * The facts sections of a draft are in the ordinary format, so they validate as they are; only the
 * mark stops a draft from loading. A curator clears it by deleting the whole `draft:` block.
 */
export const DRAFT_SECTION = 'draft';

export const draftElementSchema = z.strictObject({
  /** `<section>:<key>`, e.g. `statements:keir-starmer-said-that-in`. */
  id: z.string().min(1),
  /** 0 – 1: how sure the rule is; review the lowest first. */
  confidence: z.number().min(0).max(1),
  rule: z.string().min(1),
});
export const draftMarkSchema = z.strictObject({
  tool: z.string().min(1),
  version: z.string().min(1),
  note: z.string().min(1),
  elements: z.array(draftElementSchema).default([]),
});
export type DraftMark = z.infer<typeof draftMarkSchema>;
export type DraftElement = z.infer<typeof draftElementSchema>;
