import type { BINDINGNESS, COMMITMENT_STAGES, STATEMENT_KINDS } from '../../model/enums';

/**
 * What each curation use case takes: the shapes of the GraphQL inputs of the same names
 * (src/graphql/schema/curation.graphql), owned here so the write layer needs nothing of the
 * GraphQL layer; the resolvers pass their generated input types in, which TypeScript checks
 * against these. Ids are the API's node ids.
 */
export interface EvidenceInput {
  source: string;
  start: number;
  end: number;
  quote: string;
}

type Ids = readonly string[] | null;

export interface AddStatementInput {
  key: string;
  kind: (typeof STATEMENT_KINDS)[number];
  speaker: string;
  event?: string | null;
  text: string;
  about?: Ids;
  evidence: readonly EvidenceInput[];
}

export interface AddCommitmentInput {
  key: string;
  summary: string;
  stage: (typeof COMMITMENT_STAGES)[number];
  bindingness: (typeof BINDINGNESS)[number];
  pledgers?: Ids;
  beneficiary?: string | null;
  capabilities?: Ids;
  conditions?: Ids;
  domains?: Ids;
  event?: string | null;
  evidence: readonly EvidenceInput[];
}

export interface AmendCommitmentInput {
  commitment: string;
  addPledgers?: Ids;
  addCapabilities?: Ids;
  addConditions?: Ids;
  addDomains?: Ids;
  evidence: readonly EvidenceInput[];
}

export interface AttachEvidenceInput {
  fact: string;
  evidence: readonly EvidenceInput[];
}

export interface DiscloseDomainLeadsInput {
  leadership: string;
  leads: readonly string[];
  evidence: readonly EvidenceInput[];
}

export interface IngestSourceInput {
  text: string;
  facts: string;
}

export interface RecordCommitmentStageInput {
  commitment: string;
  stage: (typeof COMMITMENT_STAGES)[number];
  asOf: string;
  evidence: readonly EvidenceInput[];
}
