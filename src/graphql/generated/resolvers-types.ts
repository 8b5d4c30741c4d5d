import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SearchHitRow, StageChangeRow } from '../../model/rows';
import type { FacetsRow } from '../../read/facets';
import type { SourceCoverageRow, TextRangeRow } from '../../read/coverage';
import type { DisagreementRow } from '../../read/claim-repository';
import type { IngestSourcePayloadRow, FactPayloadRow, StageChangePayloadRow } from '../../write/curation/payloads';
import type { AuditEventRow } from '../../write/audit-repository';
import type { SequencedAuditEvent } from '../../subscriptions/audit-feed-repository';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A point in time, in UTC, as RFC 3339 / ISO 8601 text with milliseconds: `2026-12-01T19:13:20.123Z`
   * (graphql-scalars' DateTime).
   */
  DateTime: { input: Date; output: string | Date; }
  /** Any JSON value: an object, a list, a string, a number, a boolean or null (graphql-scalars' JSON). */
  JSON: { input: unknown; output: unknown; }
  /** A calendar date without a time or zone, `YYYY-MM-DD` (graphql-scalars' LocalDate). */
  LocalDate: { input: string; output: string; }
};

/** Someone who can speak, pledge, hold a position or attend: a country, an organization or a person. */
export type Actor = {
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** Events this actor attended. */
  eventsAttended: EventConnection;
  /** The exact words of the sources that name this actor. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The actor's stable key (ISO code for a country, a slug otherwise). */
  key: Scalars['String']['output'];
  /** The actor's name, as the graph records it. */
  name: Scalars['String']['output'];
  /** Stances this actor holds. */
  positions: PositionConnection;
  /** Statements this actor made. */
  statements: StatementConnection;
};


/** Someone who can speak, pledge, hold a position or attend: a country, an organization or a person. */
export type ActorClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone who can speak, pledge, hold a position or attend: a country, an organization or a person. */
export type ActorEventsAttendedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone who can speak, pledge, hold a position or attend: a country, an organization or a person. */
export type ActorEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone who can speak, pledge, hold a position or attend: a country, an organization or a person. */
export type ActorPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone who can speak, pledge, hold a position or attend: a country, an organization or a person. */
export type ActorStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of this page, each with its cursor. */
  edges: Array<ActorEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An actor and how many of the counted set fall in it. */
export type ActorCount = {
  __typename?: 'ActorCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** An actor. */
  node: Actor;
};

/** An actor and its cursor. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The country, organization or person. */
  node: Actor;
};

/** A commitment to add. */
export type AddCommitmentInput = {
  /** The id of the country it is for, when the source says. */
  beneficiary?: InputMaybe<Scalars['ID']['input']>;
  /** Whether it binds, per the evidence. */
  bindingness: Bindingness;
  /** Ids of the capabilities it provides. */
  capabilities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ids of the conditions it waits on. */
  conditions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ids of the domains it covers. */
  domains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The id of the event it was made at, when the source says. */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** The words that state it (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** A new lowercase kebab-case slug. */
  key: Scalars['String']['input'];
  /** Ids of the countries or organizations that pledged it; empty when the source does not name them. */
  pledgers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** How far it has come, per the evidence. */
  stage: CommitmentStage;
  /** What is pledged, in words close to the source's. */
  summary: Scalars['String']['input'];
};

/** A statement to add. */
export type AddStatementInput = {
  /** Ids of the facts it is about. */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The id of the event it was made at, when the source says. */
  event?: InputMaybe<Scalars['ID']['input']>;
  /** The words that state it (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** A new lowercase kebab-case slug. */
  key: Scalars['String']['input'];
  /** How the source renders it. */
  kind: StatementKind;
  /** Who said it: the id of a country, organization or person. */
  speaker: Scalars['ID']['input'];
  /** What was said, in the source's words: it must occur in one of the evidence quotes. */
  text: Scalars['String']['input'];
};

/** What to add to a commitment; at least one list must be non-empty. */
export type AmendCommitmentInput = {
  /** Ids of capabilities it provides. */
  addCapabilities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ids of conditions it waits on. */
  addConditions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ids of domains it covers. */
  addDomains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ids of countries or organizations named as pledgers (also sets `pledgersDisclosed`). */
  addPledgers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The commitment's id. */
  commitment: Scalars['ID']['input'];
  /** The words that state the additions (1 to 50 spans); linked to the commitment. */
  evidence: Array<EvidenceInput>;
};

/** Evidence to link to a fact. */
export type AttachEvidenceInput = {
  /** The words that state it (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** The id of any fact (a node implementing `Fact`). */
  fact: Scalars['ID']['input'];
};

/** The fact and its evidence. */
export type AttachEvidencePayload = {
  __typename?: 'AttachEvidencePayload';
  /** The id of the audit event this write recorded (for a replay: that of the first request). */
  auditEventId: Scalars['ID']['output'];
  /** The fact, with all its evidence. */
  fact: Fact;
  /** True when an earlier request with the same `idempotencyKey` did the write and this one only repeats its result. */
  replayed: Scalars['Boolean']['output'];
};

/**
 * One successful write: who made it (the API key's id, never the key), when, which operation and
 * what changed, linked to the facts it touched. Operational record, not a fact from a source.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** When the write was recorded (the database's clock), in UTC. */
  at: Scalars['DateTime']['output'];
  /** What changed, as a JSON value (its shape depends on the operation). */
  changes: Scalars['JSON']['output'];
  /** The event's UUID. */
  id: Scalars['ID']['output'];
  /** The id of the API key that made the write. */
  keyId: Scalars['ID']['output'];
  /** The operation that wrote, e.g. `ingestSource`. */
  operation: Scalars['String']['output'];
  /** One line saying what was done. */
  summary: Scalars['String']['output'];
  /** The nodes the write created or changed. */
  touched: NodeConnection;
};


/**
 * One successful write: who made it (the API key's id, never the key), when, which operation and
 * what changed, linked to the facts it touched. Operational record, not a fact from a source.
 */
export type AuditEventTouchedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of audit events. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events of this page, each with its cursor. */
  edges: Array<AuditEventEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many events match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An audit event and its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Whether a commitment binds those who made it. */
export type Bindingness =
  /** Legally or formally binding. */
  | 'BINDING'
  /** Not binding. */
  | 'NON_BINDING'
  /** The sources do not say. */
  | 'UNDISCLOSED';

/** A bindingness and how many of the counted set fall in it. */
export type BindingnessCount = {
  __typename?: 'BindingnessCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** A bindingness. */
  value: Bindingness;
};

/** What a commitment provides: equipment, training, military centers, a force … */
export type Capability = Fact & Node & {
  __typename?: 'Capability';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The commitments that provide it. */
  commitments: CommitmentConnection;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The capability's slug, e.g. `secure-weapons-storage`. */
  key: Scalars['String']['output'];
  /** Its name, in words close to the source's. */
  name: Scalars['String']['output'];
};


/** What a commitment provides: equipment, training, military centers, a force … */
export type CapabilityClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a commitment provides: equipment, training, military centers, a force … */
export type CapabilityCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommitmentOrder>>;
};


/** What a commitment provides: equipment, training, military centers, a force … */
export type CapabilityEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of capabilities. */
export type CapabilityConnection = {
  __typename?: 'CapabilityConnection';
  /** The capabilities of this page, each with its cursor. */
  edges: Array<CapabilityEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A capability and how many of the counted set fall in it. */
export type CapabilityCount = {
  __typename?: 'CapabilityCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** A capability. */
  node: Capability;
};

/** A capability and its cursor. */
export type CapabilityEdge = {
  __typename?: 'CapabilityEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The capability. */
  node: Capability;
};

/** One term of the order of a list of capabilities: terms apply in turn, the key breaks remaining ties. */
export type CapabilityOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: CapabilityOrderField;
};

/** A field capabilities can be ordered by. */
export type CapabilityOrderField =
  /** By key. */
  | 'KEY'
  /** By name. */
  | 'NAME';

/**
 * One source's claim about a fact: a link to another fact (`target`) or the value of one of its
 * properties (`value`), with the exact words that support it. Traversals (`pledgers`, `leads` …)
 * walk the links themselves; a claim says which source asserts a link and on what words.
 */
export type Claim = Node & {
  __typename?: 'Claim';
  /**
   * True when another source gives this fact's field another value (a property claim only; links
   * of different sources add up and never contest each other). See `Query.disagreements`.
   */
  contested: Scalars['Boolean']['output'];
  /** The words of the source that support the claim, in source order. */
  evidence: EvidenceConnection;
  /** The field of the fact this claim backs: `pledgers`, `conditions`, `leads`, `stage`, `disclosed` … */
  field: Scalars['String']['output'];
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** `<sourceKey>|<Type>:<factKey>|<field>` for a property, `…|<field>|<TargetType>:<targetKey>` for a link. */
  key: Scalars['String']['output'];
  /** True when the claim cites words of its own; false when it rests on its fact's evidence as a whole. */
  ownEvidence: Scalars['Boolean']['output'];
  /** The source that makes this claim. */
  source: Source;
  /** The fact a link claim points to; null for a property claim. */
  target?: Maybe<Fact>;
  /** A property claim's value as text (an enum's name, a number, `true`/`false`); null for a link claim. */
  value?: Maybe<Scalars['String']['output']>;
};


/**
 * One source's claim about a fact: a link to another fact (`target`) or the value of one of its
 * properties (`value`), with the exact words that support it. Traversals (`pledgers`, `leads` …)
 * walk the links themselves; a claim says which source asserts a link and on what words.
 */
export type ClaimEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims of this page, each with its cursor. */
  edges: Array<ClaimEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A claim and its cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type Commitment = Fact & Node & {
  __typename?: 'Commitment';
  /** The country it is for. */
  beneficiary?: Maybe<Country>;
  /** False when the sources name no beneficiary; `beneficiary` is then null. */
  beneficiaryDisclosed: Scalars['Boolean']['output'];
  /** Whether it binds. */
  bindingness: Bindingness;
  /** What it provides. */
  capabilities: CapabilityConnection;
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** What it waits on before it applies. */
  conditions: ConditionConnection;
  /** The domains it covers. */
  domains: DomainConnection;
  /** The event it was made at; null when the source does not say. */
  event?: Maybe<Event>;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The stage the commitment's own sources state, before any recorded stage change (the history's origin). */
  initialStage: CommitmentStage;
  /** The commitment's slug, e.g. `gb-fr-military-centers-and-weapons-storage`. */
  key: Scalars['String']['output'];
  /** What the sources say is still open about it. */
  openQuestions: OpenQuestionConnection;
  /** Who pledged it, by name; empty when undisclosed. */
  pledgers: ActorConnection;
  /** False when the sources do not name who pledged it; `pledgers` is then empty (never guessed). */
  pledgersDisclosed: Scalars['Boolean']['output'];
  /** Stances parties hold about it. */
  positions: PositionConnection;
  /** The agreed priorities it serves, in their order. */
  priorities: PriorityConnection;
  /** Risks the sources say threaten it. */
  risks: RiskConnection;
  /** How far it has come. */
  stage: CommitmentStage;
  /** True when the latest `asOf` carries stage changes that disagree (different stages from different evidence); `stageHistory` shows them all. */
  stageConflict: Scalars['Boolean']['output'];
  /** Recorded stage changes, newest `asOf` first (then latest recorded first); empty when none was recorded. */
  stageHistory: StageChangeConnection;
  /** Statements about it. */
  statements: StatementConnection;
  /** What is pledged, in words close to the source's. */
  summary: Scalars['String']['output'];
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentCapabilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentConditionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ConditionOrder>>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DomainOrder>>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentOpenQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentPledgersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentPrioritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PriorityOrder>>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentRisksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentStageHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pledge: who pledged what, for whom, in which domains, on what conditions. */
export type CommitmentStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A page of commitments. */
export type CommitmentConnection = {
  __typename?: 'CommitmentConnection';
  /** The commitments of this page, each with its cursor. */
  edges: Array<CommitmentEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A commitment and its cursor. */
export type CommitmentEdge = {
  __typename?: 'CommitmentEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The commitment. */
  node: Commitment;
};

/** Counts of a filtered set of commitments, whole and by group. Groups come largest first, ties by value (or key); groups of nothing are left out. */
export type CommitmentFacets = {
  __typename?: 'CommitmentFacets';
  /** By bindingness. */
  byBindingness: Array<BindingnessCount>;
  /** By capability provided: the largest groups. */
  byCapability: Array<CapabilityCount>;
  /** By the condition they wait on: the conditions that gate the most commitments first. */
  byCondition: Array<ConditionCount>;
  /** By the kind of the conditions they wait on. */
  byConditionKind: Array<ConditionKindCount>;
  /** By domain: the largest groups. */
  byDomain: Array<DomainCount>;
  /** By pledger (a country or an organization): the largest groups. Commitments whose pledgers are undisclosed are in none. */
  byPledger: Array<ActorCount>;
  /** By current stage. */
  byStage: Array<CommitmentStageCount>;
  /** How many commitments the filter selects. */
  total: Scalars['Int']['output'];
};


/** Counts of a filtered set of commitments, whole and by group. Groups come largest first, ties by value (or key); groups of nothing are left out. */
export type CommitmentFacetsByCapabilityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts of a filtered set of commitments, whole and by group. Groups come largest first, ties by value (or key); groups of nothing are left out. */
export type CommitmentFacetsByConditionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts of a filtered set of commitments, whole and by group. Groups come largest first, ties by value (or key); groups of nothing are left out. */
export type CommitmentFacetsByDomainArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts of a filtered set of commitments, whole and by group. Groups come largest first, ties by value (or key); groups of nothing are left out. */
export type CommitmentFacetsByPledgerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Narrows a list of commitments; every given option must hold. Keys are matched in any case
 * (`pledger: "gb"` is `pledger: "GB"`); a key that names nothing is a `BAD_USER_INPUT` error naming the option.
 */
export type CommitmentFilter = {
  /** ISO code of the country the commitment benefits, e.g. `UA`. */
  beneficiary?: InputMaybe<Scalars['String']['input']>;
  /** A capability the commitment provides: its key (`military-centers`) or words of its name (`military centers`, case-insensitive, at most 200 characters). */
  capability?: InputMaybe<Scalars['String']['input']>;
  /** Key of a condition the commitment waits on, e.g. `ceasefire`. */
  condition?: InputMaybe<Scalars['String']['input']>;
  /** Only commitments waiting on a condition of this kind. */
  conditionKind?: InputMaybe<ConditionKind>;
  /** Key of a domain the commitment covers, e.g. `sea`. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Key of a pledger: a country's ISO code (`GB`) or an organization's slug (`ukraines-allies`). */
  pledger?: InputMaybe<Scalars['String']['input']>;
  /** Only commitments at this stage. */
  stage?: InputMaybe<CommitmentStage>;
};

/** One term of the order of a list of commitments: terms apply in turn, the key breaks remaining ties. */
export type CommitmentOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: CommitmentOrderField;
};

/** A field commitments can be ordered by. */
export type CommitmentOrderField =
  /** By bindingness, in the order the enum declares. */
  | 'BINDINGNESS'
  /** By key. */
  | 'KEY'
  /** By current stage, in lifecycle order (PROPOSED first). */
  | 'STAGE';

/** The commitment written. */
export type CommitmentPayload = {
  __typename?: 'CommitmentPayload';
  /** The id of the audit event this write recorded (for a replay: that of the first request). */
  auditEventId: Scalars['ID']['output'];
  /** The commitment, as the graph now holds it. */
  commitment: Commitment;
  /** True when an earlier request with the same `idempotencyKey` did the write and this one only repeats its result. */
  replayed: Scalars['Boolean']['output'];
};

/** How far a commitment has come, kept apart from its conditions and bindingness (as pledge trackers do). */
export type CommitmentStage =
  /** Agreed in principle; details, approval or ratification still to come. */
  | 'AGREED_IN_PRINCIPLE'
  /** Submitted to an approval process that has begun. */
  | 'AWAITING_APPROVAL'
  /** Delivered. */
  | 'DELIVERED'
  /** In force. */
  | 'IN_FORCE'
  /** Put forward as an option or an intention, not yet agreed. */
  | 'PROPOSED'
  /** Ratified. */
  | 'RATIFIED';

/** A stage and how many of the counted set fall in it. */
export type CommitmentStageCount = {
  __typename?: 'CommitmentStageCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** A stage. */
  value: CommitmentStage;
};

/** What a commitment or a domain leadership waits on. */
export type Condition = Fact & Node & {
  __typename?: 'Condition';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** Everything that waits on this condition: what it would unlock. */
  dependents: ConditionDependentConnection;
  /** The condition, in words close to the source's. */
  description: Scalars['String']['output'];
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The condition's slug, e.g. `ceasefire`. */
  key: Scalars['String']['output'];
  /** What kind of condition it is. */
  kind: ConditionKind;
  /** Stances parties hold about it. */
  positions: PositionConnection;
  /** Statements about this condition. */
  statements: StatementConnection;
};


/** What a commitment or a domain leadership waits on. */
export type ConditionClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a commitment or a domain leadership waits on. */
export type ConditionDependentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a commitment or a domain leadership waits on. */
export type ConditionEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a commitment or a domain leadership waits on. */
export type ConditionPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a commitment or a domain leadership waits on. */
export type ConditionStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A page of conditions. */
export type ConditionConnection = {
  __typename?: 'ConditionConnection';
  /** The conditions of this page, each with its cursor. */
  edges: Array<ConditionEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A condition and how many of the counted set fall in it. */
export type ConditionCount = {
  __typename?: 'ConditionCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** A condition. */
  node: Condition;
};

/** What can wait on a condition. */
export type ConditionDependent = Commitment | DomainLeadership;

/** A page of what waits on a condition. */
export type ConditionDependentConnection = {
  __typename?: 'ConditionDependentConnection';
  /** The dependents of this page, each with its cursor. */
  edges: Array<ConditionDependentEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A dependent and its cursor. */
export type ConditionDependentEdge = {
  __typename?: 'ConditionDependentEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The commitment or domain leadership that waits. */
  node: ConditionDependent;
};

/** A condition and its cursor. */
export type ConditionEdge = {
  __typename?: 'ConditionEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The condition. */
  node: Condition;
};

/** The kind of a condition. */
export type ConditionKind =
  /** A ceasefire or a (peace, broader) settlement. */
  | 'CEASEFIRE_OR_SETTLEMENT'
  /** The end of hostilities. */
  | 'END_OF_HOSTILITIES'
  /** Approval by lawmakers. */
  | 'LAWMAKER_APPROVAL'
  /** National approval processes. */
  | 'NATIONAL_APPROVAL'
  /** Ratification by individual countries. */
  | 'RATIFICATION'
  /** A (future) Russian attack. */
  | 'RUSSIAN_ATTACK';

/** A kind of condition and how many of the counted set fall in it. */
export type ConditionKindCount = {
  __typename?: 'ConditionKindCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** A kind of condition. */
  value: ConditionKind;
};

/** One term of the order of a list of conditions: terms apply in turn, the key breaks remaining ties. */
export type ConditionOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: ConditionOrderField;
};

/** A field conditions can be ordered by. */
export type ConditionOrderField =
  /** By key. */
  | 'KEY'
  /** By kind, in the order the enum declares. */
  | 'KIND';

/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type Country = Actor & Fact & Node & {
  __typename?: 'Country';
  /** Commitments made for this country's benefit. */
  beneficiaryOf: CommitmentConnection;
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The ISO 3166-1 alpha-2 code, e.g. `GB`. */
  code: Scalars['String']['output'];
  /** The delegations this country sent to events. */
  delegations: DelegationConnection;
  /** Events this country attended. */
  eventsAttended: EventConnection;
  /** The exact words of the sources that name this country. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The ISO 3166-1 alpha-2 code (same as `code`). */
  key: Scalars['String']['output'];
  /** Domain leaderships this country is named to lead. */
  leadership: DomainLeadershipConnection;
  /** Organizations this country is a named member of. */
  memberships: OrganizationConnection;
  /** The country's name, e.g. `United Kingdom`. */
  name: Scalars['String']['output'];
  /** The people who hold an office (a Role) of this country (a head of government, a minister, an ambassador …), by name. */
  officeHolders: PersonConnection;
  /** Open questions about this country. */
  openQuestions: OpenQuestionConnection;
  /** Commitments this country pledged. */
  pledges: CommitmentConnection;
  /** Stances this country holds. */
  positions: PositionConnection;
  /** Risks the sources say threaten this country. */
  risks: RiskConnection;
  /** The offices of this country the sources name, with their holders. */
  roles: RoleConnection;
  /** Statements this country made (e.g. through unnamed officials). */
  statements: StatementConnection;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryBeneficiaryOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommitmentOrder>>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryDelegationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryEventsAttendedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryLeadershipArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryOfficeHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryOpenQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryPledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommitmentOrder>>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryRisksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by its ISO 3166-1 alpha-2 code. */
export type CountryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A page of countries. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The countries of this page, each with its cursor. */
  edges: Array<CountryEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A country and its cursor. */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The country. */
  node: Country;
};

/** One term of the order of a list of countries: terms apply in turn, the key breaks remaining ties. */
export type CountryOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: CountryOrderField;
};

/** A field countries can be ordered by. */
export type CountryOrderField =
  /** By key. */
  | 'KEY'
  /** By name. */
  | 'NAME';

/**
 * One actor's delegation to an event, as the sources describe it: how many (`size`), how senior
 * (`level`, in the source's words), whether in person, and the delegates they name. When the sources
 * do not name every delegate, `delegatesDisclosed` is false and `unnamedDelegates` says how many go
 * unnamed, if the size is known: the names are unknown, not absent, and no one is guessed.
 */
export type Delegation = Fact & Node & {
  __typename?: 'Delegation';
  /** The country or organization the delegation stands for. */
  actor: Actor;
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The delegates the sources name; only some of them (or none) when `delegatesDisclosed` is false. */
  delegates: PersonConnection;
  /** True when the sources name every delegate; false when some or all of them go unnamed. */
  delegatesDisclosed: Scalars['Boolean']['output'];
  /** The event attended. */
  event: Event;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** True: attended in person; false: remotely; null when the source does not say. */
  inPerson?: Maybe<Scalars['Boolean']['output']>;
  /** The delegation's slug, e.g. `paris-meeting-us`. */
  key: Scalars['String']['output'];
  /** How senior they were, in the source's words (e.g. `senior officials`, `envoys`); null when it does not say. */
  level?: Maybe<Scalars['String']['output']>;
  /** How many delegates the source counts; null when it gives no number. */
  size?: Maybe<Scalars['Int']['output']>;
  /** How many delegates the sources count but do not name (`size` less the named ones); null when the size is not given. */
  unnamedDelegates?: Maybe<Scalars['Int']['output']>;
};


/**
 * One actor's delegation to an event, as the sources describe it: how many (`size`), how senior
 * (`level`, in the source's words), whether in person, and the delegates they name. When the sources
 * do not name every delegate, `delegatesDisclosed` is false and `unnamedDelegates` says how many go
 * unnamed, if the size is known: the names are unknown, not absent, and no one is guessed.
 */
export type DelegationClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One actor's delegation to an event, as the sources describe it: how many (`size`), how senior
 * (`level`, in the source's words), whether in person, and the delegates they name. When the sources
 * do not name every delegate, `delegatesDisclosed` is false and `unnamedDelegates` says how many go
 * unnamed, if the size is known: the names are unknown, not absent, and no one is guessed.
 */
export type DelegationDelegatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One actor's delegation to an event, as the sources describe it: how many (`size`), how senior
 * (`level`, in the source's words), whether in person, and the delegates they name. When the sources
 * do not name every delegate, `delegatesDisclosed` is false and `unnamedDelegates` says how many go
 * unnamed, if the size is known: the names are unknown, not absent, and no one is guessed.
 */
export type DelegationEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of delegations. */
export type DelegationConnection = {
  __typename?: 'DelegationConnection';
  /** The delegations of this page, each with its cursor. */
  edges: Array<DelegationEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A delegation and its cursor. */
export type DelegationEdge = {
  __typename?: 'DelegationEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The delegation. */
  node: Delegation;
};

/** A fact's field on which sources disagree. */
export type Disagreement = {
  __typename?: 'Disagreement';
  /** The claims on this field, each with its source and value, by claim key (so by source). */
  claims: Array<Claim>;
  /** The fact. */
  fact: Fact;
  /** The field its sources give different values (e.g. `disclosed`, `stage`). */
  field: Scalars['String']['output'];
};


/** A fact's field on which sources disagree. */
export type DisagreementClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of disagreements. */
export type DisagreementConnection = {
  __typename?: 'DisagreementConnection';
  /** The disagreements of this page, each with its cursor. */
  edges: Array<DisagreementEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A disagreement and its cursor. */
export type DisagreementEdge = {
  __typename?: 'DisagreementEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The disagreement. */
  node: Disagreement;
};

/** The leads a source names for a domain leadership. */
export type DiscloseDomainLeadsInput = {
  /** The words that name them (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** The domain leadership's id. */
  leadership: Scalars['ID']['input'];
  /** Ids of the countries or organizations named as leads (at least one). */
  leads: Array<Scalars['ID']['input']>;
};

/** A domain of the security guarantees, e.g. land, air, sea or reconstruction. */
export type Domain = Fact & Node & {
  __typename?: 'Domain';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** Commitments covering this domain. */
  commitments: CommitmentConnection;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The domain's slug, e.g. `land`. */
  key: Scalars['String']['output'];
  /** Who leads this domain, and on what conditions (one entry per leadership claim). */
  leadership: DomainLeadershipConnection;
  /** The domain's name. */
  name: Scalars['String']['output'];
  /** Statements about this domain. */
  statements: StatementConnection;
};


/** A domain of the security guarantees, e.g. land, air, sea or reconstruction. */
export type DomainClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A domain of the security guarantees, e.g. land, air, sea or reconstruction. */
export type DomainCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommitmentOrder>>;
};


/** A domain of the security guarantees, e.g. land, air, sea or reconstruction. */
export type DomainEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A domain of the security guarantees, e.g. land, air, sea or reconstruction. */
export type DomainLeadershipArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A domain of the security guarantees, e.g. land, air, sea or reconstruction. */
export type DomainStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A page of domains. */
export type DomainConnection = {
  __typename?: 'DomainConnection';
  /** The domains of this page, each with its cursor. */
  edges: Array<DomainEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A domain and how many of the counted set fall in it. */
export type DomainCount = {
  __typename?: 'DomainCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** A domain. */
  node: Domain;
};

/** A domain and its cursor. */
export type DomainEdge = {
  __typename?: 'DomainEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The domain. */
  node: Domain;
};

/**
 * Who leads a domain. When the sources say leads were chosen but do not name them, `disclosed`
 * is false and `leads` is empty: nothing is guessed.
 */
export type DomainLeadership = Fact & Node & {
  __typename?: 'DomainLeadership';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** What the leadership waits on. */
  conditions: ConditionConnection;
  /** True when the sources say the leads have been determined (even if unnamed). */
  determined: Scalars['Boolean']['output'];
  /** True when the sources name the leads. */
  disclosed: Scalars['Boolean']['output'];
  /** The domain led. */
  domain: Domain;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The leadership's slug, e.g. `land-leadership`. */
  key: Scalars['String']['output'];
  /** The countries or organizations named as leads; empty when `disclosed` is false. */
  leads: ActorConnection;
  /** What the sources say is still open about it (e.g. the unnamed leads). */
  openQuestions: OpenQuestionConnection;
  /** Statements about this leadership. */
  statements: StatementConnection;
};


/**
 * Who leads a domain. When the sources say leads were chosen but do not name them, `disclosed`
 * is false and `leads` is empty: nothing is guessed.
 */
export type DomainLeadershipClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who leads a domain. When the sources say leads were chosen but do not name them, `disclosed`
 * is false and `leads` is empty: nothing is guessed.
 */
export type DomainLeadershipConditionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who leads a domain. When the sources say leads were chosen but do not name them, `disclosed`
 * is false and `leads` is empty: nothing is guessed.
 */
export type DomainLeadershipEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who leads a domain. When the sources say leads were chosen but do not name them, `disclosed`
 * is false and `leads` is empty: nothing is guessed.
 */
export type DomainLeadershipLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who leads a domain. When the sources say leads were chosen but do not name them, `disclosed`
 * is false and `leads` is empty: nothing is guessed.
 */
export type DomainLeadershipOpenQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who leads a domain. When the sources say leads were chosen but do not name them, `disclosed`
 * is false and `leads` is empty: nothing is guessed.
 */
export type DomainLeadershipStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of domain leaderships. */
export type DomainLeadershipConnection = {
  __typename?: 'DomainLeadershipConnection';
  /** The domain leaderships of this page, each with its cursor. */
  edges: Array<DomainLeadershipEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A domain leadership and its cursor. */
export type DomainLeadershipEdge = {
  __typename?: 'DomainLeadershipEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The domain leadership. */
  node: DomainLeadership;
};

/** One term of the order of a list of domain leaderships: terms apply in turn, the key breaks remaining ties. */
export type DomainLeadershipOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: DomainLeadershipOrderField;
};

/** A field domain leaderships can be ordered by. */
export type DomainLeadershipOrderField =
  /** Whether the lead nations are determined (false first). */
  | 'DETERMINED'
  /** Whether the source names them (false first). */
  | 'DISCLOSED'
  /** By key. */
  | 'KEY';

/** The domain leadership written. */
export type DomainLeadershipPayload = {
  __typename?: 'DomainLeadershipPayload';
  /** The id of the audit event this write recorded (for a replay: that of the first request). */
  auditEventId: Scalars['ID']['output'];
  /** The leadership, as the graph now holds it. */
  leadership: DomainLeadership;
  /** True when an earlier request with the same `idempotencyKey` did the write and this one only repeats its result. */
  replayed: Scalars['Boolean']['output'];
};

/** One term of the order of a list of domains: terms apply in turn, the key breaks remaining ties. */
export type DomainOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: DomainOrderField;
};

/** A field domains can be ordered by. */
export type DomainOrderField =
  /** By key. */
  | 'KEY'
  /** By name. */
  | 'NAME';

/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type Event = Fact & Node & {
  __typename?: 'Event';
  /** The attendees the source names: countries and organizations (with their `delegations`), or people. */
  attendees: ActorConnection;
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** Commitments made at this event. */
  commitments: CommitmentConnection;
  /** True when the source says the participants it counts attended in person; null when it does not say. */
  countedInPerson?: Maybe<Scalars['Boolean']['output']>;
  /** Only the words the source gives for the date (e.g. `Tuesday`); never a computed date. */
  dateText?: Maybe<Scalars['String']['output']>;
  /** Each attending actor's delegation: its size, level and the delegates the sources name, where they say. */
  delegations: DelegationConnection;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** How many heads of state and government the source counts (the whole meeting). */
  headsOfStateAndGovernmentCount?: Maybe<Scalars['Int']['output']>;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The event's slug, e.g. `paris-meeting`. */
  key: Scalars['String']['output'];
  /** The event's name. */
  name: Scalars['String']['output'];
  /** Open questions about this event. */
  openQuestions: OpenQuestionConnection;
  /** How many participants the source counts (the whole meeting, every delegation together). */
  participantCount?: Maybe<Scalars['Int']['output']>;
  /** Where it took place. */
  place?: Maybe<Scalars['String']['output']>;
  /** Priorities agreed at this event, in their order. */
  priorities: PriorityConnection;
  /** Statements made at this event. */
  statements: StatementConnection;
};


/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type EventAttendeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type EventClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type EventCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommitmentOrder>>;
};


/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type EventDelegationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type EventEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type EventOpenQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type EventPrioritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A meeting. Only what the sources give is recorded: a field the source leaves out is null. */
export type EventStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events of this page, each with its cursor. */
  edges: Array<EventEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An event and how many of the counted set fall in it. */
export type EventCount = {
  __typename?: 'EventCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** An event. */
  node: Event;
};

/** An event and its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** One term of the order of a list of events: terms apply in turn, the key breaks remaining ties. */
export type EventOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: EventOrderField;
};

/** A field events can be ordered by. */
export type EventOrderField =
  /** By date as the source words it. */
  | 'DATE_TEXT'
  /** By key. */
  | 'KEY'
  /** By name. */
  | 'NAME'
  /** By number of participants (events with none come last ascending). */
  | 'PARTICIPANT_COUNT'
  /** By place (events with none come last ascending). */
  | 'PLACE';

/**
 * The exact words of a source that state a fact: `quote` equals the source text from `start`
 * (inclusive) to `end` (exclusive), offsets in UTF-16 code units (JavaScript string indexes).
 */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** Offset just past the last character of the quote (exclusive). */
  end: Scalars['Int']['output'];
  /** The facts these words state. */
  facts: FactConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The evidence key: `<sourceKey>:<start>-<end>`. */
  key: Scalars['String']['output'];
  /** The quoted words, verbatim. */
  quote: Scalars['String']['output'];
  /** The source the words are quoted from. */
  source: Source;
  /** Offset of the first character of the quote in the source text (UTF-16 code units). */
  start: Scalars['Int']['output'];
};


/**
 * The exact words of a source that state a fact: `quote` equals the source text from `start`
 * (inclusive) to `end` (exclusive), offsets in UTF-16 code units (JavaScript string indexes).
 */
export type EvidenceFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of evidence. */
export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  /** The evidence of this page, each with its cursor. */
  edges: Array<EvidenceEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An evidence span and its cursor. */
export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The evidence. */
  node: Evidence;
};

/** Exact words of a source already in the graph: `quote` must equal its text from `start` to `end`. */
export type EvidenceInput = {
  /** Offset just past the last character (exclusive). */
  end: Scalars['Int']['input'];
  /** The words, verbatim. */
  quote: Scalars['String']['input'];
  /** The source's id (`Source.id`). */
  source: Scalars['ID']['input'];
  /** Offset of the first character, in UTF-16 code units (JavaScript string indexes). */
  start: Scalars['Int']['input'];
};

/** A fact of the graph: something a source states, with the exact words that state it. */
export type Fact = {
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The exact words of the sources that state this fact, in source order. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The fact's stable key (a slug, or an ISO 3166-1 alpha-2 code for a country). */
  key: Scalars['String']['output'];
};


/** A fact of the graph: something a source states, with the exact words that state it. */
export type FactClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A fact of the graph: something a source states, with the exact words that state it. */
export type FactEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * One write, as a subscription delivers it: where it stands in the audit trail and the facts it
 * created or changed, read after the write, with their evidence.
 */
export type FactChange = {
  __typename?: 'FactChange';
  /** When the write was recorded (the database's clock), ISO 8601 in UTC. */
  at: Scalars['String']['output'];
  /**
   * The audit event itself (it names the API key that wrote). Admins only: null with a
   * `FORBIDDEN` error for other keys.
   */
  auditEvent?: Maybe<AuditEvent>;
  /** The nodes the write created or changed, in type then key order, as the queries return them. */
  facts: NodeConnection;
  /** The operation that wrote, e.g. `recordCommitmentStage`. */
  operation: Scalars['String']['output'];
  /**
   * The write's number in the audit sequence: 1, 2, 3 … with no gaps, in commit order, the same on
   * every instance. A client that reconnects can compare it with the last one it saw.
   */
  sequence: Scalars['Int']['output'];
  /** One line saying what was done. */
  summary: Scalars['String']['output'];
};


/**
 * One write, as a subscription delivers it: where it stands in the audit trail and the facts it
 * created or changed, read after the write, with their evidence.
 */
export type FactChangeFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<NodeType>>;
};

/** A page of facts. */
export type FactConnection = {
  __typename?: 'FactConnection';
  /** The facts of this page, each with its cursor. */
  edges: Array<FactEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A fact and its cursor. */
export type FactEdge = {
  __typename?: 'FactEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The fact. */
  node: Fact;
};

/** One source document and its facts, exactly as a seed directory holds them. */
export type IngestSourceInput = {
  /** The facts (`facts.yaml`): a YAML document (JSON is YAML too) in the seed format, evidence offsets into `text`. */
  facts: Scalars['String']['input'];
  /** The document, verbatim (`source.txt`; at most MAX_SOURCE_CHARS characters). */
  text: Scalars['String']['input'];
};

/** What `ingestSource` wrote. */
export type IngestSourcePayload = {
  __typename?: 'IngestSourcePayload';
  /** The id of the audit event this write recorded (for a replay: that of the first request). */
  auditEventId: Scalars['ID']['output'];
  /** Every fact the facts document declares, in section order. */
  facts: FactConnection;
  /** Nodes this request created (0 when everything was already there). */
  nodesCreated: Scalars['Int']['output'];
  /** Relationships this request created (0 when everything was already there). */
  relationshipsCreated: Scalars['Int']['output'];
  /** True when an earlier request with the same `idempotencyKey` did the write and this one only repeats its result. */
  replayed: Scalars['Boolean']['output'];
  /** The source. */
  source: Source;
};


/** What `ingestSource` wrote. */
export type IngestSourcePayloadFactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Curation: keeping the graph current. Every mutation needs an API key with the `curator` role or
 * above (`Authorization: Bearer <key>`), runs in one transaction (all of it, or nothing, its audit
 * event included), and asserts nothing without evidence: exact words of a source in the graph.
 * A rejected request (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT` with `extensions.field`)
 * writes nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a commitment (a pledge), with the words of a source that state it. */
  addCommitment: CommitmentPayload;
  /** Adds a statement an actor made, with the words of a source that state it. */
  addStatement: StatementPayload;
  /**
   * Adds pledgers, capabilities, domains or conditions to a commitment, with the words of a source
   * that state them. Nothing is removed: what other sources state stays.
   */
  amendCommitment: CommitmentPayload;
  /** Links more evidence (exact words of a source) to a fact already in the graph. */
  attachEvidence: AttachEvidencePayload;
  /**
   * Marks a domain leadership's leads as disclosed once a source names them: links the named
   * countries or organizations (`LED_BY`), sets `disclosed` and `determined`, with the evidence.
   */
  discloseDomainLeads: DomainLeadershipPayload;
  /**
   * Adds one source document with the facts curated from it, in the seed format (`source.txt` +
   * `facts.yaml`, see src/write/seed/format.ts): the same validation as `npm run seed`. Facts already in the
   * graph (same label and key) must agree with it; sending the same source again changes nothing.
   */
  ingestSource: IngestSourcePayload;
  /**
   * Records that a commitment reached a stage as of a date, per a source. Earlier changes are kept
   * (see `Commitment.stageHistory`); `Commitment.stage` becomes the stage of the latest `asOf`.
   */
  recordCommitmentStage: RecordCommitmentStagePayload;
};


/**
 * Curation: keeping the graph current. Every mutation needs an API key with the `curator` role or
 * above (`Authorization: Bearer <key>`), runs in one transaction (all of it, or nothing, its audit
 * event included), and asserts nothing without evidence: exact words of a source in the graph.
 * A rejected request (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT` with `extensions.field`)
 * writes nothing.
 */
export type MutationAddCommitmentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddCommitmentInput;
};


/**
 * Curation: keeping the graph current. Every mutation needs an API key with the `curator` role or
 * above (`Authorization: Bearer <key>`), runs in one transaction (all of it, or nothing, its audit
 * event included), and asserts nothing without evidence: exact words of a source in the graph.
 * A rejected request (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT` with `extensions.field`)
 * writes nothing.
 */
export type MutationAddStatementArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddStatementInput;
};


/**
 * Curation: keeping the graph current. Every mutation needs an API key with the `curator` role or
 * above (`Authorization: Bearer <key>`), runs in one transaction (all of it, or nothing, its audit
 * event included), and asserts nothing without evidence: exact words of a source in the graph.
 * A rejected request (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT` with `extensions.field`)
 * writes nothing.
 */
export type MutationAmendCommitmentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AmendCommitmentInput;
};


/**
 * Curation: keeping the graph current. Every mutation needs an API key with the `curator` role or
 * above (`Authorization: Bearer <key>`), runs in one transaction (all of it, or nothing, its audit
 * event included), and asserts nothing without evidence: exact words of a source in the graph.
 * A rejected request (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT` with `extensions.field`)
 * writes nothing.
 */
export type MutationAttachEvidenceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AttachEvidenceInput;
};


/**
 * Curation: keeping the graph current. Every mutation needs an API key with the `curator` role or
 * above (`Authorization: Bearer <key>`), runs in one transaction (all of it, or nothing, its audit
 * event included), and asserts nothing without evidence: exact words of a source in the graph.
 * A rejected request (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT` with `extensions.field`)
 * writes nothing.
 */
export type MutationDiscloseDomainLeadsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DiscloseDomainLeadsInput;
};


/**
 * Curation: keeping the graph current. Every mutation needs an API key with the `curator` role or
 * above (`Authorization: Bearer <key>`), runs in one transaction (all of it, or nothing, its audit
 * event included), and asserts nothing without evidence: exact words of a source in the graph.
 * A rejected request (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT` with `extensions.field`)
 * writes nothing.
 */
export type MutationIngestSourceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: IngestSourceInput;
};


/**
 * Curation: keeping the graph current. Every mutation needs an API key with the `curator` role or
 * above (`Authorization: Bearer <key>`), runs in one transaction (all of it, or nothing, its audit
 * event included), and asserts nothing without evidence: exact words of a source in the graph.
 * A rejected request (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT` with `extensions.field`)
 * writes nothing.
 */
export type MutationRecordCommitmentStageArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordCommitmentStageInput;
};

/** Anything with a stable, opaque id that survives a reload of the graph. */
export type Node = {
  /** Opaque and stable: built from the node's type and key, never from database internals. */
  id: Scalars['ID']['output'];
};

/** A page of nodes. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<NodeEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type NodeEdge = {
  __typename?: 'NodeEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: Node;
};

/** The types of the graph's nodes, as their `__typename`. */
export type NodeType =
  | 'Capability'
  | 'Commitment'
  | 'Condition'
  | 'Country'
  | 'Delegation'
  | 'Domain'
  | 'DomainLeadership'
  | 'Event'
  | 'Evidence'
  | 'OpenQuestion'
  | 'Organization'
  | 'Person'
  | 'Position'
  | 'Priority'
  | 'Risk'
  | 'Role'
  | 'Source'
  | 'Statement';

/** Something a source says is still undecided or undisclosed: recorded instead of guessed. */
export type OpenQuestion = Fact & Node & {
  __typename?: 'OpenQuestion';
  /** What it is about. */
  about: FactConnection;
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The question's slug, e.g. `domain-lead-countries-not-named`. */
  key: Scalars['String']['output'];
  /** The open question. */
  question: Scalars['String']['output'];
  /** Who raised it; null when the source does not say. */
  raisedBy?: Maybe<Actor>;
};


/** Something a source says is still undecided or undisclosed: recorded instead of guessed. */
export type OpenQuestionAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something a source says is still undecided or undisclosed: recorded instead of guessed. */
export type OpenQuestionClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something a source says is still undecided or undisclosed: recorded instead of guessed. */
export type OpenQuestionEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of open questions. */
export type OpenQuestionConnection = {
  __typename?: 'OpenQuestionConnection';
  /** The open questions of this page, each with its cursor. */
  edges: Array<OpenQuestionEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An open question and its cursor. */
export type OpenQuestionEdge = {
  __typename?: 'OpenQuestionEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The open question. */
  node: OpenQuestion;
};

/** One term of the order of a list of open questions: terms apply in turn, the key breaks remaining ties. */
export type OpenQuestionOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: OpenQuestionOrderField;
};

/** A field open questions can be ordered by. */
export type OpenQuestionOrderField =
  /** By key. */
  | 'KEY'
  /** By question. */
  | 'QUESTION';

/** The direction of one term of an `orderBy`. */
export type OrderDirection =
  /** Smallest first (A to Z, 1 to 9, an enum in its declared order); missing values last. */
  | 'ASC'
  /** Largest first; missing values first. */
  | 'DESC';

/** An organization or a coalition. */
export type Organization = Actor & Fact & Node & {
  __typename?: 'Organization';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The delegations this organization sent to events. */
  delegations: DelegationConnection;
  /** Events this organization attended. */
  eventsAttended: EventConnection;
  /** The exact words of the sources that name this organization. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The organization's slug, e.g. `nato`. */
  key: Scalars['String']['output'];
  /** What kind of organization it is. */
  kind: OrganizationKind;
  /** Domain leaderships this organization is named to lead. */
  leadership: DomainLeadershipConnection;
  /** Member countries the sources name (empty when they name none). */
  members: CountryConnection;
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** Commitments this organization pledged. */
  pledges: CommitmentConnection;
  /** Stances this organization holds. */
  positions: PositionConnection;
  /** The offices of this organization the sources name, with their holders. */
  roles: RoleConnection;
  /** Statements this organization made (for a publisher: its own assessments). */
  statements: StatementConnection;
};


/** An organization or a coalition. */
export type OrganizationClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization or a coalition. */
export type OrganizationDelegationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization or a coalition. */
export type OrganizationEventsAttendedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization or a coalition. */
export type OrganizationEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization or a coalition. */
export type OrganizationLeadershipArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization or a coalition. */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CountryOrder>>;
};


/** An organization or a coalition. */
export type OrganizationPledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommitmentOrder>>;
};


/** An organization or a coalition. */
export type OrganizationPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization or a coalition. */
export type OrganizationRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization or a coalition. */
export type OrganizationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page, each with its cursor. */
  edges: Array<OrganizationEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An organization and its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** The kind of an organization. */
export type OrganizationKind =
  /** A military alliance, e.g. NATO. */
  | 'ALLIANCE'
  /** A coalition of states, e.g. Ukraine's allies. */
  | 'COALITION'
  /** A body of a government. */
  | 'GOVERNMENT_BODY'
  /** A news agency, e.g. the Associated Press (the publisher of a source, as an actor). */
  | 'NEWS_AGENCY'
  /** A supranational union, e.g. the European Union. */
  | 'SUPRANATIONAL_UNION';

/** One term of the order of a list of organizations: terms apply in turn, the key breaks remaining ties. */
export type OrganizationOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: OrganizationOrderField;
};

/** A field organizations can be ordered by. */
export type OrganizationOrderField =
  /** By key. */
  | 'KEY'
  /** By kind, in the order the enum declares. */
  | 'KIND'
  /** By name. */
  | 'NAME';

/** Where a page of a connection stands in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as `after` to get the next page. Null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page; ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A named person. */
export type Person = Actor & Fact & Node & {
  __typename?: 'Person';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The delegations the sources name this person in. */
  delegations: DelegationConnection;
  /** Events this person is said to have attended. */
  eventsAttended: EventConnection;
  /** The exact words of the sources that name this person. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The person's slug, e.g. `keir-starmer`. */
  key: Scalars['String']['output'];
  /** The person's name, as the sources give it. */
  name: Scalars['String']['output'];
  /** Stances this person holds. */
  positions: PositionConnection;
  /** The offices this person holds. */
  roles: RoleConnection;
  /** Statements this person made. */
  statements: StatementConnection;
};


/** A named person. */
export type PersonClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonDelegationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonEventsAttendedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A person and its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** One term of the order of a list of people: terms apply in turn, the key breaks remaining ties. */
export type PersonOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: PersonOrderField;
};

/** A field people can be ordered by. */
export type PersonOrderField =
  /** By key. */
  | 'KEY'
  /** By name. */
  | 'NAME';

/** A party's stated stance. */
export type Position = Fact & Node & {
  __typename?: 'Position';
  /** What it is about. */
  about: FactConnection;
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Who holds it. */
  holder: Actor;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The position's slug. */
  key: Scalars['String']['output'];
  /** The stance, in words close to the source's. */
  stance: Scalars['String']['output'];
};


/** A party's stated stance. */
export type PositionAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party's stated stance. */
export type PositionClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party's stated stance. */
export type PositionEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of positions. */
export type PositionConnection = {
  __typename?: 'PositionConnection';
  /** The positions of this page, each with its cursor. */
  edges: Array<PositionEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A position and its cursor. */
export type PositionEdge = {
  __typename?: 'PositionEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The position. */
  node: Position;
};

/** One term of the order of a list of positions: terms apply in turn, the key breaks remaining ties. */
export type PositionOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: PositionOrderField;
};

/** A field positions can be ordered by. */
export type PositionOrderField =
  /** By key. */
  | 'KEY'
  /** By stance. */
  | 'STANCE';

/** One of the priorities agreed at an event, with its place in the list. */
export type Priority = Fact & Node & {
  __typename?: 'Priority';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The commitments serving this priority (a curator's reading; the sources do not pair them). */
  commitments: CommitmentConnection;
  /** The event it was agreed at. */
  event?: Maybe<Event>;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The priority's slug, e.g. `ceasefire-monitoring`. */
  key: Scalars['String']['output'];
  /** Its place in the agreed list, from 1. */
  order: Scalars['Int']['output'];
  /** Statements about this priority. */
  statements: StatementConnection;
  /** The priority, in the source's words. */
  title: Scalars['String']['output'];
};


/** One of the priorities agreed at an event, with its place in the list. */
export type PriorityClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One of the priorities agreed at an event, with its place in the list. */
export type PriorityCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommitmentOrder>>;
};


/** One of the priorities agreed at an event, with its place in the list. */
export type PriorityEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One of the priorities agreed at an event, with its place in the list. */
export type PriorityStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A page of priorities. */
export type PriorityConnection = {
  __typename?: 'PriorityConnection';
  /** The priorities of this page, each with its cursor. */
  edges: Array<PriorityEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A priority and its cursor. */
export type PriorityEdge = {
  __typename?: 'PriorityEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The priority. */
  node: Priority;
};

/** One term of the order of a list of priorities: terms apply in turn, the key breaks remaining ties. */
export type PriorityOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: PriorityOrderField;
};

/** A field priorities can be ordered by. */
export type PriorityOrderField =
  /** By key. */
  | 'KEY'
  /** By place in the agreed list. */
  | 'ORDER'
  /** By title. */
  | 'TITLE';

/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The audit trail: one event per successful write, oldest first (cursors stay valid as events are
   * appended). Admins only: without a key `UNAUTHENTICATED`, with a lower role `FORBIDDEN`.
   */
  auditTrail: AuditEventConnection;
  /** What commitments provide (equipment, training, military hubs …), by key; narrow them with `name`. */
  capabilities: CapabilityConnection;
  /**
   * How many commitments `filter` selects (the same filter, counted the same way, as `commitments`),
   * grouped by stage, bindingness, condition kind, domain, pledger, condition and capability: a
   * dashboard's counts in one request and one database query. Each group counts distinct
   * commitments; a commitment with several domains (pledgers, conditions …) counts once in each of
   * them, and one with none in no group, so a dimension's counts need not sum to `total`.
   */
  commitmentFacets: CommitmentFacets;
  /** Commitments (pledges), by key; narrow them with `filter`. */
  commitments: CommitmentConnection;
  /** The conditions facts wait on, by key. */
  conditions: ConditionConnection;
  /** All countries, by name. */
  countries: CountryConnection;
  /** A country by its ISO 3166-1 alpha-2 code. Null when the graph has no such country; a code that is not two capital letters is a `BAD_USER_INPUT` error. */
  country?: Maybe<Country>;
  /**
   * Where sources disagree: each fact and field for which two or more sources claim different
   * values (one says the lead nations are undisclosed, another names them; one gives a stage,
   * another a different one). The fact's property holds the value of the source loaded last; every
   * claim stays with its source. In fact type, fact key and field order. Precomputed at load time.
   */
  disagreements: DisagreementConnection;
  /** A domain by its key or name (case-insensitive), e.g. `sea`. Null when there is none. */
  domain?: Maybe<Domain>;
  /** Who leads each domain, as far as the sources say, by key. */
  domainLeaderships: DomainLeadershipConnection;
  /** The domains of the guarantees (land, air, sea, reconstruction …), by name. */
  domains: DomainConnection;
  /** Events (meetings), by name. */
  events: EventConnection;
  /** Always `ok` while the API process is serving; it does not touch the database (see `/readyz` for that). */
  health: Scalars['String']['output'];
  /** Any node by its `id`. Null when nothing has that id; a malformed id is a `BAD_USER_INPUT` error. */
  node?: Maybe<Node>;
  /** What the sources say is still undecided or undisclosed, by key. */
  openQuestions: OpenQuestionConnection;
  /** Organizations and coalitions, by name. */
  organizations: OrganizationConnection;
  /** Named people, by name. */
  people: PersonConnection;
  /** Stances actors hold, by key. */
  positions: PositionConnection;
  /** The agreed priorities, in their order. */
  priorities: PriorityConnection;
  /** Risks the sources name, by key. */
  risks: RiskConnection;
  /** Offices people hold for countries and organizations (office holders), by key; narrow them with `title`. */
  roles: RoleConnection;
  /**
   * Full-text search across every text a fact carries: statements (their text, and their
   * speaker's name), commitments (their summary), evidence (the quoted source words), the names of
   * countries, organizations, people, capabilities, domains and events, the titles of roles and
   * priorities, the descriptions of conditions and risks, positions' stances and open questions;
   * best match first. Every word must occur (case-insensitive); Lucene
   * syntax is not interpreted, so any text is safe to send.
   */
  search: SearchResultConnection;
  /** The source documents, by key. */
  sources: SourceConnection;
  /**
   * How many statements `filter` selects (the same filter, counted the same way, as `statements`),
   * grouped by kind, speaker and event, in one request and one database query.
   */
  statementFacets: StatementFacets;
  /** Statements, by key; narrow them with `filter`. */
  statements: StatementConnection;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyId?: InputMaybe<Scalars['ID']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  touching?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryCapabilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<Array<CapabilityOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryCommitmentFacetsArgs = {
  filter?: InputMaybe<CommitmentFilter>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommitmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommitmentOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryConditionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ConditionKind>;
  orderBy?: InputMaybe<Array<ConditionOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<Array<CountryOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryDisagreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryDomainArgs = {
  name: Scalars['String']['input'];
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryDomainLeadershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DomainLeadershipOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<Array<DomainOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<Array<EventOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryOpenQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OpenQuestionOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<Array<OrganizationOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PositionOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryPrioritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PriorityOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryRisksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RiskOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RoleOrder>>;
  title?: InputMaybe<Scalars['String']['input']>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SourceOrder>>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryStatementFacetsArgs = {
  filter?: InputMaybe<StatementFilter>;
};


/**
 * pledgegraph: international commitments, the conditions they hang on, and the exact words of the
 * sources that state them.
 */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StatementOrder>>;
};

/** A commitment's stage as of a date, per a source. */
export type RecordCommitmentStageInput = {
  /** The date the stage holds from, `YYYY-MM-DD` (as the source gives it). */
  asOf: Scalars['String']['input'];
  /** The commitment's id. */
  commitment: Scalars['ID']['input'];
  /** The words that state it (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** The stage the source says it reached. */
  stage: CommitmentStage;
};

/** The stage change recorded. */
export type RecordCommitmentStagePayload = {
  __typename?: 'RecordCommitmentStagePayload';
  /** The id of the audit event this write recorded (for a replay: that of the first request). */
  auditEventId: Scalars['ID']['output'];
  /** The commitment, with its current stage. */
  commitment: Commitment;
  /** True when an earlier request with the same `idempotencyKey` did the write and this one only repeats its result. */
  replayed: Scalars['Boolean']['output'];
  /** The change recorded. */
  stageChange: StageChange;
};

/** A risk a source names. */
export type Risk = Fact & Node & {
  __typename?: 'Risk';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The risk, in the source's words. */
  description: Scalars['String']['output'];
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The risk's slug. */
  key: Scalars['String']['output'];
  /** The countries and commitments it threatens. */
  threatens: FactConnection;
};


/** A risk a source names. */
export type RiskClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A risk a source names. */
export type RiskEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A risk a source names. */
export type RiskThreatensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of risks. */
export type RiskConnection = {
  __typename?: 'RiskConnection';
  /** The risks of this page, each with its cursor. */
  edges: Array<RiskEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A risk and its cursor. */
export type RiskEdge = {
  __typename?: 'RiskEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The risk. */
  node: Risk;
};

/** One term of the order of a list of risks: terms apply in turn, the key breaks remaining ties. */
export type RiskOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: RiskOrderField;
};

/** A field risks can be ordered by. */
export type RiskOrderField =
  /** By description. */
  | 'DESCRIPTION'
  /** By key. */
  | 'KEY';

/** An office a person holds for a country or an organization, e.g. Prime Minister of the United Kingdom. */
export type Role = Fact & Node & {
  __typename?: 'Role';
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Who holds it. */
  holder: Person;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The role's slug, e.g. `gb-prime-minister`. */
  key: Scalars['String']['output'];
  /** The country or organization the office belongs to. */
  of: Actor;
  /** The title of the office, e.g. `Prime Minister`. */
  title: Scalars['String']['output'];
};


/** An office a person holds for a country or an organization, e.g. Prime Minister of the United Kingdom. */
export type RoleClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An office a person holds for a country or an organization, e.g. Prime Minister of the United Kingdom. */
export type RoleEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of roles. */
export type RoleConnection = {
  __typename?: 'RoleConnection';
  /** The roles of this page, each with its cursor. */
  edges: Array<RoleEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A role and its cursor. */
export type RoleEdge = {
  __typename?: 'RoleEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The role. */
  node: Role;
};

/** One term of the order of a list of roles: terms apply in turn, the key breaks remaining ties. */
export type RoleOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: RoleOrderField;
};

/** A field roles can be ordered by. */
export type RoleOrderField =
  /** By key. */
  | 'KEY'
  /** By title. */
  | 'TITLE';

/** Which text of a search hit matched. */
export type SearchField =
  /** The description of a condition or a risk. */
  | 'DESCRIPTION'
  /** The name of a country, organization, person, capability, domain or event. */
  | 'NAME'
  /** An open question's question. */
  | 'QUESTION'
  /** An evidence quote (the source's exact words). */
  | 'QUOTE'
  /** The name of a statement's speaker: the statement is what that actor said. */
  | 'SPEAKER_NAME'
  /** A position's stance. */
  | 'STANCE'
  /** A commitment's summary. */
  | 'SUMMARY'
  /** A statement's text. */
  | 'TEXT'
  /** The title of a role or a priority. */
  | 'TITLE';

/** What a full-text search can match: any fact, or the exact words of a source (evidence). `__typename` says which. */
export type SearchHit = Capability | Commitment | Condition | Country | Domain | Event | Evidence | OpenQuestion | Organization | Person | Position | Priority | Risk | Role | Statement;

/** One full-text match. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Which text of the hit matched. */
  matchedField: SearchField;
  /** The text that matched: a statement's text, a commitment's summary, an evidence quote, a name, a stance … (`matchedField` says which). */
  matchedText: Scalars['String']['output'];
  /** The fact or evidence that matched; `__typename` says what it is. */
  node: SearchHit;
  /** Lucene's relevance score; higher is better. Comparable within one search only. */
  score: Scalars['Float']['output'];
};

/** A page of search results. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The results of this page, each with its cursor. */
  edges: Array<SearchResultEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many results match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A search result and its cursor. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Opaque cursor of this result, for `after`. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: SearchResult;
};

/** A source document, verbatim: every fact's evidence points into one. */
export type Source = Node & {
  __typename?: 'Source';
  /** What the evidence cited from this source covers of its text, and what it leaves out. */
  coverage: SourceCoverage;
  /** The place of the dateline, as printed (e.g. `Paris`). */
  dateline?: Maybe<Scalars['String']['output']>;
  /** The words of the text that state the dateline, e.g. the byline's `PARIS`, in text order (at most MAX_SOURCE_PROPERTY_SPANS, 5). */
  datelineEvidence: Array<Evidence>;
  /** The evidence quoted from this source, in text order. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The source's stable slug, e.g. `ap-paris-security-guarantees`. */
  key: Scalars['String']['output'];
  /** Who published it, e.g. `Associated Press`. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The words of the text that state the publisher, e.g. the byline's `(AP)`, in text order (at most MAX_SOURCE_PROPERTY_SPANS, 5). */
  publisherEvidence: Array<Evidence>;
  /** SHA-256 of the text (UTF-8), lowercase hex: proves which version the offsets refer to. */
  sha256: Scalars['String']['output'];
  /** The full text, byte for byte as loaded; evidence offsets index into it. */
  text: Scalars['String']['output'];
  /** The document's title; null when the document has none (none is invented). */
  title?: Maybe<Scalars['String']['output']>;
  /** The words of the text that state the title, in text order (at most MAX_SOURCE_PROPERTY_SPANS, 5); empty when it has none. */
  titleEvidence: Array<Evidence>;
};


/** A source document, verbatim: every fact's evidence points into one. */
export type SourceEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The sources of this page, each with its cursor. */
  edges: Array<SourceEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many sources there are in all. */
  totalCount: Scalars['Int']['output'];
};

/**
 * What of a source's text its cited evidence covers: the evidence that a fact, a claim, a stage
 * change or the source itself cites. Characters are counted when they are letters or digits;
 * whitespace and punctuation are neither cited nor uncited, so `citedCharacters` plus the letters
 * and digits of the `uncited` ranges is `totalCharacters`.
 */
export type SourceCoverage = {
  __typename?: 'SourceCoverage';
  /**
   * The cited stretches of the text, spans that overlap or touch merged into one, in text order. A
   * stretch longer than 1000 characters (MAX_TEXT_RANGE_CHARS) comes as consecutive ranges, each
   * ending where the next starts.
   */
  cited: TextRangeConnection;
  /** Letters and digits inside some cited span. */
  citedCharacters: Scalars['Int']['output'];
  /** `citedCharacters / totalCharacters`, from 0 to 1 (0 for a text without letters or digits). */
  share: Scalars['Float']['output'];
  /** Letters and digits in the whole text. */
  totalCharacters: Scalars['Int']['output'];
  /**
   * The stretches between cited ones that hold a letter or digit, cut at line breaks and trimmed
   * to their first and last letter or digit, in text order; stretches of only whitespace or
   * punctuation are left out. Longer than 1000 characters: consecutive ranges, as for `cited`.
   */
  uncited: TextRangeConnection;
};


/**
 * What of a source's text its cited evidence covers: the evidence that a fact, a claim, a stage
 * change or the source itself cites. Characters are counted when they are letters or digits;
 * whitespace and punctuation are neither cited nor uncited, so `citedCharacters` plus the letters
 * and digits of the `uncited` ranges is `totalCharacters`.
 */
export type SourceCoverageCitedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What of a source's text its cited evidence covers: the evidence that a fact, a claim, a stage
 * change or the source itself cites. Characters are counted when they are letters or digits;
 * whitespace and punctuation are neither cited nor uncited, so `citedCharacters` plus the letters
 * and digits of the `uncited` ranges is `totalCharacters`.
 */
export type SourceCoverageUncitedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A source and its cursor. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** One term of the order of a list of sources: terms apply in turn, the key breaks remaining ties. */
export type SourceOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: SourceOrderField;
};

/** A field sources can be ordered by. */
export type SourceOrderField =
  /** By dateline. */
  | 'DATELINE'
  /** By key. */
  | 'KEY'
  /** By publisher. */
  | 'PUBLISHER'
  /** By title. */
  | 'TITLE';

/**
 * A source's claim that a commitment reached a stage as of a date. Claims are never overwritten:
 * two sources disagreeing are two stage changes, both kept.
 */
export type StageChange = {
  __typename?: 'StageChange';
  /** The date the stage holds from (`YYYY-MM-DD`). */
  asOf: Scalars['LocalDate']['output'];
  /** The words that state it. */
  evidence: EvidenceConnection;
  /** Stable key: `<commitment>@<asOf>:<stage>:<evidence digest>`; the same claim on the same words is one node. */
  key: Scalars['String']['output'];
  /** When it was recorded (UTC). */
  recordedAt: Scalars['DateTime']['output'];
  /** The id of the API key that recorded it (never the key itself). */
  recordedBy: Scalars['String']['output'];
  /** The stage the source says the commitment reached. */
  stage: CommitmentStage;
};


/**
 * A source's claim that a commitment reached a stage as of a date. Claims are never overwritten:
 * two sources disagreeing are two stage changes, both kept.
 */
export type StageChangeEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of stage changes. */
export type StageChangeConnection = {
  __typename?: 'StageChangeConnection';
  /** The stage changes of this page, each with its cursor. */
  edges: Array<StageChangeEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A stage change and its cursor. */
export type StageChangeEdge = {
  __typename?: 'StageChangeEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The stage change. */
  node: StageChange;
};

/** Something an actor said, in the source's own words. */
export type Statement = Fact & Node & {
  __typename?: 'Statement';
  /** What it is about: commitments, priorities, conditions, actors and other facts. */
  about: FactConnection;
  /**
   * What the sources claim about this fact, each claim with the words that support it: one per
   * link (a pledger, a condition, a lead …, `field` naming the field the link backs) and per sourced
   * judgement (a stage, a bindingness, a "disclosed" flag …), per source. In field order, then by claim key.
   */
  claims: ClaimConnection;
  /** The event it was made at; null when the source does not say. */
  event?: Maybe<Event>;
  /** The exact words of the sources that state it. */
  evidence: EvidenceConnection;
  /** Opaque and stable id. */
  id: Scalars['ID']['output'];
  /** The statement's slug, e.g. `macron-significant-step`. */
  key: Scalars['String']['output'];
  /** How the source renders it. */
  kind: StatementKind;
  /** The source the statement is quoted from (that of its first evidence). */
  source: Source;
  /** Who said it. */
  speaker: Actor;
  /** What was said, in the source's words. */
  text: Scalars['String']['output'];
};


/** Something an actor said, in the source's own words. */
export type StatementAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, in the source's own words. */
export type StatementClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something an actor said, in the source's own words. */
export type StatementEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page, each with its cursor. */
  edges: Array<StatementEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A statement and its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** Counts of a filtered set of statements, whole and by group. Groups come largest first, ties by value (or key); groups of nothing are left out. */
export type StatementFacets = {
  __typename?: 'StatementFacets';
  /** By the event they were made at: the largest groups. Statements whose event the source does not say are in none. */
  byEvent: Array<EventCount>;
  /** By kind. */
  byKind: Array<StatementKindCount>;
  /** By speaker: the largest groups. */
  bySpeaker: Array<ActorCount>;
  /** How many statements the filter selects. */
  total: Scalars['Int']['output'];
};


/** Counts of a filtered set of statements, whole and by group. Groups come largest first, ties by value (or key); groups of nothing are left out. */
export type StatementFacetsByEventArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Counts of a filtered set of statements, whole and by group. Groups come largest first, ties by value (or key); groups of nothing are left out. */
export type StatementFacetsBySpeakerArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Narrows a list of statements; every given option must hold. Keys are matched in any case
 * (`speaker: "gb"` is `speaker: "GB"`); a key that names nothing is a `BAD_USER_INPUT` error naming the option.
 */
export type StatementFilter = {
  /** Key of a fact the statement is about: a commitment, condition, priority, domain, position, risk, capability, open question, event or actor (`ceasefire`, `GB` …). */
  about?: InputMaybe<Scalars['String']['input']>;
  /** Key of the event the statement was made at, e.g. `paris-meeting`. */
  event?: InputMaybe<Scalars['String']['input']>;
  /** Only statements of this kind. */
  kind?: InputMaybe<StatementKind>;
  /** Key of the speaker: a country's ISO code (`GB`), or an organization's or person's slug (`emmanuel-macron`). */
  speaker?: InputMaybe<Scalars['String']['input']>;
  /** Words the statement's text must all contain (full-text, case-insensitive; Lucene syntax is not interpreted). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How a statement renders what was said. */
export type StatementKind =
  /** The publisher's own analysis, made by the publisher's organization. */
  | 'ASSESSMENT'
  /** Words wholly inside quotation marks in the source (the marks left out). */
  | 'DIRECT_QUOTE'
  /** A statement issued jointly, e.g. by a coalition. */
  | 'JOINT_STATEMENT'
  /** Reported speech; quoted fragments keep their quotation marks. */
  | 'PARAPHRASE';

/** A kind of statement and how many of the counted set fall in it. */
export type StatementKindCount = {
  __typename?: 'StatementKindCount';
  /** How many of the counted set (distinct) fall in this group. */
  count: Scalars['Int']['output'];
  /** A kind of statement. */
  value: StatementKind;
};

/** One term of the order of a list of statements: terms apply in turn, the key breaks remaining ties. */
export type StatementOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** What to order by. */
  field: StatementOrderField;
};

/** A field statements can be ordered by. */
export type StatementOrderField =
  /** By key. */
  | 'KEY'
  /** By kind, in the order the enum declares. */
  | 'KIND';

/** The statement written. */
export type StatementPayload = {
  __typename?: 'StatementPayload';
  /** The id of the audit event this write recorded (for a replay: that of the first request). */
  auditEventId: Scalars['ID']['output'];
  /** True when an earlier request with the same `idempotencyKey` did the write and this one only repeats its result. */
  replayed: Scalars['Boolean']['output'];
  /** The statement, as the graph now holds it. */
  statement: Statement;
};

/**
 * Live updates, over WebSocket only (the graphql-ws protocol, `graphql-transport-ws`, on the same
 * host, port and `/graphql` path as HTTP; send the API key as `connectionParams.authorization:
 * "Bearer <key>"`). Each field delivers one `FactChange` per write recorded from the moment the
 * subscription starts, on every API instance, in the order of the audit trail. See docs/api.md,
 * "Subscriptions".
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A commitment's stage recorded (`recordCommitmentStage`); of one commitment only when given. */
  commitmentStageRecorded: FactChange;
  /** A domain leadership's leads disclosed (`discloseDomainLeads`); of one leadership only when given. */
  domainLeadsDisclosed: FactChange;
  /**
   * Every write that matches all the given options (none: every write): the facts it touched, as
   * queries return them.
   */
  factsChanged: FactChange;
  /** A source ingested (`ingestSource`), with the facts read from it. */
  sourceIngested: FactChange;
  /**
   * Writes that added statements (`addStatement`, `ingestSource`); with `speaker`, only those that
   * touched that actor (an `addStatement` touches its speaker).
   */
  statementsAdded: FactChange;
};


/**
 * Live updates, over WebSocket only (the graphql-ws protocol, `graphql-transport-ws`, on the same
 * host, port and `/graphql` path as HTTP; send the API key as `connectionParams.authorization:
 * "Bearer <key>"`). Each field delivers one `FactChange` per write recorded from the moment the
 * subscription starts, on every API instance, in the order of the audit trail. See docs/api.md,
 * "Subscriptions".
 */
export type SubscriptionCommitmentStageRecordedArgs = {
  commitment?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live updates, over WebSocket only (the graphql-ws protocol, `graphql-transport-ws`, on the same
 * host, port and `/graphql` path as HTTP; send the API key as `connectionParams.authorization:
 * "Bearer <key>"`). Each field delivers one `FactChange` per write recorded from the moment the
 * subscription starts, on every API instance, in the order of the audit trail. See docs/api.md,
 * "Subscriptions".
 */
export type SubscriptionDomainLeadsDisclosedArgs = {
  leadership?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live updates, over WebSocket only (the graphql-ws protocol, `graphql-transport-ws`, on the same
 * host, port and `/graphql` path as HTTP; send the API key as `connectionParams.authorization:
 * "Bearer <key>"`). Each field delivers one `FactChange` per write recorded from the moment the
 * subscription starts, on every API instance, in the order of the audit trail. See docs/api.md,
 * "Subscriptions".
 */
export type SubscriptionFactsChangedArgs = {
  operations?: InputMaybe<Array<Scalars['String']['input']>>;
  touching?: InputMaybe<Array<Scalars['ID']['input']>>;
  types?: InputMaybe<Array<NodeType>>;
};


/**
 * Live updates, over WebSocket only (the graphql-ws protocol, `graphql-transport-ws`, on the same
 * host, port and `/graphql` path as HTTP; send the API key as `connectionParams.authorization:
 * "Bearer <key>"`). Each field delivers one `FactChange` per write recorded from the moment the
 * subscription starts, on every API instance, in the order of the audit trail. See docs/api.md,
 * "Subscriptions".
 */
export type SubscriptionStatementsAddedArgs = {
  speaker?: InputMaybe<Scalars['ID']['input']>;
};

/** A stretch of a source's text: `text` equals the source text from `start` (inclusive) to `end` (exclusive), UTF-16 code units. */
export type TextRange = {
  __typename?: 'TextRange';
  /** Offset just past the last character (exclusive). */
  end: Scalars['Int']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
  /** The words, verbatim. */
  text: Scalars['String']['output'];
};

/** A page of text ranges. */
export type TextRangeConnection = {
  __typename?: 'TextRangeConnection';
  /** The ranges of this page, each with its cursor. */
  edges: Array<TextRangeEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many ranges there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A text range and its cursor. */
export type TextRangeEdge = {
  __typename?: 'TextRangeEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The range. */
  node: TextRange;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ConditionDependent:
    | ( import('../../model/rows').RowOf<'Commitment'> )
    | ( import('../../model/rows').RowOf<'DomainLeadership'> )
  ;
  SearchHit:
    | ( import('../../model/rows').RowOf<'Capability'> )
    | ( import('../../model/rows').RowOf<'Commitment'> )
    | ( import('../../model/rows').RowOf<'Condition'> )
    | ( import('../../model/rows').RowOf<'Country'> )
    | ( import('../../model/rows').RowOf<'Domain'> )
    | ( import('../../model/rows').RowOf<'Event'> )
    | ( import('../../model/rows').RowOf<'Evidence'> )
    | ( import('../../model/rows').RowOf<'OpenQuestion'> )
    | ( import('../../model/rows').RowOf<'Organization'> )
    | ( import('../../model/rows').RowOf<'Person'> )
    | ( import('../../model/rows').RowOf<'Position'> )
    | ( import('../../model/rows').RowOf<'Priority'> )
    | ( import('../../model/rows').RowOf<'Risk'> )
    | ( import('../../model/rows').RowOf<'Role'> )
    | ( import('../../model/rows').RowOf<'Statement'> )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( import('../../model/rows').RowOf<'Country'> )
    | ( import('../../model/rows').RowOf<'Organization'> )
    | ( import('../../model/rows').RowOf<'Person'> )
  ;
  Fact:
    | ( import('../../model/rows').RowOf<'Capability'> )
    | ( import('../../model/rows').RowOf<'Commitment'> )
    | ( import('../../model/rows').RowOf<'Condition'> )
    | ( import('../../model/rows').RowOf<'Country'> )
    | ( import('../../model/rows').RowOf<'Delegation'> )
    | ( import('../../model/rows').RowOf<'Domain'> )
    | ( import('../../model/rows').RowOf<'DomainLeadership'> )
    | ( import('../../model/rows').RowOf<'Event'> )
    | ( import('../../model/rows').RowOf<'OpenQuestion'> )
    | ( import('../../model/rows').RowOf<'Organization'> )
    | ( import('../../model/rows').RowOf<'Person'> )
    | ( import('../../model/rows').RowOf<'Position'> )
    | ( import('../../model/rows').RowOf<'Priority'> )
    | ( import('../../model/rows').RowOf<'Risk'> )
    | ( import('../../model/rows').RowOf<'Role'> )
    | ( import('../../model/rows').RowOf<'Statement'> )
  ;
  Node:
    | ( import('../../model/rows').RowOf<'Capability'> )
    | ( import('../../model/rows').RowOf<'Claim'> )
    | ( import('../../model/rows').RowOf<'Commitment'> )
    | ( import('../../model/rows').RowOf<'Condition'> )
    | ( import('../../model/rows').RowOf<'Country'> )
    | ( import('../../model/rows').RowOf<'Delegation'> )
    | ( import('../../model/rows').RowOf<'Domain'> )
    | ( import('../../model/rows').RowOf<'DomainLeadership'> )
    | ( import('../../model/rows').RowOf<'Event'> )
    | ( import('../../model/rows').RowOf<'Evidence'> )
    | ( import('../../model/rows').RowOf<'OpenQuestion'> )
    | ( import('../../model/rows').RowOf<'Organization'> )
    | ( import('../../model/rows').RowOf<'Person'> )
    | ( import('../../model/rows').RowOf<'Position'> )
    | ( import('../../model/rows').RowOf<'Priority'> )
    | ( import('../../model/rows').RowOf<'Risk'> )
    | ( import('../../model/rows').RowOf<'Role'> )
    | ( import('../../model/rows').RowOf<'Source'> )
    | ( import('../../model/rows').RowOf<'Statement'> )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Actor']>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorCount: ResolverTypeWrapper<Omit<ActorCount, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  AddCommitmentInput: AddCommitmentInput;
  AddStatementInput: AddStatementInput;
  AmendCommitmentInput: AmendCommitmentInput;
  AttachEvidenceInput: AttachEvidenceInput;
  AttachEvidencePayload: ResolverTypeWrapper<FactPayloadRow>;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  Bindingness: Bindingness;
  BindingnessCount: ResolverTypeWrapper<BindingnessCount>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Capability: ResolverTypeWrapper<import('../../model/rows').RowOf<'Capability'>>;
  CapabilityConnection: ResolverTypeWrapper<Omit<CapabilityConnection, 'edges'> & { edges: Array<ResolversTypes['CapabilityEdge']> }>;
  CapabilityCount: ResolverTypeWrapper<Omit<CapabilityCount, 'node'> & { node: ResolversTypes['Capability'] }>;
  CapabilityEdge: ResolverTypeWrapper<Omit<CapabilityEdge, 'node'> & { node: ResolversTypes['Capability'] }>;
  CapabilityOrder: CapabilityOrder;
  CapabilityOrderField: CapabilityOrderField;
  Claim: ResolverTypeWrapper<import('../../model/rows').RowOf<'Claim'>>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  Commitment: ResolverTypeWrapper<import('../../model/rows').RowOf<'Commitment'>>;
  CommitmentConnection: ResolverTypeWrapper<Omit<CommitmentConnection, 'edges'> & { edges: Array<ResolversTypes['CommitmentEdge']> }>;
  CommitmentEdge: ResolverTypeWrapper<Omit<CommitmentEdge, 'node'> & { node: ResolversTypes['Commitment'] }>;
  CommitmentFacets: ResolverTypeWrapper<FacetsRow>;
  CommitmentFilter: CommitmentFilter;
  CommitmentOrder: CommitmentOrder;
  CommitmentOrderField: CommitmentOrderField;
  CommitmentPayload: ResolverTypeWrapper<FactPayloadRow>;
  CommitmentStage: CommitmentStage;
  CommitmentStageCount: ResolverTypeWrapper<CommitmentStageCount>;
  Condition: ResolverTypeWrapper<import('../../model/rows').RowOf<'Condition'>>;
  ConditionConnection: ResolverTypeWrapper<Omit<ConditionConnection, 'edges'> & { edges: Array<ResolversTypes['ConditionEdge']> }>;
  ConditionCount: ResolverTypeWrapper<Omit<ConditionCount, 'node'> & { node: ResolversTypes['Condition'] }>;
  ConditionDependent: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ConditionDependent']>;
  ConditionDependentConnection: ResolverTypeWrapper<Omit<ConditionDependentConnection, 'edges'> & { edges: Array<ResolversTypes['ConditionDependentEdge']> }>;
  ConditionDependentEdge: ResolverTypeWrapper<Omit<ConditionDependentEdge, 'node'> & { node: ResolversTypes['ConditionDependent'] }>;
  ConditionEdge: ResolverTypeWrapper<Omit<ConditionEdge, 'node'> & { node: ResolversTypes['Condition'] }>;
  ConditionKind: ConditionKind;
  ConditionKindCount: ResolverTypeWrapper<ConditionKindCount>;
  ConditionOrder: ConditionOrder;
  ConditionOrderField: ConditionOrderField;
  Country: ResolverTypeWrapper<import('../../model/rows').RowOf<'Country'>>;
  CountryConnection: ResolverTypeWrapper<Omit<CountryConnection, 'edges'> & { edges: Array<ResolversTypes['CountryEdge']> }>;
  CountryEdge: ResolverTypeWrapper<Omit<CountryEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  CountryOrder: CountryOrder;
  CountryOrderField: CountryOrderField;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delegation: ResolverTypeWrapper<import('../../model/rows').RowOf<'Delegation'>>;
  DelegationConnection: ResolverTypeWrapper<Omit<DelegationConnection, 'edges'> & { edges: Array<ResolversTypes['DelegationEdge']> }>;
  DelegationEdge: ResolverTypeWrapper<Omit<DelegationEdge, 'node'> & { node: ResolversTypes['Delegation'] }>;
  Disagreement: ResolverTypeWrapper<DisagreementRow>;
  DisagreementConnection: ResolverTypeWrapper<Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversTypes['DisagreementEdge']> }>;
  DisagreementEdge: ResolverTypeWrapper<Omit<DisagreementEdge, 'node'> & { node: ResolversTypes['Disagreement'] }>;
  DiscloseDomainLeadsInput: DiscloseDomainLeadsInput;
  Domain: ResolverTypeWrapper<import('../../model/rows').RowOf<'Domain'>>;
  DomainConnection: ResolverTypeWrapper<Omit<DomainConnection, 'edges'> & { edges: Array<ResolversTypes['DomainEdge']> }>;
  DomainCount: ResolverTypeWrapper<Omit<DomainCount, 'node'> & { node: ResolversTypes['Domain'] }>;
  DomainEdge: ResolverTypeWrapper<Omit<DomainEdge, 'node'> & { node: ResolversTypes['Domain'] }>;
  DomainLeadership: ResolverTypeWrapper<import('../../model/rows').RowOf<'DomainLeadership'>>;
  DomainLeadershipConnection: ResolverTypeWrapper<Omit<DomainLeadershipConnection, 'edges'> & { edges: Array<ResolversTypes['DomainLeadershipEdge']> }>;
  DomainLeadershipEdge: ResolverTypeWrapper<Omit<DomainLeadershipEdge, 'node'> & { node: ResolversTypes['DomainLeadership'] }>;
  DomainLeadershipOrder: DomainLeadershipOrder;
  DomainLeadershipOrderField: DomainLeadershipOrderField;
  DomainLeadershipPayload: ResolverTypeWrapper<FactPayloadRow>;
  DomainOrder: DomainOrder;
  DomainOrderField: DomainOrderField;
  Event: ResolverTypeWrapper<import('../../model/rows').RowOf<'Event'>>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventCount: ResolverTypeWrapper<Omit<EventCount, 'node'> & { node: ResolversTypes['Event'] }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventOrder: EventOrder;
  EventOrderField: EventOrderField;
  Evidence: ResolverTypeWrapper<import('../../model/rows').RowOf<'Evidence'>>;
  EvidenceConnection: ResolverTypeWrapper<Omit<EvidenceConnection, 'edges'> & { edges: Array<ResolversTypes['EvidenceEdge']> }>;
  EvidenceEdge: ResolverTypeWrapper<Omit<EvidenceEdge, 'node'> & { node: ResolversTypes['Evidence'] }>;
  EvidenceInput: EvidenceInput;
  Fact: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Fact']>;
  FactChange: ResolverTypeWrapper<SequencedAuditEvent>;
  FactConnection: ResolverTypeWrapper<Omit<FactConnection, 'edges'> & { edges: Array<ResolversTypes['FactEdge']> }>;
  FactEdge: ResolverTypeWrapper<Omit<FactEdge, 'node'> & { node: ResolversTypes['Fact'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestSourceInput: IngestSourceInput;
  IngestSourcePayload: ResolverTypeWrapper<IngestSourcePayloadRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeConnection: ResolverTypeWrapper<Omit<NodeConnection, 'edges'> & { edges: Array<ResolversTypes['NodeEdge']> }>;
  NodeEdge: ResolverTypeWrapper<Omit<NodeEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  NodeType: NodeType;
  OpenQuestion: ResolverTypeWrapper<import('../../model/rows').RowOf<'OpenQuestion'>>;
  OpenQuestionConnection: ResolverTypeWrapper<Omit<OpenQuestionConnection, 'edges'> & { edges: Array<ResolversTypes['OpenQuestionEdge']> }>;
  OpenQuestionEdge: ResolverTypeWrapper<Omit<OpenQuestionEdge, 'node'> & { node: ResolversTypes['OpenQuestion'] }>;
  OpenQuestionOrder: OpenQuestionOrder;
  OpenQuestionOrderField: OpenQuestionOrderField;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<import('../../model/rows').RowOf<'Organization'>>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationKind: OrganizationKind;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<import('../../model/rows').RowOf<'Person'>>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  Position: ResolverTypeWrapper<import('../../model/rows').RowOf<'Position'>>;
  PositionConnection: ResolverTypeWrapper<Omit<PositionConnection, 'edges'> & { edges: Array<ResolversTypes['PositionEdge']> }>;
  PositionEdge: ResolverTypeWrapper<Omit<PositionEdge, 'node'> & { node: ResolversTypes['Position'] }>;
  PositionOrder: PositionOrder;
  PositionOrderField: PositionOrderField;
  Priority: ResolverTypeWrapper<import('../../model/rows').RowOf<'Priority'>>;
  PriorityConnection: ResolverTypeWrapper<Omit<PriorityConnection, 'edges'> & { edges: Array<ResolversTypes['PriorityEdge']> }>;
  PriorityEdge: ResolverTypeWrapper<Omit<PriorityEdge, 'node'> & { node: ResolversTypes['Priority'] }>;
  PriorityOrder: PriorityOrder;
  PriorityOrderField: PriorityOrderField;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCommitmentStageInput: RecordCommitmentStageInput;
  RecordCommitmentStagePayload: ResolverTypeWrapper<StageChangePayloadRow>;
  Risk: ResolverTypeWrapper<import('../../model/rows').RowOf<'Risk'>>;
  RiskConnection: ResolverTypeWrapper<Omit<RiskConnection, 'edges'> & { edges: Array<ResolversTypes['RiskEdge']> }>;
  RiskEdge: ResolverTypeWrapper<Omit<RiskEdge, 'node'> & { node: ResolversTypes['Risk'] }>;
  RiskOrder: RiskOrder;
  RiskOrderField: RiskOrderField;
  Role: ResolverTypeWrapper<import('../../model/rows').RowOf<'Role'>>;
  RoleConnection: ResolverTypeWrapper<Omit<RoleConnection, 'edges'> & { edges: Array<ResolversTypes['RoleEdge']> }>;
  RoleEdge: ResolverTypeWrapper<Omit<RoleEdge, 'node'> & { node: ResolversTypes['Role'] }>;
  RoleOrder: RoleOrder;
  RoleOrderField: RoleOrderField;
  SearchField: SearchField;
  SearchHit: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchHit']>;
  SearchResult: ResolverTypeWrapper<SearchHitRow>;
  SearchResultConnection: ResolverTypeWrapper<Omit<SearchResultConnection, 'edges'> & { edges: Array<ResolversTypes['SearchResultEdge']> }>;
  SearchResultEdge: ResolverTypeWrapper<Omit<SearchResultEdge, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  Source: ResolverTypeWrapper<import('../../model/rows').RowOf<'Source'>>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceCoverage: ResolverTypeWrapper<SourceCoverageRow>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceOrder: SourceOrder;
  SourceOrderField: SourceOrderField;
  StageChange: ResolverTypeWrapper<StageChangeRow>;
  StageChangeConnection: ResolverTypeWrapper<Omit<StageChangeConnection, 'edges'> & { edges: Array<ResolversTypes['StageChangeEdge']> }>;
  StageChangeEdge: ResolverTypeWrapper<Omit<StageChangeEdge, 'node'> & { node: ResolversTypes['StageChange'] }>;
  Statement: ResolverTypeWrapper<import('../../model/rows').RowOf<'Statement'>>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFacets: ResolverTypeWrapper<FacetsRow>;
  StatementFilter: StatementFilter;
  StatementKind: StatementKind;
  StatementKindCount: ResolverTypeWrapper<StatementKindCount>;
  StatementOrder: StatementOrder;
  StatementOrderField: StatementOrderField;
  StatementPayload: ResolverTypeWrapper<FactPayloadRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TextRange: ResolverTypeWrapper<TextRangeRow>;
  TextRangeConnection: ResolverTypeWrapper<Omit<TextRangeConnection, 'edges'> & { edges: Array<ResolversTypes['TextRangeEdge']> }>;
  TextRangeEdge: ResolverTypeWrapper<Omit<TextRangeEdge, 'node'> & { node: ResolversTypes['TextRange'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversInterfaceTypes<ResolversParentTypes>['Actor'];
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorCount: Omit<ActorCount, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  AddCommitmentInput: AddCommitmentInput;
  AddStatementInput: AddStatementInput;
  AmendCommitmentInput: AmendCommitmentInput;
  AttachEvidenceInput: AttachEvidenceInput;
  AttachEvidencePayload: FactPayloadRow;
  AuditEvent: AuditEventRow;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  BindingnessCount: BindingnessCount;
  Boolean: Scalars['Boolean']['output'];
  Capability: import('../../model/rows').RowOf<'Capability'>;
  CapabilityConnection: Omit<CapabilityConnection, 'edges'> & { edges: Array<ResolversParentTypes['CapabilityEdge']> };
  CapabilityCount: Omit<CapabilityCount, 'node'> & { node: ResolversParentTypes['Capability'] };
  CapabilityEdge: Omit<CapabilityEdge, 'node'> & { node: ResolversParentTypes['Capability'] };
  CapabilityOrder: CapabilityOrder;
  Claim: import('../../model/rows').RowOf<'Claim'>;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  Commitment: import('../../model/rows').RowOf<'Commitment'>;
  CommitmentConnection: Omit<CommitmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommitmentEdge']> };
  CommitmentEdge: Omit<CommitmentEdge, 'node'> & { node: ResolversParentTypes['Commitment'] };
  CommitmentFacets: FacetsRow;
  CommitmentFilter: CommitmentFilter;
  CommitmentOrder: CommitmentOrder;
  CommitmentPayload: FactPayloadRow;
  CommitmentStageCount: CommitmentStageCount;
  Condition: import('../../model/rows').RowOf<'Condition'>;
  ConditionConnection: Omit<ConditionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConditionEdge']> };
  ConditionCount: Omit<ConditionCount, 'node'> & { node: ResolversParentTypes['Condition'] };
  ConditionDependent: ResolversUnionTypes<ResolversParentTypes>['ConditionDependent'];
  ConditionDependentConnection: Omit<ConditionDependentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConditionDependentEdge']> };
  ConditionDependentEdge: Omit<ConditionDependentEdge, 'node'> & { node: ResolversParentTypes['ConditionDependent'] };
  ConditionEdge: Omit<ConditionEdge, 'node'> & { node: ResolversParentTypes['Condition'] };
  ConditionKindCount: ConditionKindCount;
  ConditionOrder: ConditionOrder;
  Country: import('../../model/rows').RowOf<'Country'>;
  CountryConnection: Omit<CountryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CountryEdge']> };
  CountryEdge: Omit<CountryEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  CountryOrder: CountryOrder;
  DateTime: Scalars['DateTime']['output'];
  Delegation: import('../../model/rows').RowOf<'Delegation'>;
  DelegationConnection: Omit<DelegationConnection, 'edges'> & { edges: Array<ResolversParentTypes['DelegationEdge']> };
  DelegationEdge: Omit<DelegationEdge, 'node'> & { node: ResolversParentTypes['Delegation'] };
  Disagreement: DisagreementRow;
  DisagreementConnection: Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisagreementEdge']> };
  DisagreementEdge: Omit<DisagreementEdge, 'node'> & { node: ResolversParentTypes['Disagreement'] };
  DiscloseDomainLeadsInput: DiscloseDomainLeadsInput;
  Domain: import('../../model/rows').RowOf<'Domain'>;
  DomainConnection: Omit<DomainConnection, 'edges'> & { edges: Array<ResolversParentTypes['DomainEdge']> };
  DomainCount: Omit<DomainCount, 'node'> & { node: ResolversParentTypes['Domain'] };
  DomainEdge: Omit<DomainEdge, 'node'> & { node: ResolversParentTypes['Domain'] };
  DomainLeadership: import('../../model/rows').RowOf<'DomainLeadership'>;
  DomainLeadershipConnection: Omit<DomainLeadershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['DomainLeadershipEdge']> };
  DomainLeadershipEdge: Omit<DomainLeadershipEdge, 'node'> & { node: ResolversParentTypes['DomainLeadership'] };
  DomainLeadershipOrder: DomainLeadershipOrder;
  DomainLeadershipPayload: FactPayloadRow;
  DomainOrder: DomainOrder;
  Event: import('../../model/rows').RowOf<'Event'>;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventCount: Omit<EventCount, 'node'> & { node: ResolversParentTypes['Event'] };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventOrder: EventOrder;
  Evidence: import('../../model/rows').RowOf<'Evidence'>;
  EvidenceConnection: Omit<EvidenceConnection, 'edges'> & { edges: Array<ResolversParentTypes['EvidenceEdge']> };
  EvidenceEdge: Omit<EvidenceEdge, 'node'> & { node: ResolversParentTypes['Evidence'] };
  EvidenceInput: EvidenceInput;
  Fact: ResolversInterfaceTypes<ResolversParentTypes>['Fact'];
  FactChange: SequencedAuditEvent;
  FactConnection: Omit<FactConnection, 'edges'> & { edges: Array<ResolversParentTypes['FactEdge']> };
  FactEdge: Omit<FactEdge, 'node'> & { node: ResolversParentTypes['Fact'] };
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestSourceInput: IngestSourceInput;
  IngestSourcePayload: IngestSourcePayloadRow;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LocalDate: Scalars['LocalDate']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NodeConnection: Omit<NodeConnection, 'edges'> & { edges: Array<ResolversParentTypes['NodeEdge']> };
  NodeEdge: Omit<NodeEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  OpenQuestion: import('../../model/rows').RowOf<'OpenQuestion'>;
  OpenQuestionConnection: Omit<OpenQuestionConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpenQuestionEdge']> };
  OpenQuestionEdge: Omit<OpenQuestionEdge, 'node'> & { node: ResolversParentTypes['OpenQuestion'] };
  OpenQuestionOrder: OpenQuestionOrder;
  Organization: import('../../model/rows').RowOf<'Organization'>;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationOrder: OrganizationOrder;
  PageInfo: PageInfo;
  Person: import('../../model/rows').RowOf<'Person'>;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonOrder: PersonOrder;
  Position: import('../../model/rows').RowOf<'Position'>;
  PositionConnection: Omit<PositionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PositionEdge']> };
  PositionEdge: Omit<PositionEdge, 'node'> & { node: ResolversParentTypes['Position'] };
  PositionOrder: PositionOrder;
  Priority: import('../../model/rows').RowOf<'Priority'>;
  PriorityConnection: Omit<PriorityConnection, 'edges'> & { edges: Array<ResolversParentTypes['PriorityEdge']> };
  PriorityEdge: Omit<PriorityEdge, 'node'> & { node: ResolversParentTypes['Priority'] };
  PriorityOrder: PriorityOrder;
  Query: Record<PropertyKey, never>;
  RecordCommitmentStageInput: RecordCommitmentStageInput;
  RecordCommitmentStagePayload: StageChangePayloadRow;
  Risk: import('../../model/rows').RowOf<'Risk'>;
  RiskConnection: Omit<RiskConnection, 'edges'> & { edges: Array<ResolversParentTypes['RiskEdge']> };
  RiskEdge: Omit<RiskEdge, 'node'> & { node: ResolversParentTypes['Risk'] };
  RiskOrder: RiskOrder;
  Role: import('../../model/rows').RowOf<'Role'>;
  RoleConnection: Omit<RoleConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoleEdge']> };
  RoleEdge: Omit<RoleEdge, 'node'> & { node: ResolversParentTypes['Role'] };
  RoleOrder: RoleOrder;
  SearchHit: ResolversUnionTypes<ResolversParentTypes>['SearchHit'];
  SearchResult: SearchHitRow;
  SearchResultConnection: Omit<SearchResultConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchResultEdge']> };
  SearchResultEdge: Omit<SearchResultEdge, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  Source: import('../../model/rows').RowOf<'Source'>;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceCoverage: SourceCoverageRow;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceOrder: SourceOrder;
  StageChange: StageChangeRow;
  StageChangeConnection: Omit<StageChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['StageChangeEdge']> };
  StageChangeEdge: Omit<StageChangeEdge, 'node'> & { node: ResolversParentTypes['StageChange'] };
  Statement: import('../../model/rows').RowOf<'Statement'>;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFacets: FacetsRow;
  StatementFilter: StatementFilter;
  StatementKindCount: StatementKindCount;
  StatementOrder: StatementOrder;
  StatementPayload: FactPayloadRow;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TextRange: TextRangeRow;
  TextRangeConnection: Omit<TextRangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['TextRangeEdge']> };
  TextRangeEdge: Omit<TextRangeEdge, 'node'> & { node: ResolversParentTypes['TextRange'] };
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Country' | 'Organization' | 'Person', ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorCount'] = ResolversParentTypes['ActorCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type AttachEvidencePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachEvidencePayload'] = ResolversParentTypes['AttachEvidencePayload']> = {
  auditEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  touched?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<AuditEventTouchedArgs, 'first'>>;
};

export type AuditEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type BindingnessCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BindingnessCount'] = ResolversParentTypes['BindingnessCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Bindingness'], ParentType, ContextType>;
};

export type CapabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Capability'] = ResolversParentTypes['Capability']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<CapabilityClaimsArgs, 'first'>>;
  commitments?: Resolver<ResolversTypes['CommitmentConnection'], ParentType, ContextType, RequireFields<CapabilityCommitmentsArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<CapabilityEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CapabilityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CapabilityConnection'] = ResolversParentTypes['CapabilityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CapabilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapabilityCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CapabilityCount'] = ResolversParentTypes['CapabilityCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
};

export type CapabilityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CapabilityEdge'] = ResolversParentTypes['CapabilityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Capability'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  contested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<ClaimEvidenceArgs, 'first'>>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownEvidence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Fact']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type CommitmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = {
  beneficiary?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  beneficiaryDisclosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bindingness?: Resolver<ResolversTypes['Bindingness'], ParentType, ContextType>;
  capabilities?: Resolver<ResolversTypes['CapabilityConnection'], ParentType, ContextType, RequireFields<CommitmentCapabilitiesArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<CommitmentClaimsArgs, 'first'>>;
  conditions?: Resolver<ResolversTypes['ConditionConnection'], ParentType, ContextType, RequireFields<CommitmentConditionsArgs, 'first'>>;
  domains?: Resolver<ResolversTypes['DomainConnection'], ParentType, ContextType, RequireFields<CommitmentDomainsArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<CommitmentEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initialStage?: Resolver<ResolversTypes['CommitmentStage'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openQuestions?: Resolver<ResolversTypes['OpenQuestionConnection'], ParentType, ContextType, RequireFields<CommitmentOpenQuestionsArgs, 'first'>>;
  pledgers?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<CommitmentPledgersArgs, 'first'>>;
  pledgersDisclosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<CommitmentPositionsArgs, 'first'>>;
  priorities?: Resolver<ResolversTypes['PriorityConnection'], ParentType, ContextType, RequireFields<CommitmentPrioritiesArgs, 'first'>>;
  risks?: Resolver<ResolversTypes['RiskConnection'], ParentType, ContextType, RequireFields<CommitmentRisksArgs, 'first'>>;
  stage?: Resolver<ResolversTypes['CommitmentStage'], ParentType, ContextType>;
  stageConflict?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stageHistory?: Resolver<ResolversTypes['StageChangeConnection'], ParentType, ContextType, RequireFields<CommitmentStageHistoryArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CommitmentStatementsArgs, 'first'>>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommitmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentConnection'] = ResolversParentTypes['CommitmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommitmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommitmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentEdge'] = ResolversParentTypes['CommitmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
};

export type CommitmentFacetsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentFacets'] = ResolversParentTypes['CommitmentFacets']> = {
  byBindingness?: Resolver<Array<ResolversTypes['BindingnessCount']>, ParentType, ContextType>;
  byCapability?: Resolver<Array<ResolversTypes['CapabilityCount']>, ParentType, ContextType, RequireFields<CommitmentFacetsByCapabilityArgs, 'first'>>;
  byCondition?: Resolver<Array<ResolversTypes['ConditionCount']>, ParentType, ContextType, RequireFields<CommitmentFacetsByConditionArgs, 'first'>>;
  byConditionKind?: Resolver<Array<ResolversTypes['ConditionKindCount']>, ParentType, ContextType>;
  byDomain?: Resolver<Array<ResolversTypes['DomainCount']>, ParentType, ContextType, RequireFields<CommitmentFacetsByDomainArgs, 'first'>>;
  byPledger?: Resolver<Array<ResolversTypes['ActorCount']>, ParentType, ContextType, RequireFields<CommitmentFacetsByPledgerArgs, 'first'>>;
  byStage?: Resolver<Array<ResolversTypes['CommitmentStageCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommitmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentPayload'] = ResolversParentTypes['CommitmentPayload']> = {
  auditEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CommitmentStageCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentStageCount'] = ResolversParentTypes['CommitmentStageCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['CommitmentStage'], ParentType, ContextType>;
};

export type ConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ConditionClaimsArgs, 'first'>>;
  dependents?: Resolver<ResolversTypes['ConditionDependentConnection'], ParentType, ContextType, RequireFields<ConditionDependentsArgs, 'first'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<ConditionEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConditionKind'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<ConditionPositionsArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ConditionStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConditionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConditionConnection'] = ResolversParentTypes['ConditionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConditionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConditionCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConditionCount'] = ResolversParentTypes['ConditionCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Condition'], ParentType, ContextType>;
};

export type ConditionDependentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConditionDependent'] = ResolversParentTypes['ConditionDependent']> = {
  __resolveType: TypeResolveFn<'Commitment' | 'DomainLeadership', ParentType, ContextType>;
};

export type ConditionDependentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConditionDependentConnection'] = ResolversParentTypes['ConditionDependentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConditionDependentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConditionDependentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConditionDependentEdge'] = ResolversParentTypes['ConditionDependentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConditionDependent'], ParentType, ContextType>;
};

export type ConditionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConditionEdge'] = ResolversParentTypes['ConditionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Condition'], ParentType, ContextType>;
};

export type ConditionKindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConditionKindCount'] = ResolversParentTypes['ConditionKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['ConditionKind'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  beneficiaryOf?: Resolver<ResolversTypes['CommitmentConnection'], ParentType, ContextType, RequireFields<CountryBeneficiaryOfArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<CountryClaimsArgs, 'first'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delegations?: Resolver<ResolversTypes['DelegationConnection'], ParentType, ContextType, RequireFields<CountryDelegationsArgs, 'first'>>;
  eventsAttended?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<CountryEventsAttendedArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<CountryEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadership?: Resolver<ResolversTypes['DomainLeadershipConnection'], ParentType, ContextType, RequireFields<CountryLeadershipArgs, 'first'>>;
  memberships?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<CountryMembershipsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeHolders?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<CountryOfficeHoldersArgs, 'first'>>;
  openQuestions?: Resolver<ResolversTypes['OpenQuestionConnection'], ParentType, ContextType, RequireFields<CountryOpenQuestionsArgs, 'first'>>;
  pledges?: Resolver<ResolversTypes['CommitmentConnection'], ParentType, ContextType, RequireFields<CountryPledgesArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<CountryPositionsArgs, 'first'>>;
  risks?: Resolver<ResolversTypes['RiskConnection'], ParentType, ContextType, RequireFields<CountryRisksArgs, 'first'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<CountryRolesArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CountryStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Delegation'] = ResolversParentTypes['Delegation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<DelegationClaimsArgs, 'first'>>;
  delegates?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<DelegationDelegatesArgs, 'first'>>;
  delegatesDisclosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<DelegationEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inPerson?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unnamedDelegates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DelegationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelegationConnection'] = ResolversParentTypes['DelegationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DelegationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DelegationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelegationEdge'] = ResolversParentTypes['DelegationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Delegation'], ParentType, ContextType>;
};

export type DisagreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<DisagreementClaimsArgs, 'first'>>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisagreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisagreementConnection'] = ResolversParentTypes['DisagreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisagreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisagreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisagreementEdge'] = ResolversParentTypes['DisagreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Disagreement'], ParentType, ContextType>;
};

export type DomainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Domain'] = ResolversParentTypes['Domain']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<DomainClaimsArgs, 'first'>>;
  commitments?: Resolver<ResolversTypes['CommitmentConnection'], ParentType, ContextType, RequireFields<DomainCommitmentsArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<DomainEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadership?: Resolver<ResolversTypes['DomainLeadershipConnection'], ParentType, ContextType, RequireFields<DomainLeadershipArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<DomainStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DomainConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainConnection'] = ResolversParentTypes['DomainConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DomainEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DomainCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainCount'] = ResolversParentTypes['DomainCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
};

export type DomainEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainEdge'] = ResolversParentTypes['DomainEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
};

export type DomainLeadershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainLeadership'] = ResolversParentTypes['DomainLeadership']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<DomainLeadershipClaimsArgs, 'first'>>;
  conditions?: Resolver<ResolversTypes['ConditionConnection'], ParentType, ContextType, RequireFields<DomainLeadershipConditionsArgs, 'first'>>;
  determined?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disclosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<DomainLeadershipEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<DomainLeadershipLeadsArgs, 'first'>>;
  openQuestions?: Resolver<ResolversTypes['OpenQuestionConnection'], ParentType, ContextType, RequireFields<DomainLeadershipOpenQuestionsArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<DomainLeadershipStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DomainLeadershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainLeadershipConnection'] = ResolversParentTypes['DomainLeadershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DomainLeadershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DomainLeadershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainLeadershipEdge'] = ResolversParentTypes['DomainLeadershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DomainLeadership'], ParentType, ContextType>;
};

export type DomainLeadershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainLeadershipPayload'] = ResolversParentTypes['DomainLeadershipPayload']> = {
  auditEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadership?: Resolver<ResolversTypes['DomainLeadership'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  attendees?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<EventAttendeesArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<EventClaimsArgs, 'first'>>;
  commitments?: Resolver<ResolversTypes['CommitmentConnection'], ParentType, ContextType, RequireFields<EventCommitmentsArgs, 'first'>>;
  countedInPerson?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  dateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegations?: Resolver<ResolversTypes['DelegationConnection'], ParentType, ContextType, RequireFields<EventDelegationsArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<EventEvidenceArgs, 'first'>>;
  headsOfStateAndGovernmentCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openQuestions?: Resolver<ResolversTypes['OpenQuestionConnection'], ParentType, ContextType, RequireFields<EventOpenQuestionsArgs, 'first'>>;
  participantCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priorities?: Resolver<ResolversTypes['PriorityConnection'], ParentType, ContextType, RequireFields<EventPrioritiesArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<EventStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventCount'] = ResolversParentTypes['EventCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<EvidenceFactsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvidenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceEdge'] = ResolversParentTypes['EvidenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type FactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  __resolveType: TypeResolveFn<'Capability' | 'Commitment' | 'Condition' | 'Country' | 'Delegation' | 'Domain' | 'DomainLeadership' | 'Event' | 'OpenQuestion' | 'Organization' | 'Person' | 'Position' | 'Priority' | 'Risk' | 'Role' | 'Statement', ParentType, ContextType>;
};

export type FactChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactChange'] = ResolversParentTypes['FactChange']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  auditEvent?: Resolver<Maybe<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<FactChangeFactsArgs, 'first'>>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactConnection'] = ResolversParentTypes['FactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactEdge'] = ResolversParentTypes['FactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type IngestSourcePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestSourcePayload'] = ResolversParentTypes['IngestSourcePayload']> = {
  auditEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<IngestSourcePayloadFactsArgs, 'first'>>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCommitment?: Resolver<ResolversTypes['CommitmentPayload'], ParentType, ContextType, RequireFields<MutationAddCommitmentArgs, 'input'>>;
  addStatement?: Resolver<ResolversTypes['StatementPayload'], ParentType, ContextType, RequireFields<MutationAddStatementArgs, 'input'>>;
  amendCommitment?: Resolver<ResolversTypes['CommitmentPayload'], ParentType, ContextType, RequireFields<MutationAmendCommitmentArgs, 'input'>>;
  attachEvidence?: Resolver<ResolversTypes['AttachEvidencePayload'], ParentType, ContextType, RequireFields<MutationAttachEvidenceArgs, 'input'>>;
  discloseDomainLeads?: Resolver<ResolversTypes['DomainLeadershipPayload'], ParentType, ContextType, RequireFields<MutationDiscloseDomainLeadsArgs, 'input'>>;
  ingestSource?: Resolver<ResolversTypes['IngestSourcePayload'], ParentType, ContextType, RequireFields<MutationIngestSourceArgs, 'input'>>;
  recordCommitmentStage?: Resolver<ResolversTypes['RecordCommitmentStagePayload'], ParentType, ContextType, RequireFields<MutationRecordCommitmentStageArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Capability' | 'Claim' | 'Commitment' | 'Condition' | 'Country' | 'Delegation' | 'Domain' | 'DomainLeadership' | 'Event' | 'Evidence' | 'OpenQuestion' | 'Organization' | 'Person' | 'Position' | 'Priority' | 'Risk' | 'Role' | 'Source' | 'Statement', ParentType, ContextType>;
};

export type NodeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeEdge'] = ResolversParentTypes['NodeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type OpenQuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenQuestion'] = ResolversParentTypes['OpenQuestion']> = {
  about?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<OpenQuestionAboutArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<OpenQuestionClaimsArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<OpenQuestionEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OpenQuestionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenQuestionConnection'] = ResolversParentTypes['OpenQuestionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OpenQuestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpenQuestionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenQuestionEdge'] = ResolversParentTypes['OpenQuestionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OpenQuestion'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<OrganizationClaimsArgs, 'first'>>;
  delegations?: Resolver<ResolversTypes['DelegationConnection'], ParentType, ContextType, RequireFields<OrganizationDelegationsArgs, 'first'>>;
  eventsAttended?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<OrganizationEventsAttendedArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<OrganizationEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  leadership?: Resolver<ResolversTypes['DomainLeadershipConnection'], ParentType, ContextType, RequireFields<OrganizationLeadershipArgs, 'first'>>;
  members?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pledges?: Resolver<ResolversTypes['CommitmentConnection'], ParentType, ContextType, RequireFields<OrganizationPledgesArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<OrganizationPositionsArgs, 'first'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<OrganizationRolesArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PersonClaimsArgs, 'first'>>;
  delegations?: Resolver<ResolversTypes['DelegationConnection'], ParentType, ContextType, RequireFields<PersonDelegationsArgs, 'first'>>;
  eventsAttended?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<PersonEventsAttendedArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<PersonEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<PersonPositionsArgs, 'first'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<PersonRolesArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  about?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<PositionAboutArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PositionClaimsArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<PositionEvidenceArgs, 'first'>>;
  holder?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionConnection'] = ResolversParentTypes['PositionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PositionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PositionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionEdge'] = ResolversParentTypes['PositionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type PriorityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Priority'] = ResolversParentTypes['Priority']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PriorityClaimsArgs, 'first'>>;
  commitments?: Resolver<ResolversTypes['CommitmentConnection'], ParentType, ContextType, RequireFields<PriorityCommitmentsArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<PriorityEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PriorityStatementsArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PriorityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriorityConnection'] = ResolversParentTypes['PriorityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PriorityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriorityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriorityEdge'] = ResolversParentTypes['PriorityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditTrail?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  capabilities?: Resolver<ResolversTypes['CapabilityConnection'], ParentType, ContextType, RequireFields<QueryCapabilitiesArgs, 'first'>>;
  commitmentFacets?: Resolver<ResolversTypes['CommitmentFacets'], ParentType, ContextType, Partial<QueryCommitmentFacetsArgs>>;
  commitments?: Resolver<ResolversTypes['CommitmentConnection'], ParentType, ContextType, RequireFields<QueryCommitmentsArgs, 'first'>>;
  conditions?: Resolver<ResolversTypes['ConditionConnection'], ParentType, ContextType, RequireFields<QueryConditionsArgs, 'first'>>;
  countries?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, RequireFields<QueryCountriesArgs, 'first'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  disagreements?: Resolver<ResolversTypes['DisagreementConnection'], ParentType, ContextType, RequireFields<QueryDisagreementsArgs, 'first'>>;
  domain?: Resolver<Maybe<ResolversTypes['Domain']>, ParentType, ContextType, RequireFields<QueryDomainArgs, 'name'>>;
  domainLeaderships?: Resolver<ResolversTypes['DomainLeadershipConnection'], ParentType, ContextType, RequireFields<QueryDomainLeadershipsArgs, 'first'>>;
  domains?: Resolver<ResolversTypes['DomainConnection'], ParentType, ContextType, RequireFields<QueryDomainsArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  health?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  openQuestions?: Resolver<ResolversTypes['OpenQuestionConnection'], ParentType, ContextType, RequireFields<QueryOpenQuestionsArgs, 'first'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<QueryPositionsArgs, 'first'>>;
  priorities?: Resolver<ResolversTypes['PriorityConnection'], ParentType, ContextType, RequireFields<QueryPrioritiesArgs, 'first'>>;
  risks?: Resolver<ResolversTypes['RiskConnection'], ParentType, ContextType, RequireFields<QueryRisksArgs, 'first'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<QueryRolesArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  statementFacets?: Resolver<ResolversTypes['StatementFacets'], ParentType, ContextType, Partial<QueryStatementFacetsArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
};

export type RecordCommitmentStagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordCommitmentStagePayload'] = ResolversParentTypes['RecordCommitmentStagePayload']> = {
  auditEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stageChange?: Resolver<ResolversTypes['StageChange'], ParentType, ContextType>;
};

export type RiskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Risk'] = ResolversParentTypes['Risk']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<RiskClaimsArgs, 'first'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<RiskEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  threatens?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<RiskThreatensArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RiskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskConnection'] = ResolversParentTypes['RiskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RiskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskEdge'] = ResolversParentTypes['RiskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Risk'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<RoleClaimsArgs, 'first'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<RoleEvidenceArgs, 'first'>>;
  holder?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleConnection'] = ResolversParentTypes['RoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  __resolveType: TypeResolveFn<'Capability' | 'Commitment' | 'Condition' | 'Country' | 'Domain' | 'Event' | 'Evidence' | 'OpenQuestion' | 'Organization' | 'Person' | 'Position' | 'Priority' | 'Risk' | 'Role' | 'Statement', ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  matchedField?: Resolver<ResolversTypes['SearchField'], ParentType, ContextType>;
  matchedText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchResultConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResultConnection'] = ResolversParentTypes['SearchResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchResultEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResultEdge'] = ResolversParentTypes['SearchResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  coverage?: Resolver<ResolversTypes['SourceCoverage'], ParentType, ContextType>;
  dateline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datelineEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<SourceEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisherEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  titleEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceCoverage'] = ResolversParentTypes['SourceCoverage']> = {
  cited?: Resolver<ResolversTypes['TextRangeConnection'], ParentType, ContextType, RequireFields<SourceCoverageCitedArgs, 'first'>>;
  citedCharacters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCharacters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uncited?: Resolver<ResolversTypes['TextRangeConnection'], ParentType, ContextType, RequireFields<SourceCoverageUncitedArgs, 'first'>>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type StageChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageChange'] = ResolversParentTypes['StageChange']> = {
  asOf?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<StageChangeEvidenceArgs, 'first'>>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CommitmentStage'], ParentType, ContextType>;
};

export type StageChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageChangeConnection'] = ResolversParentTypes['StageChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StageChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StageChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageChangeEdge'] = ResolversParentTypes['StageChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StageChange'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<StatementAboutArgs, 'first'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<StatementClaimsArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<StatementEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementFacetsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementFacets'] = ResolversParentTypes['StatementFacets']> = {
  byEvent?: Resolver<Array<ResolversTypes['EventCount']>, ParentType, ContextType, RequireFields<StatementFacetsByEventArgs, 'first'>>;
  byKind?: Resolver<Array<ResolversTypes['StatementKindCount']>, ParentType, ContextType>;
  bySpeaker?: Resolver<Array<ResolversTypes['ActorCount']>, ParentType, ContextType, RequireFields<StatementFacetsBySpeakerArgs, 'first'>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementKindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementKindCount'] = ResolversParentTypes['StatementKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
};

export type StatementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementPayload'] = ResolversParentTypes['StatementPayload']> = {
  auditEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  commitmentStageRecorded?: SubscriptionResolver<ResolversTypes['FactChange'], "commitmentStageRecorded", ParentType, ContextType, Partial<SubscriptionCommitmentStageRecordedArgs>>;
  domainLeadsDisclosed?: SubscriptionResolver<ResolversTypes['FactChange'], "domainLeadsDisclosed", ParentType, ContextType, Partial<SubscriptionDomainLeadsDisclosedArgs>>;
  factsChanged?: SubscriptionResolver<ResolversTypes['FactChange'], "factsChanged", ParentType, ContextType, Partial<SubscriptionFactsChangedArgs>>;
  sourceIngested?: SubscriptionResolver<ResolversTypes['FactChange'], "sourceIngested", ParentType, ContextType>;
  statementsAdded?: SubscriptionResolver<ResolversTypes['FactChange'], "statementsAdded", ParentType, ContextType, Partial<SubscriptionStatementsAddedArgs>>;
};

export type TextRangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TextRangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextRangeConnection'] = ResolversParentTypes['TextRangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TextRangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TextRangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextRangeEdge'] = ResolversParentTypes['TextRangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TextRange'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorCount?: ActorCountResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  AttachEvidencePayload?: AttachEvidencePayloadResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  BindingnessCount?: BindingnessCountResolvers<ContextType>;
  Capability?: CapabilityResolvers<ContextType>;
  CapabilityConnection?: CapabilityConnectionResolvers<ContextType>;
  CapabilityCount?: CapabilityCountResolvers<ContextType>;
  CapabilityEdge?: CapabilityEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentConnection?: CommitmentConnectionResolvers<ContextType>;
  CommitmentEdge?: CommitmentEdgeResolvers<ContextType>;
  CommitmentFacets?: CommitmentFacetsResolvers<ContextType>;
  CommitmentPayload?: CommitmentPayloadResolvers<ContextType>;
  CommitmentStageCount?: CommitmentStageCountResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  ConditionConnection?: ConditionConnectionResolvers<ContextType>;
  ConditionCount?: ConditionCountResolvers<ContextType>;
  ConditionDependent?: ConditionDependentResolvers<ContextType>;
  ConditionDependentConnection?: ConditionDependentConnectionResolvers<ContextType>;
  ConditionDependentEdge?: ConditionDependentEdgeResolvers<ContextType>;
  ConditionEdge?: ConditionEdgeResolvers<ContextType>;
  ConditionKindCount?: ConditionKindCountResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Delegation?: DelegationResolvers<ContextType>;
  DelegationConnection?: DelegationConnectionResolvers<ContextType>;
  DelegationEdge?: DelegationEdgeResolvers<ContextType>;
  Disagreement?: DisagreementResolvers<ContextType>;
  DisagreementConnection?: DisagreementConnectionResolvers<ContextType>;
  DisagreementEdge?: DisagreementEdgeResolvers<ContextType>;
  Domain?: DomainResolvers<ContextType>;
  DomainConnection?: DomainConnectionResolvers<ContextType>;
  DomainCount?: DomainCountResolvers<ContextType>;
  DomainEdge?: DomainEdgeResolvers<ContextType>;
  DomainLeadership?: DomainLeadershipResolvers<ContextType>;
  DomainLeadershipConnection?: DomainLeadershipConnectionResolvers<ContextType>;
  DomainLeadershipEdge?: DomainLeadershipEdgeResolvers<ContextType>;
  DomainLeadershipPayload?: DomainLeadershipPayloadResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventCount?: EventCountResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  EvidenceEdge?: EvidenceEdgeResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactChange?: FactChangeResolvers<ContextType>;
  FactConnection?: FactConnectionResolvers<ContextType>;
  FactEdge?: FactEdgeResolvers<ContextType>;
  IngestSourcePayload?: IngestSourcePayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalDate?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  NodeEdge?: NodeEdgeResolvers<ContextType>;
  OpenQuestion?: OpenQuestionResolvers<ContextType>;
  OpenQuestionConnection?: OpenQuestionConnectionResolvers<ContextType>;
  OpenQuestionEdge?: OpenQuestionEdgeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionConnection?: PositionConnectionResolvers<ContextType>;
  PositionEdge?: PositionEdgeResolvers<ContextType>;
  Priority?: PriorityResolvers<ContextType>;
  PriorityConnection?: PriorityConnectionResolvers<ContextType>;
  PriorityEdge?: PriorityEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCommitmentStagePayload?: RecordCommitmentStagePayloadResolvers<ContextType>;
  Risk?: RiskResolvers<ContextType>;
  RiskConnection?: RiskConnectionResolvers<ContextType>;
  RiskEdge?: RiskEdgeResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleConnection?: RoleConnectionResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResultConnection?: SearchResultConnectionResolvers<ContextType>;
  SearchResultEdge?: SearchResultEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceCoverage?: SourceCoverageResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  StageChange?: StageChangeResolvers<ContextType>;
  StageChangeConnection?: StageChangeConnectionResolvers<ContextType>;
  StageChangeEdge?: StageChangeEdgeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementFacets?: StatementFacetsResolvers<ContextType>;
  StatementKindCount?: StatementKindCountResolvers<ContextType>;
  StatementPayload?: StatementPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  TextRangeConnection?: TextRangeConnectionResolvers<ContextType>;
  TextRangeEdge?: TextRangeEdgeResolvers<ContextType>;
};

