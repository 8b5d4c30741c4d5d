/**
 * THE description of the graph (docs/model.md): its node types with their properties, the
 * interfaces and unions that group them, and every relationship, declared once with the GraphQL
 * field that walks it from each end. Cypher patterns, row types, resolvers, the seed format's
 * tables, codegen's mappers and the database's constraints are all derived from what is here.
 */
import { BINDINGNESS, COMMITMENT_STAGES, CONDITION_KINDS, ORGANIZATION_KINDS, STATEMENT_KINDS } from './enums';
import { MAX_LONG_TEXT_CHARS, MAX_QUOTE_CHARS, MAX_SHORT_TEXT_CHARS } from './limits';

/**
 * A property of a node type. `judgement` marks a sourced judgement (a stage, a bindingness, a
 * "disclosed" flag, a count): a claim that must cite the words supporting it (`evidenceFor` in
 * facts files), apart from the evidence of the fact as a whole.
 */
export type Property =
  | { kind: 'string'; maxChars: number; nullable?: boolean; derived?: boolean; judgement?: boolean }
  | { kind: 'int'; min: number; nullable?: boolean; derived?: boolean; judgement?: boolean }
  | { kind: 'boolean'; nullable?: boolean; derived?: boolean; judgement?: boolean }
  | {
      kind: 'enum';
      name: string;
      values: readonly string[];
      nullable?: boolean;
      derived?: boolean;
      judgement?: boolean;
    };

const shortText = { kind: 'string', maxChars: MAX_SHORT_TEXT_CHARS } as const;
const optionalText = {
  kind: 'string',
  maxChars: MAX_SHORT_TEXT_CHARS,
  nullable: true,
} as const;
const longText = { kind: 'string', maxChars: MAX_LONG_TEXT_CHARS } as const;
const count = { kind: 'int', min: 0, nullable: true, judgement: true } as const;
const flag = { kind: 'boolean', judgement: true } as const;
const enumOf = <const N extends string, const V extends readonly string[]>(name: N, values: V) => ({ kind: 'enum', name, values }) as const;

/**
 * A node type. `plural` names its facts-file section and, when `listed`, the root field that
 * pages through all its nodes; `orderBy` is the order of every list of them (the key breaks ties);
 * `derived` properties are not written in facts files but computed when they are loaded.
 */
export interface NodeType {
  plural: string;
  fact: boolean;
  listed?: boolean;
  orderBy?: readonly string[];
  properties: Readonly<Record<string, Property>>;
}

export const NODE_TYPES = {
  Source: {
    plural: 'sources',
    fact: false,
    listed: true,
    properties: {
      title: optionalText,
      publisher: optionalText,
      dateline: optionalText,
      sha256: { kind: 'string', maxChars: 64 },
    },
  },
  Evidence: {
    plural: 'evidence',
    fact: false,
    orderBy: ['start', 'end'],
    properties: {
      start: { kind: 'int', min: 0 },
      end: { kind: 'int', min: 1 },
      quote: { kind: 'string', maxChars: MAX_QUOTE_CHARS },
    },
  },
  Country: {
    plural: 'countries',
    fact: true,
    listed: true,
    orderBy: ['name'],
    properties: { name: shortText },
  },
  Organization: {
    plural: 'organizations',
    fact: true,
    listed: true,
    orderBy: ['name'],
    properties: {
      name: shortText,
      kind: enumOf('OrganizationKind', ORGANIZATION_KINDS),
    },
  },
  Person: {
    plural: 'people',
    fact: true,
    listed: true,
    orderBy: ['name'],
    properties: { name: shortText },
  },
  Role: { plural: 'roles', fact: true, listed: true, properties: { title: shortText } },
  Event: {
    plural: 'events',
    fact: true,
    listed: true,
    orderBy: ['name'],
    properties: {
      name: shortText,
      place: { ...optionalText, judgement: true },
      dateText: { ...optionalText, judgement: true },
      participantCount: count,
      headsOfStateAndGovernmentCount: count,
      countedInPerson: { kind: 'boolean', nullable: true, judgement: true },
    },
  },
  /**
   * One actor's delegation to an event: how many attended (`size`), how senior (`level`, in the
   * source's words), whether in person, the delegates the sources name and, when they do not name
   * them all, `delegatesDisclosed: false` — the count may be known while the names are not (as
   * Wikidata's "some value"); no placeholder person stands in for them. `unnamedDelegates` is
   * computed when loaded: `size` minus the named delegates, null when the size is not given.
   */
  Delegation: {
    plural: 'delegations',
    fact: true,
    properties: {
      size: count,
      level: { ...optionalText, judgement: true },
      inPerson: { kind: 'boolean', nullable: true, judgement: true },
      delegatesDisclosed: flag,
      unnamedDelegates: { kind: 'int', min: 0, nullable: true, derived: true },
    },
  },
  Statement: {
    plural: 'statements',
    fact: true,
    properties: {
      kind: enumOf('StatementKind', STATEMENT_KINDS),
      text: { kind: 'string', maxChars: MAX_QUOTE_CHARS },
    },
  },
  Commitment: {
    plural: 'commitments',
    fact: true,
    properties: {
      summary: longText,
      stage: { ...enumOf('CommitmentStage', COMMITMENT_STAGES), judgement: true },
      bindingness: { ...enumOf('Bindingness', BINDINGNESS), judgement: true },
      pledgersDisclosed: flag,
      beneficiaryDisclosed: { kind: 'boolean', derived: true },
    },
  },
  Capability: {
    plural: 'capabilities',
    fact: true,
    listed: true,
    properties: { name: shortText },
  },
  Domain: {
    plural: 'domains',
    fact: true,
    listed: true,
    orderBy: ['name'],
    properties: { name: shortText },
  },
  DomainLeadership: {
    plural: 'domainLeaderships',
    fact: true,
    listed: true,
    properties: { determined: flag, disclosed: flag },
  },
  Priority: {
    plural: 'priorities',
    fact: true,
    listed: true,
    orderBy: ['order'],
    properties: { order: { kind: 'int', min: 1 }, title: shortText },
  },
  Condition: {
    plural: 'conditions',
    fact: true,
    listed: true,
    properties: {
      kind: enumOf('ConditionKind', CONDITION_KINDS),
      description: longText,
    },
  },
  Position: {
    plural: 'positions',
    fact: true,
    listed: true,
    properties: { stance: longText },
  },
  OpenQuestion: {
    plural: 'openQuestions',
    fact: true,
    listed: true,
    properties: { question: longText },
  },
  Risk: { plural: 'risks', fact: true, listed: true, properties: { description: longText } },
  /**
   * One source's claim about one fact (issue 18): a link to another fact (`field` names the
   * reference: pledgers, leads, conditions …) or the value of a property (`value`, as text), with
   * the evidence that supports it. `ownEvidence`: it cites words of its own, else it rests on the fact's
   * evidence. `contested`: other sources give this fact's `field` another value (set at load).
   */
  Claim: {
    plural: 'claims',
    fact: false,
    properties: {
      field: shortText,
      value: optionalText,
      ownEvidence: { kind: 'boolean' },
      contested: { kind: 'boolean', derived: true },
    },
  },
} as const satisfies Record<string, NodeType>;

export type NodeLabel = keyof typeof NODE_TYPES;
/** Node labels of the graph: the only label names Cypher is ever built with. */
export const NODE_LABELS = Object.keys(NODE_TYPES) as NodeLabel[];

type FactOf<L> = L extends NodeLabel ? ((typeof NODE_TYPES)[L]['fact'] extends true ? L : never) : never;
export type FactLabel = FactOf<NodeLabel>;
/** The labels of facts: what `Fact` (and `EVIDENCED_BY`'s start) can be. Never history or operational nodes. */
export const FACT_LABELS = NODE_LABELS.filter((name): name is FactLabel => NODE_TYPES[name].fact);

/** Labels whose nodes a root field lists, all of them, in their order. */
export type ListedLabel = {
  [L in NodeLabel]: (typeof NODE_TYPES)[L] extends { listed: true } ? L : never;
}[NodeLabel];
export const LISTED_LABELS = NODE_LABELS.filter((name): name is ListedLabel => 'listed' in NODE_TYPES[name]);

const ACTORS = ['Country', 'Organization', 'Person'] as const satisfies readonly NodeLabel[];

/**
 * The GraphQL interfaces and unions a field may return: the labels they stand for, and the
 * order of a list of them (`byType`: by label, then key).
 */
export const ABSTRACT_TYPES = {
  Actor: { labels: ACTORS, orderBy: ['name'] },
  Fact: { labels: FACT_LABELS, byType: true },
  ConditionDependent: {
    labels: ['Commitment', 'DomainLeadership'],
    byType: true,
  },
} as const satisfies Record<string, { labels: readonly NodeLabel[]; orderBy?: readonly string[]; byType?: true }>;
export type AbstractType = keyof typeof ABSTRACT_TYPES;
/** What a field that walks the graph returns: a node type, or an interface or union of them. */
export type TargetType = NodeLabel | AbstractType;

/** The labels a field's type stands for. */
export function labelsOf(type: TargetType): readonly NodeLabel[] {
  return type in ABSTRACT_TYPES ? ABSTRACT_TYPES[type as AbstractType].labels : [type as NodeLabel];
}

/** A GraphQL field's shape: a Relay connection, a nullable single node, or a node that must exist. */
export type Cardinality = 'connection' | 'one' | 'requiredOne';

/**
 * One end of a relationship as a GraphQL field: its name, its cardinality, the type it returns
 * when the other end has several labels, and (`on`) which labels have it when not all do.
 */
export interface End {
  field: string;
  cardinality: Cardinality;
  type?: AbstractType;
  on?: readonly NodeLabel[];
}

/**
 * A relationship type between labels, declared once: `out` is the field that walks it from each
 * `from` label, `back` the field that walks it backwards from the `to` labels. `reference` is the
 * facts-file field that names the other end: on the `from` fact, or on the `to` fact when
 * `reverse` (a Role names its holder although the Person HOLDS the Role).
 */
export interface Relationship {
  type: string;
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  out?: End;
  back?: End;
  reference?: { field: string; many: boolean; reverse?: true };
}

const connection = { cardinality: 'connection' } as const;
const actors = { cardinality: 'connection', type: 'Actor' } as const;
const facts = { cardinality: 'connection', type: 'Fact' } as const;

export const RELATIONSHIPS = [
  {
    type: 'IN',
    from: ['Evidence'],
    to: ['Source'],
    out: { field: 'source', cardinality: 'requiredOne' },
    back: { field: 'evidence', ...connection },
  },
  {
    type: 'EVIDENCED_BY',
    from: FACT_LABELS,
    to: ['Evidence'],
    out: { field: 'evidence', ...connection },
    back: { field: 'facts', ...facts },
  },
  {
    type: 'HOLDS',
    from: ['Person'],
    to: ['Role'],
    out: { field: 'roles', ...connection },
    back: { field: 'holder', cardinality: 'requiredOne' },
    reference: { field: 'holder', many: false, reverse: true },
  },
  {
    type: 'OF',
    from: ['Role'],
    to: ['Country', 'Organization'],
    out: { field: 'of', cardinality: 'requiredOne', type: 'Actor' },
    back: { field: 'roles', ...connection },
    reference: { field: 'of', many: false },
  },
  {
    type: 'HAS_MEMBER',
    from: ['Organization'],
    to: ['Country'],
    out: { field: 'members', ...connection },
    back: { field: 'memberships', ...connection },
    reference: { field: 'members', many: true },
  },
  {
    type: 'ATTENDED_BY',
    from: ['Event'],
    to: ACTORS,
    out: { field: 'attendees', ...actors },
    back: { field: 'eventsAttended', ...connection },
    reference: { field: 'attendedBy', many: true },
  },
  {
    type: 'DELEGATION_TO',
    from: ['Delegation'],
    to: ['Event'],
    out: { field: 'event', cardinality: 'requiredOne' },
    back: { field: 'delegations', ...connection },
    reference: { field: 'event', many: false },
  },
  {
    type: 'SENT_BY',
    from: ['Delegation'],
    to: ['Country', 'Organization'],
    out: { field: 'actor', cardinality: 'requiredOne', type: 'Actor' },
    back: { field: 'delegations', ...connection },
    reference: { field: 'actor', many: false },
  },
  {
    type: 'INCLUDES',
    from: ['Delegation'],
    to: ['Person'],
    out: { field: 'delegates', ...connection },
    back: { field: 'delegations', ...connection },
    reference: { field: 'delegates', many: true },
  },
  {
    type: 'MADE_BY',
    from: ['Statement'],
    to: ACTORS,
    out: { field: 'speaker', cardinality: 'requiredOne', type: 'Actor' },
    back: { field: 'statements', ...connection },
    reference: { field: 'speaker', many: false },
  },
  {
    type: 'AT',
    from: ['Statement'],
    to: ['Event'],
    out: { field: 'event', cardinality: 'one' },
    back: { field: 'statements', ...connection },
    reference: { field: 'event', many: false },
  },
  {
    type: 'ABOUT',
    from: ['Statement'],
    to: [
      'Commitment',
      'Priority',
      'Domain',
      'DomainLeadership',
      'Condition',
      'OpenQuestion',
      'Event',
      'Position',
      'Risk',
      'Capability',
      'Country',
      'Organization',
      'Person',
    ],
    out: { field: 'about', ...facts },
    back: {
      field: 'statements',
      ...connection,
      on: ['Commitment', 'Condition', 'Priority', 'Domain', 'DomainLeadership'],
    },
    reference: { field: 'about', many: true },
  },
  {
    type: 'PLEDGED_BY',
    from: ['Commitment'],
    to: ['Country', 'Organization'],
    out: { field: 'pledgers', ...actors },
    back: { field: 'pledges', ...connection },
    reference: { field: 'pledgers', many: true },
  },
  {
    type: 'BENEFITS',
    from: ['Commitment'],
    to: ['Country'],
    out: { field: 'beneficiary', cardinality: 'one' },
    back: { field: 'beneficiaryOf', ...connection },
    reference: { field: 'beneficiary', many: false },
  },
  {
    type: 'PROVIDES',
    from: ['Commitment'],
    to: ['Capability'],
    out: { field: 'capabilities', ...connection },
    back: { field: 'commitments', ...connection },
    reference: { field: 'capabilities', many: true },
  },
  {
    type: 'IN_DOMAIN',
    from: ['Commitment'],
    to: ['Domain'],
    out: { field: 'domains', ...connection },
    back: { field: 'commitments', ...connection },
    reference: { field: 'domains', many: true },
  },
  {
    type: 'FOR_DOMAIN',
    from: ['DomainLeadership'],
    to: ['Domain'],
    out: { field: 'domain', cardinality: 'requiredOne' },
    back: { field: 'leadership', ...connection },
    reference: { field: 'domain', many: false },
  },
  {
    type: 'LED_BY',
    from: ['DomainLeadership'],
    to: ['Country', 'Organization'],
    out: { field: 'leads', ...actors },
    back: { field: 'leadership', ...connection },
    reference: { field: 'leads', many: true },
  },
  {
    type: 'CONDITIONAL_ON',
    from: ['Commitment', 'DomainLeadership'],
    to: ['Condition'],
    out: { field: 'conditions', ...connection },
    back: { field: 'dependents', ...connection, type: 'ConditionDependent' },
    reference: { field: 'conditions', many: true },
  },
  {
    type: 'SERVES',
    from: ['Commitment'],
    to: ['Priority'],
    out: { field: 'priorities', ...connection },
    back: { field: 'commitments', ...connection },
    reference: { field: 'priorities', many: true },
  },
  {
    type: 'MADE_AT',
    from: ['Commitment'],
    to: ['Event'],
    out: { field: 'event', cardinality: 'one' },
    back: { field: 'commitments', ...connection },
    reference: { field: 'event', many: false },
  },
  {
    type: 'AGREED_AT',
    from: ['Priority'],
    to: ['Event'],
    out: { field: 'event', cardinality: 'one' },
    back: { field: 'priorities', ...connection },
    reference: { field: 'event', many: false },
  },
  {
    type: 'HELD_BY',
    from: ['Position'],
    to: ACTORS,
    out: { field: 'holder', cardinality: 'requiredOne', type: 'Actor' },
    back: { field: 'positions', ...connection },
    reference: { field: 'holder', many: false },
  },
  {
    type: 'ABOUT',
    from: ['Position'],
    to: ['Commitment', 'Condition', 'Domain', 'Capability', 'Country', 'Organization'],
    out: { field: 'about', ...facts },
    back: {
      field: 'positions',
      ...connection,
      on: ['Commitment', 'Condition'],
    },
    reference: { field: 'about', many: true },
  },
  {
    type: 'ABOUT',
    from: ['OpenQuestion'],
    to: ['Commitment', 'Capability', 'Domain', 'Event', 'Country', 'Organization', 'DomainLeadership'],
    out: { field: 'about', ...facts },
    back: {
      field: 'openQuestions',
      ...connection,
      on: ['Country', 'Commitment', 'DomainLeadership', 'Event'],
    },
    reference: { field: 'about', many: true },
  },
  {
    type: 'RAISED_BY',
    from: ['OpenQuestion'],
    to: ['Person', 'Organization', 'Country'],
    out: { field: 'raisedBy', cardinality: 'one', type: 'Actor' },
    reference: { field: 'raisedBy', many: false },
  },
  {
    type: 'THREATENS',
    from: ['Risk'],
    to: ['Country', 'Commitment'],
    out: { field: 'threatens', ...facts },
    back: { field: 'risks', ...connection },
    reference: { field: 'threatens', many: true },
  },
  // Claims (issue 18): read only when asked for (`claims` on every fact is resolved by hand: it
  // filters by field); traversals keep walking the plain relationships above.
  { type: 'CLAIMS', from: FACT_LABELS, to: ['Claim'] },
  {
    type: 'LINKS_TO',
    from: ['Claim'],
    to: FACT_LABELS,
    out: { field: 'target', cardinality: 'one', type: 'Fact' },
  },
  {
    type: 'EVIDENCED_BY',
    from: ['Claim'],
    to: ['Evidence'],
    out: { field: 'evidence', ...connection },
  },
  {
    type: 'IN',
    from: ['Claim'],
    to: ['Source'],
    out: { field: 'source', cardinality: 'requiredOne' },
  },
] as const satisfies readonly Relationship[];

/**
 * Relationships of the types above that no field walks: a source's own properties and a stage
 * change are evidenced as facts are (docs/model.md). With them, what the model says a type can join
 * is all the graph holds (test/integration checks it after every kind of write), which the read
 * compiler relies on to leave out labels (src/read/traversals.ts).
 */
export const UNWALKED_RELATIONSHIPS: readonly { type: (typeof RELATIONSHIPS)[number]['type']; from: readonly string[]; to: readonly string[] }[] = [
  { type: 'EVIDENCED_BY', from: ['Source', 'StageChange'], to: ['Evidence'] },
];

/** Every pair of labels each relationship type above joins, walked or not. */
export const RELATIONSHIP_ENDS: readonly { type: string; from: readonly string[]; to: readonly string[] }[] = [
  ...(RELATIONSHIPS as readonly Relationship[]),
  ...UNWALKED_RELATIONSHIPS,
].map(({ type, from, to }) => ({ type, from, to }));

export type RelationshipType = (typeof RELATIONSHIPS)[number]['type'];
/** Relationship types of the graph: the only type names Cypher is ever built with. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [...new Set(RELATIONSHIPS.map(({ type }) => type))];

/** One hop of a path: the relationship, the direction it is walked in, and the label it reaches. */
export interface Step {
  type: RelationshipType;
  direction: 'out' | 'in';
  to: NodeLabel;
}

/** A field that walks more than one relationship (through nodes it does not return). */
export interface Path {
  on: NodeLabel;
  field: string;
  cardinality: Cardinality;
  steps: readonly Step[];
}

export const PATHS = [
  {
    on: 'Country',
    field: 'officeHolders',
    cardinality: 'connection',
    steps: [
      { type: 'OF', direction: 'in', to: 'Role' },
      { type: 'HOLDS', direction: 'in', to: 'Person' },
    ],
  },
  {
    on: 'Statement',
    field: 'source',
    cardinality: 'requiredOne',
    steps: [
      { type: 'EVIDENCED_BY', direction: 'out', to: 'Evidence' },
      { type: 'IN', direction: 'out', to: 'Source' },
    ],
  },
] as const satisfies readonly Path[];

/** A label, checked against the model and quoted: the only non-parameter text Cypher is built with. */
export function label(name: NodeLabel): string {
  if (!(NODE_LABELS as readonly string[]).includes(name)) throw new Error(`not a label of the model: ${name}`);
  return `\`${name}\``;
}

/** A relationship type, checked against the model and quoted. */
export function relationshipType(name: RelationshipType): string {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(name)) throw new Error(`not a relationship type of the model: ${name}`);
  return `\`${name}\``;
}
