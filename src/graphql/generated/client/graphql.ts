/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A commitment to add. */
export type AddCommitmentInput = {
  /** The id of the country it is for, when the source says. */
  beneficiary?: string | number | null | undefined;
  /** Whether it binds, per the evidence. */
  bindingness: Bindingness;
  /** Ids of the capabilities it provides. */
  capabilities?: Array<string | number> | null | undefined;
  /** Ids of the conditions it waits on. */
  conditions?: Array<string | number> | null | undefined;
  /** Ids of the domains it covers. */
  domains?: Array<string | number> | null | undefined;
  /** The id of the event it was made at, when the source says. */
  event?: string | number | null | undefined;
  /** The words that state it (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** A new lowercase kebab-case slug. */
  key: string;
  /** Ids of the countries or organizations that pledged it; empty when the source does not name them. */
  pledgers?: Array<string | number> | null | undefined;
  /** How far it has come, per the evidence. */
  stage: CommitmentStage;
  /** What is pledged, in words close to the source's. */
  summary: string;
};

/** A statement to add. */
export type AddStatementInput = {
  /** Ids of the facts it is about. */
  about?: Array<string | number> | null | undefined;
  /** The id of the event it was made at, when the source says. */
  event?: string | number | null | undefined;
  /** The words that state it (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** A new lowercase kebab-case slug. */
  key: string;
  /** How the source renders it. */
  kind: StatementKind;
  /** Who said it: the id of a country, organization or person. */
  speaker: string | number;
  /** What was said, in the source's words: it must occur in one of the evidence quotes. */
  text: string;
};

/** What to add to a commitment; at least one list must be non-empty. */
export type AmendCommitmentInput = {
  /** Ids of capabilities it provides. */
  addCapabilities?: Array<string | number> | null | undefined;
  /** Ids of conditions it waits on. */
  addConditions?: Array<string | number> | null | undefined;
  /** Ids of domains it covers. */
  addDomains?: Array<string | number> | null | undefined;
  /** Ids of countries or organizations named as pledgers (also sets `pledgersDisclosed`). */
  addPledgers?: Array<string | number> | null | undefined;
  /** The commitment's id. */
  commitment: string | number;
  /** The words that state the additions (1 to 50 spans); linked to the commitment. */
  evidence: Array<EvidenceInput>;
};

/** Evidence to link to a fact. */
export type AttachEvidenceInput = {
  /** The words that state it (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** The id of any fact (a node implementing `Fact`). */
  fact: string | number;
};

/** Whether a commitment binds those who made it. */
export type Bindingness =
  /** Legally or formally binding. */
  | 'BINDING'
  /** Not binding. */
  | 'NON_BINDING'
  /** The sources do not say. */
  | 'UNDISCLOSED';

/**
 * Narrows a list of commitments; every given option must hold. Keys are matched in any case
 * (`pledger: "gb"` is `pledger: "GB"`); a key that names nothing is a `BAD_USER_INPUT` error naming the option.
 */
export type CommitmentFilter = {
  /** ISO code of the country the commitment benefits, e.g. `UA`. */
  beneficiary?: string | null | undefined;
  /** A capability the commitment provides: its key (`military-centers`) or words of its name (`military centers`, case-insensitive, at most 200 characters). */
  capability?: string | null | undefined;
  /** Key of a condition the commitment waits on, e.g. `ceasefire`. */
  condition?: string | null | undefined;
  /** Only commitments waiting on a condition of this kind. */
  conditionKind?: ConditionKind | null | undefined;
  /** Key of a domain the commitment covers, e.g. `sea`. */
  domain?: string | null | undefined;
  /** Key of a pledger: a country's ISO code (`GB`) or an organization's slug (`ukraines-allies`). */
  pledger?: string | null | undefined;
  /** Only commitments at this stage. */
  stage?: CommitmentStage | null | undefined;
};

/** One term of the order of a list of commitments: terms apply in turn, the key breaks remaining ties. */
export type CommitmentOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection | null | undefined;
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

/** The leads a source names for a domain leadership. */
export type DiscloseDomainLeadsInput = {
  /** The words that name them (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** The domain leadership's id. */
  leadership: string | number;
  /** Ids of the countries or organizations named as leads (at least one). */
  leads: Array<string | number>;
};

/** Exact words of a source already in the graph: `quote` must equal its text from `start` to `end`. */
export type EvidenceInput = {
  /** Offset just past the last character (exclusive). */
  end: number;
  /** The words, verbatim. */
  quote: string;
  /** The source's id (`Source.id`). */
  source: string | number;
  /** Offset of the first character, in UTF-16 code units (JavaScript string indexes). */
  start: number;
};

/** One source document and its facts, exactly as a seed directory holds them. */
export type IngestSourceInput = {
  /** The facts (`facts.yaml`): a YAML document (JSON is YAML too) in the seed format, evidence offsets into `text`. */
  facts: string;
  /** The document, verbatim (`source.txt`; at most MAX_SOURCE_CHARS characters). */
  text: string;
};

/** The direction of one term of an `orderBy`. */
export type OrderDirection =
  /** Smallest first (A to Z, 1 to 9, an enum in its declared order); missing values last. */
  | 'ASC'
  /** Largest first; missing values first. */
  | 'DESC';

/** A commitment's stage as of a date, per a source. */
export type RecordCommitmentStageInput = {
  /** The date the stage holds from, `YYYY-MM-DD` (as the source gives it). */
  asOf: string;
  /** The commitment's id. */
  commitment: string | number;
  /** The words that state it (1 to 50 spans). */
  evidence: Array<EvidenceInput>;
  /** The stage the source says it reached. */
  stage: CommitmentStage;
};

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

export type CommitmentStageRecordedSubscriptionVariables = Exact<{
  commitment?: string | number | null | undefined;
}>;


export type CommitmentStageRecordedSubscription = { commitmentStageRecorded: { sequence: number, operation: string, summary: string, facts: { edges: Array<{ node:
          | { key: string, stage: CommitmentStage, stageHistory: { edges: Array<{ node: { stage: CommitmentStage, asOf: string, evidence: { edges: Array<{ node: { quote: string } }> } } }> } }
          | Record<PropertyKey, never>
         }> } } };

export type HowManyCommitmentsForUkraineQueryVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
}>;


export type HowManyCommitmentsForUkraineQuery = { commitmentFacets: { total: number, byStage: Array<{ value: CommitmentStage, count: number }>, byDomain: Array<{ count: number, node: { name: string } }>, byCondition: Array<{ count: number, node: { key: string, kind: ConditionKind } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Capability', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Commitment', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Condition', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Country', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Delegation', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Domain', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'DomainLeadership', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Event', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'OpenQuestion', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Organization', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Person', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Position', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Priority', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Risk', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Role', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
    | { __typename: 'Source', id: string }
    | { __typename: 'Statement', key: string, id: string, evidence: { edges: Array<{ node: { quote: string } }> } }
   | null };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { matchedText: string, matchedField: SearchField, score: number, node:
          | { __typename: 'Capability', key: string }
          | { __typename: 'Commitment', key: string }
          | { __typename: 'Condition', key: string }
          | { __typename: 'Country', key: string, name: string }
          | { __typename: 'Domain', key: string }
          | { __typename: 'Event', key: string }
          | { __typename: 'Evidence', key: string, start: number, end: number }
          | { __typename: 'OpenQuestion', key: string }
          | { __typename: 'Organization', key: string, name: string }
          | { __typename: 'Person', key: string, name: string }
          | { __typename: 'Position', key: string }
          | { __typename: 'Priority', key: string }
          | { __typename: 'Risk', key: string }
          | { __typename: 'Role', key: string }
          | { __typename: 'Statement', key: string, speaker:
              | { name: string }
              | { name: string }
              | { name: string }
             }
         } }> } };

export type WhatAreTheFivePrioritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatAreTheFivePrioritiesQuery = { priorities: { totalCount: number, edges: Array<{ node: { order: number, title: string, commitments: { edges: Array<{ node: { key: string, summary: string, stage: CommitmentStage } }> } } }> } };

export type WhatDidTheUnitedKingdomPledgeQueryVariables = Exact<{
  code?: string;
}>;


export type WhatDidTheUnitedKingdomPledgeQuery = { country: { name: string, pledges: { totalCount: number, edges: Array<{ node: { key: string, summary: string, stage: CommitmentStage, bindingness: Bindingness, pledgers: { edges: Array<{ node:
                | { __typename: 'Country', name: string }
                | { __typename: 'Organization', name: string }
                | { __typename: 'Person', name: string }
               }> }, capabilities: { edges: Array<{ node: { name: string } }> }, conditions: { edges: Array<{ node: { key: string, kind: ConditionKind, description: string } }> }, evidence: { edges: Array<{ node: { quote: string, start: number, end: number } }> } } }> } } | null };

export type WhatIsStillOpenQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatIsStillOpenQuery = { openQuestions: { totalCount: number, edges: Array<{ node: { key: string, question: string, raisedBy:
          | { name: string }
          | { name: string }
          | { name: string }
         | null, about: { edges: Array<{ node:
              | { __typename: 'Capability', key: string }
              | { __typename: 'Commitment', key: string }
              | { __typename: 'Condition', key: string }
              | { __typename: 'Country', key: string }
              | { __typename: 'Delegation', key: string }
              | { __typename: 'Domain', key: string }
              | { __typename: 'DomainLeadership', key: string }
              | { __typename: 'Event', key: string }
              | { __typename: 'OpenQuestion', key: string }
              | { __typename: 'Organization', key: string }
              | { __typename: 'Person', key: string }
              | { __typename: 'Position', key: string }
              | { __typename: 'Priority', key: string }
              | { __typename: 'Risk', key: string }
              | { __typename: 'Role', key: string }
              | { __typename: 'Statement', key: string }
             }> } } }> } };

export type WhatWouldACeasefireUnlockQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatWouldACeasefireUnlockQuery = { conditions: { edges: Array<{ node: { key: string, description: string, dependents: { totalCount: number, edges: Array<{ node:
              | { __typename: 'Commitment', key: string, summary: string, stage: CommitmentStage }
              | { __typename: 'DomainLeadership', key: string, domain: { name: string } }
             }> } } }> } };

export type WhichCommitmentsAreLeastFarAlongQueryVariables = Exact<{
  first?: number | null | undefined;
  orderBy?: Array<CommitmentOrder> | CommitmentOrder | null | undefined;
}>;


export type WhichCommitmentsAreLeastFarAlongQuery = { commitments: { totalCount: number, edges: Array<{ node: { key: string, stage: CommitmentStage, bindingness: Bindingness } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WhichNationsLeadWhichDomainQueryVariables = Exact<{ [key: string]: never; }>;


export type WhichNationsLeadWhichDomainQuery = { domains: { edges: Array<{ node: { name: string, leadership: { edges: Array<{ node: { disclosed: boolean, determined: boolean, leads: { edges: Array<{ node:
                    | { __typename: 'Country', key: string, name: string }
                    | { __typename: 'Organization', key: string, name: string }
                    | { __typename: 'Person', key: string, name: string }
                   }> }, conditions: { edges: Array<{ node: { key: string, kind: ConditionKind, description: string } }> }, evidence: { edges: Array<{ node: { quote: string, start: number, end: number, source: { key: string, publisher: string | null } } }> } } }> }, commitments: { edges: Array<{ node: { key: string, stage: CommitmentStage, conditions: { edges: Array<{ node: { key: string } }> } } }> } } }> } };

export type WhichWordsSupportALinkQueryVariables = Exact<{ [key: string]: never; }>;


export type WhichWordsSupportALinkQuery = { commitments: { edges: Array<{ node: { key: string, claims: { edges: Array<{ node: { ownEvidence: boolean, contested: boolean, target:
                | { __typename: 'Capability', key: string }
                | { __typename: 'Commitment', key: string }
                | { __typename: 'Condition', key: string }
                | { __typename: 'Country', key: string }
                | { __typename: 'Delegation', key: string }
                | { __typename: 'Domain', key: string }
                | { __typename: 'DomainLeadership', key: string }
                | { __typename: 'Event', key: string }
                | { __typename: 'OpenQuestion', key: string }
                | { __typename: 'Organization', key: string }
                | { __typename: 'Person', key: string }
                | { __typename: 'Position', key: string }
                | { __typename: 'Priority', key: string }
                | { __typename: 'Risk', key: string }
                | { __typename: 'Role', key: string }
                | { __typename: 'Statement', key: string }
               | null, source: { key: string }, evidence: { edges: Array<{ node: { quote: string, start: number, end: number } }> } } }> } } }> } };

export type WhoAttendedQueryVariables = Exact<{
  event?: string;
}>;


export type WhoAttendedQuery = { events: { edges: Array<{ node: { name: string, participantCount: number | null, headsOfStateAndGovernmentCount: number | null, countedInPerson: boolean | null, delegations: { edges: Array<{ node: { size: number | null, level: string | null, inPerson: boolean | null, delegatesDisclosed: boolean, unnamedDelegates: number | null, actor:
                | { __typename: 'Country', name: string }
                | { __typename: 'Organization', name: string }
                | { __typename: 'Person', name: string }
              , delegates: { edges: Array<{ node: { name: string } }> }, evidence: { edges: Array<{ node: { quote: string } }> } } }> } } }> } };

export type CountryLeadersAndStatementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CountryLeadersAndStatementsQuery = { countries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, officeHolders: { edges: Array<{ node: { name: string, roles: { edges: Array<{ node: { title: string } }> }, statements: { edges: Array<{ node: { text: string } }> } } }> } } }> } };

export type WhoProvidesACapabilityQueryVariables = Exact<{
  capability?: string;
}>;


export type WhoProvidesACapabilityQuery = { commitments: { totalCount: number, edges: Array<{ node: { key: string, stage: CommitmentStage, pledgers: { edges: Array<{ node:
              | { __typename: 'Country', name: string }
              | { __typename: 'Organization', name: string }
              | { __typename: 'Person', name: string }
             }> }, capabilities: { edges: Array<{ node: { key: string, name: string } }> } } }> } };

export type WhoSaidQueryVariables = Exact<{
  words?: string;
}>;


export type WhoSaidQuery = { statements: { totalCount: number, edges: Array<{ node: { kind: StatementKind, text: string, speaker:
          | { __typename: 'Country', name: string }
          | { __typename: 'Organization', name: string }
          | { __typename: 'Person', name: string }
        , about: { edges: Array<{ node:
              | { __typename: 'Capability', key: string }
              | { __typename: 'Commitment', key: string }
              | { __typename: 'Condition', key: string }
              | { __typename: 'Country', key: string }
              | { __typename: 'Delegation', key: string }
              | { __typename: 'Domain', key: string }
              | { __typename: 'DomainLeadership', key: string }
              | { __typename: 'Event', key: string }
              | { __typename: 'OpenQuestion', key: string }
              | { __typename: 'Organization', key: string }
              | { __typename: 'Person', key: string }
              | { __typename: 'Position', key: string }
              | { __typename: 'Priority', key: string }
              | { __typename: 'Risk', key: string }
              | { __typename: 'Role', key: string }
              | { __typename: 'Statement', key: string }
             }> }, source: { key: string, publisher: string | null }, evidence: { edges: Array<{ node: { quote: string, start: number, end: number } }> } } }> } };

export type IngestSourceMutationVariables = Exact<{
  input: IngestSourceInput;
  idempotencyKey?: string | null | undefined;
}>;


export type IngestSourceMutation = { ingestSource: { auditEventId: string, replayed: boolean, nodesCreated: number, relationshipsCreated: number, source: { id: string, key: string, sha256: string }, facts: { edges: Array<{ node:
          | { __typename: 'Capability', id: string, key: string }
          | { __typename: 'Commitment', id: string, key: string }
          | { __typename: 'Condition', id: string, key: string }
          | { __typename: 'Country', id: string, key: string }
          | { __typename: 'Delegation', id: string, key: string }
          | { __typename: 'Domain', id: string, key: string }
          | { __typename: 'DomainLeadership', id: string, key: string }
          | { __typename: 'Event', id: string, key: string }
          | { __typename: 'OpenQuestion', id: string, key: string }
          | { __typename: 'Organization', id: string, key: string }
          | { __typename: 'Person', id: string, key: string }
          | { __typename: 'Position', id: string, key: string }
          | { __typename: 'Priority', id: string, key: string }
          | { __typename: 'Risk', id: string, key: string }
          | { __typename: 'Role', id: string, key: string }
          | { __typename: 'Statement', id: string, key: string }
         }> } } };

export type AddStatementMutationVariables = Exact<{
  input: AddStatementInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AddStatementMutation = { addStatement: { auditEventId: string, replayed: boolean, statement: { id: string, key: string, kind: StatementKind, text: string, speaker:
        | { __typename: 'Country', key: string }
        | { __typename: 'Organization', key: string }
        | { __typename: 'Person', key: string }
      , about: { edges: Array<{ node:
            | { __typename: 'Capability', key: string }
            | { __typename: 'Commitment', key: string }
            | { __typename: 'Condition', key: string }
            | { __typename: 'Country', key: string }
            | { __typename: 'Delegation', key: string }
            | { __typename: 'Domain', key: string }
            | { __typename: 'DomainLeadership', key: string }
            | { __typename: 'Event', key: string }
            | { __typename: 'OpenQuestion', key: string }
            | { __typename: 'Organization', key: string }
            | { __typename: 'Person', key: string }
            | { __typename: 'Position', key: string }
            | { __typename: 'Priority', key: string }
            | { __typename: 'Risk', key: string }
            | { __typename: 'Role', key: string }
            | { __typename: 'Statement', key: string }
           }> }, evidence: { edges: Array<{ node: { key: string, quote: string } }> } } } };

export type AddCommitmentMutationVariables = Exact<{
  input: AddCommitmentInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AddCommitmentMutation = { addCommitment: { auditEventId: string, replayed: boolean, commitment: { id: string, key: string, summary: string, stage: CommitmentStage, bindingness: Bindingness, pledgersDisclosed: boolean, pledgers: { edges: Array<{ node:
            | { __typename: 'Country', key: string }
            | { __typename: 'Organization', key: string }
            | { __typename: 'Person', key: string }
           }> }, beneficiary: { key: string } | null, capabilities: { edges: Array<{ node: { key: string } }> }, domains: { edges: Array<{ node: { key: string } }> }, conditions: { edges: Array<{ node: { key: string } }> }, evidence: { edges: Array<{ node: { key: string, quote: string } }> } } } };

export type AmendCommitmentMutationVariables = Exact<{
  input: AmendCommitmentInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AmendCommitmentMutation = { amendCommitment: { auditEventId: string, replayed: boolean, commitment: { id: string, key: string, summary: string, stage: CommitmentStage, bindingness: Bindingness, pledgersDisclosed: boolean, pledgers: { edges: Array<{ node:
            | { __typename: 'Country', key: string }
            | { __typename: 'Organization', key: string }
            | { __typename: 'Person', key: string }
           }> }, beneficiary: { key: string } | null, capabilities: { edges: Array<{ node: { key: string } }> }, domains: { edges: Array<{ node: { key: string } }> }, conditions: { edges: Array<{ node: { key: string } }> }, evidence: { edges: Array<{ node: { key: string, quote: string } }> } } } };

export type RecordCommitmentStageMutationVariables = Exact<{
  input: RecordCommitmentStageInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordCommitmentStageMutation = { recordCommitmentStage: { auditEventId: string, replayed: boolean, stageChange: { key: string, stage: CommitmentStage, asOf: string, recordedBy: string, evidence: { edges: Array<{ node: { key: string, quote: string } }> } }, commitment: { key: string, stage: CommitmentStage, initialStage: CommitmentStage, stageConflict: boolean } } };

export type AttachEvidenceMutationVariables = Exact<{
  input: AttachEvidenceInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AttachEvidenceMutation = { attachEvidence: { auditEventId: string, replayed: boolean, fact:
      | { __typename: 'Capability', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Commitment', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Condition', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Country', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Delegation', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Domain', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'DomainLeadership', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Event', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'OpenQuestion', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Organization', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Person', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Position', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Priority', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Risk', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Role', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
      | { __typename: 'Statement', key: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } }
     } };

export type DiscloseDomainLeadsMutationVariables = Exact<{
  input: DiscloseDomainLeadsInput;
  idempotencyKey?: string | null | undefined;
}>;


export type DiscloseDomainLeadsMutation = { discloseDomainLeads: { auditEventId: string, replayed: boolean, leadership: { key: string, disclosed: boolean, determined: boolean, leads: { edges: Array<{ node:
            | { __typename: 'Country', key: string }
            | { __typename: 'Organization', key: string }
            | { __typename: 'Person', key: string }
           }> }, evidence: { edges: Array<{ node: { key: string, quote: string } }> } } } };

export type CommitmentStageHistoryQueryVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
}>;


export type CommitmentStageHistoryQuery = { commitments: { edges: Array<{ node: { key: string, stage: CommitmentStage, initialStage: CommitmentStage, stageConflict: boolean, stageHistory: { edges: Array<{ node: { key: string, stage: CommitmentStage, asOf: string, recordedAt: string, recordedBy: string, evidence: { edges: Array<{ node: { key: string, quote: string, source: { key: string } } }> } } }> } } }> } };

export type CommitmentDetailsFragment = { id: string, key: string, summary: string, stage: CommitmentStage, bindingness: Bindingness, pledgersDisclosed: boolean, pledgers: { edges: Array<{ node:
        | { __typename: 'Country', key: string }
        | { __typename: 'Organization', key: string }
        | { __typename: 'Person', key: string }
       }> }, beneficiary: { key: string } | null, capabilities: { edges: Array<{ node: { key: string } }> }, domains: { edges: Array<{ node: { key: string } }> }, conditions: { edges: Array<{ node: { key: string } }> }, evidence: { edges: Array<{ node: { key: string, quote: string } }> } };

export type CurationAuditTrailQueryVariables = Exact<{
  operation?: string | null | undefined;
  touching?: string | number | null | undefined;
}>;


export type CurationAuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, at: string, operation: string, keyId: string, summary: string, touched: { edges: Array<{ node:
              | { __typename: 'Capability', id: string }
              | { __typename: 'Claim', id: string }
              | { __typename: 'Commitment', id: string }
              | { __typename: 'Condition', id: string }
              | { __typename: 'Country', id: string }
              | { __typename: 'Delegation', id: string }
              | { __typename: 'Domain', id: string }
              | { __typename: 'DomainLeadership', id: string }
              | { __typename: 'Event', id: string }
              | { __typename: 'Evidence', id: string }
              | { __typename: 'OpenQuestion', id: string }
              | { __typename: 'Organization', id: string }
              | { __typename: 'Person', id: string }
              | { __typename: 'Position', id: string }
              | { __typename: 'Priority', id: string }
              | { __typename: 'Risk', id: string }
              | { __typename: 'Role', id: string }
              | { __typename: 'Source', id: string }
              | { __typename: 'Statement', id: string }
             }> } } }> } };

export const CommitmentDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"bindingness"}},{"kind":"Field","name":{"kind":"Name","value":"pledgersDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"pledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentDetailsFragment, unknown>;
export const CommitmentStageRecordedDocument = {"__meta__":{"hash":"sha256:8d7f89652d435cd5ddeb08a256600b02b364e1638de3c9120d484c0bf0ddd142"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommitmentStageRecorded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentStageRecorded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commitment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Commitment"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentStageRecordedSubscription, CommitmentStageRecordedSubscriptionVariables>;
export const HowManyCommitmentsForUkraineDocument = {"__meta__":{"hash":"sha256:c8f57bd02831e3c17b3f4a9cd4500640c95a7a951a86318dcb49c01ed22122f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HowManyCommitmentsForUkraine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentFilter"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"beneficiary"},"value":{"kind":"StringValue","value":"UA","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCondition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<HowManyCommitmentsForUkraineQuery, HowManyCommitmentsForUkraineQueryVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:934ad4f2303f443a23ca8f873c86bb630fa1d13bf0453f808a0588a609a14e8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:ec194ebf0107d346bd1ce9eefc61001a7d6f49a2d82ca48d025665f16d486e0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedText"}},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const WhatAreTheFivePrioritiesDocument = {"__meta__":{"hash":"sha256:e871e70f480d28a83be2263252c94b33217aa5ce33868ec421e60e28bb452e72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatAreTheFivePriorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatAreTheFivePrioritiesQuery, WhatAreTheFivePrioritiesQueryVariables>;
export const WhatDidTheUnitedKingdomPledgeDocument = {"__meta__":{"hash":"sha256:50897cf1babcea1a712be1cba5620752a02b4bd8cd0a849db5511e0edb9c8b94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatDidTheUnitedKingdomPledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"GB","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"bindingness"}},{"kind":"Field","name":{"kind":"Name","value":"pledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatDidTheUnitedKingdomPledgeQuery, WhatDidTheUnitedKingdomPledgeQueryVariables>;
export const WhatIsStillOpenDocument = {"__meta__":{"hash":"sha256:16992ad262d54990c77da86a4c63b56bf918580ee1a20db2e153e9a72b0e236d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIsStillOpen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatIsStillOpenQuery, WhatIsStillOpenQueryVariables>;
export const WhatWouldACeasefireUnlockDocument = {"__meta__":{"hash":"sha256:b1a0df9e31325dfd0d07c90f87648181e15ab379a469a9b860ffa96275fd21ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatWouldACeasefireUnlock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CEASEFIRE_OR_SETTLEMENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainLeadership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatWouldACeasefireUnlockQuery, WhatWouldACeasefireUnlockQueryVariables>;
export const WhichCommitmentsAreLeastFarAlongDocument = {"__meta__":{"hash":"sha256:d02fa98410ffc165daa9fcde4abfe33963c1cc503a2ff570a045636d9cf3501e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhichCommitmentsAreLeastFarAlong"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentOrder"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STAGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"bindingness"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WhichCommitmentsAreLeastFarAlongQuery, WhichCommitmentsAreLeastFarAlongQueryVariables>;
export const WhichNationsLeadWhichDomainDocument = {"__meta__":{"hash":"sha256:3ab4cceab76d95bf411405020ff1de9a3e28ffa58458fbd5f6be1076cdc07a92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhichNationsLeadWhichDomain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leadership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosed"}},{"kind":"Field","name":{"kind":"Name","value":"determined"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhichNationsLeadWhichDomainQuery, WhichNationsLeadWhichDomainQueryVariables>;
export const WhichWordsSupportALinkDocument = {"__meta__":{"hash":"sha256:278ecfca3b4a8d1c18b49c94cf8c8101125744246c57a2dc4ad3b0727b6d6193"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhichWordsSupportALink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pledger"},"value":{"kind":"StringValue","value":"GB","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"pledgers","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhichWordsSupportALinkQuery, WhichWordsSupportALinkQueryVariables>;
export const WhoAttendedDocument = {"__meta__":{"hash":"sha256:4452f30c77b1c2ac1db92a5f6581baedb1c135e91a27e21759fefd697173f09b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAttended"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Paris","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"headsOfStateAndGovernmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"countedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"delegatesDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"unnamedDelegates"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoAttendedQuery, WhoAttendedQueryVariables>;
export const CountryLeadersAndStatementsDocument = {"__meta__":{"hash":"sha256:7fa0b25ae08a25ccd90c253a00a48c609fd7f4d38983ac648256da733836bb63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryLeadersAndStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"officeHolders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryLeadersAndStatementsQuery, CountryLeadersAndStatementsQueryVariables>;
export const WhoProvidesACapabilityDocument = {"__meta__":{"hash":"sha256:abffaf065f2c407aaa4a04178b963f06d44f1876dde9bc2f6fa4a5832ddd48ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoProvidesACapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capability"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"military centers","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"capability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capability"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"pledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoProvidesACapabilityQuery, WhoProvidesACapabilityQueryVariables>;
export const WhoSaidDocument = {"__meta__":{"hash":"sha256:e440753958cdb8f0a55b5c008bf3d0838407add1ae61ca32a95b4fd0c8dac09b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoSaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"words"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"significant step","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"words"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoSaidQuery, WhoSaidQueryVariables>;
export const IngestSourceDocument = {"__meta__":{"hash":"sha256:b30b6d770844929986fcb9ea8144d8e2f12fa0f27cd3d022c5a4b9b7661d9576"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestSourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"nodesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IngestSourceMutation, IngestSourceMutationVariables>;
export const AddStatementDocument = {"__meta__":{"hash":"sha256:0574da5b32b36471c33c8e2a7ac9388062189b825fa22cbbc20c2c10a939ecd9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStatementInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddStatementMutation, AddStatementMutationVariables>;
export const AddCommitmentDocument = {"__meta__":{"hash":"sha256:0714bdbf60d71b482d741e856817835055a0f1300e6325eaa966ada162423b0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommitmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"bindingness"}},{"kind":"Field","name":{"kind":"Name","value":"pledgersDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"pledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCommitmentMutation, AddCommitmentMutationVariables>;
export const AmendCommitmentDocument = {"__meta__":{"hash":"sha256:bc39c8da4242ba4389109cd6c9ffb47184ef162674c66b4ca212851a61e83fcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendCommitmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"bindingness"}},{"kind":"Field","name":{"kind":"Name","value":"pledgersDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"pledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmendCommitmentMutation, AmendCommitmentMutationVariables>;
export const RecordCommitmentStageDocument = {"__meta__":{"hash":"sha256:53ad44a36661fe3e3f02b3414811ae47b7823ce533e92acaf55af8d2c8d6834c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitmentStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommitmentStageInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommitmentStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"stageChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"initialStage"}},{"kind":"Field","name":{"kind":"Name","value":"stageConflict"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCommitmentStageMutation, RecordCommitmentStageMutationVariables>;
export const AttachEvidenceDocument = {"__meta__":{"hash":"sha256:a1e0903386f5f408d2e7024f4b61a852ce0f7a7dda18d5f2cefefda9137209f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachEvidenceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttachEvidenceMutation, AttachEvidenceMutationVariables>;
export const DiscloseDomainLeadsDocument = {"__meta__":{"hash":"sha256:14f897d8a7aa4469a9560c9bf01ce77f296f020a72a5be660a42c5349c183d8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscloseDomainLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscloseDomainLeadsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discloseDomainLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"leadership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"disclosed"}},{"kind":"Field","name":{"kind":"Name","value":"determined"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiscloseDomainLeadsMutation, DiscloseDomainLeadsMutationVariables>;
export const CommitmentStageHistoryDocument = {"__meta__":{"hash":"sha256:d05ba7592567d69c9cd7b4cf24099156f8ec50abd486b732c6162b8794dffa95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentStageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"initialStage"}},{"kind":"Field","name":{"kind":"Name","value":"stageConflict"}},{"kind":"Field","name":{"kind":"Name","value":"stageHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentStageHistoryQuery, CommitmentStageHistoryQueryVariables>;
export const CurationAuditTrailDocument = {"__meta__":{"hash":"sha256:9fb2f01c599f6339a3d60fe4b52b78a6dae54f61d024bfe536337c5480fa2344"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurationAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touching"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"touching"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touching"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"touched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CurationAuditTrailQuery, CurationAuditTrailQueryVariables>;