/**
 * The rows repositories return: a node's stored properties plus `label`, its node label, which
 * is also its GraphQL type name. Resolver mappers (codegen.ts) are these types.
 */
import type { NodeLabel } from '../write/ingest-repository';
import type {
  BINDINGNESS,
  COMMITMENT_STAGES,
  CONDITION_KINDS,
  ORGANIZATION_KINDS,
  STATEMENT_KINDS,
} from '../write/seed/format';

/** A connection's page read along with its parent node; `total` is null when it wasn't counted. */
export interface ReadPage {
  total: number | null;
  rows: NodeRow[];
}

interface Row<L extends NodeLabel> {
  label: L;
  key: string;
  /** Nodes reached from this one, by the field that walks them, when the query that read the row walked them too. */
  related?: Partial<Record<string, NodeRow[] | ReadPage>>;
}

export interface SourceRow extends Row<'Source'> {
  title?: string | null;
  publisher?: string | null;
  dateline?: string | null;
  /** Never in a row: a source's full text is loaded only when asked for (`Loaders.sourceText`). */
  text?: never;
  sha256: string;
}
export interface EvidenceRow extends Row<'Evidence'> {
  start: number;
  end: number;
  quote: string;
  sourceKey: string;
  /** The quoted source, when read with the evidence. */
  source?: SourceRow;
}
export interface CountryRow extends Row<'Country'> {
  name: string;
}
export interface OrganizationRow extends Row<'Organization'> {
  name: string;
  kind: (typeof ORGANIZATION_KINDS)[number];
}
export interface PersonRow extends Row<'Person'> {
  name: string;
}
export interface RoleRow extends Row<'Role'> {
  title: string;
}
export interface EventRow extends Row<'Event'> {
  name: string;
  place?: string | null;
  dateText?: string | null;
  participantCount?: number | null;
  headsOfStateAndGovernmentCount?: number | null;
  inPersonUsEnvoyCount?: number | null;
  namedUsEnvoysDisclosed?: boolean | null;
}
export interface StatementRow extends Row<'Statement'> {
  kind: (typeof STATEMENT_KINDS)[number];
  text: string;
}
export interface CommitmentRow extends Row<'Commitment'> {
  summary: string;
  stage: (typeof COMMITMENT_STAGES)[number];
  bindingness: (typeof BINDINGNESS)[number];
  pledgersDisclosed: boolean;
  beneficiaryDisclosed: boolean;
  /** The stage of the latest recorded StageChange (curation); absent while none was recorded. */
  currentStage?: (typeof COMMITMENT_STAGES)[number];
}
export interface CapabilityRow extends Row<'Capability'> {
  name: string;
}
export interface DomainRow extends Row<'Domain'> {
  name: string;
}
export interface DomainLeadershipRow extends Row<'DomainLeadership'> {
  determined: boolean;
  disclosed: boolean;
}
export interface PriorityRow extends Row<'Priority'> {
  order: number;
  title: string;
}
export interface ConditionRow extends Row<'Condition'> {
  kind: (typeof CONDITION_KINDS)[number];
  description: string;
}
export interface PositionRow extends Row<'Position'> {
  stance: string;
}
export interface OpenQuestionRow extends Row<'OpenQuestion'> {
  question: string;
}
export interface RiskRow extends Row<'Risk'> {
  description: string;
}

export type ActorRow = CountryRow | OrganizationRow | PersonRow;
export type FactRow =
  | ActorRow
  | RoleRow
  | EventRow
  | StatementRow
  | CommitmentRow
  | CapabilityRow
  | DomainRow
  | DomainLeadershipRow
  | PriorityRow
  | ConditionRow
  | PositionRow
  | OpenQuestionRow
  | RiskRow;
export type NodeRow = FactRow | SourceRow | EvidenceRow;

/** The row type of each label. */
export type RowOf<L extends NodeLabel> = Extract<NodeRow, { label: L }>;

/** A source's claim that a commitment reached a stage as of a date, with its evidence. */
export interface StageChangeRow {
  key: string;
  commitmentKey: string;
  stage: (typeof COMMITMENT_STAGES)[number];
  asOf: string;
  recordedAt: string;
  recordedBy: string;
  evidence: EvidenceRow[];
}

/** A full-text match: the node, the text that matched and Lucene's score. */
export interface SearchHitRow {
  node: StatementRow | CommitmentRow | EvidenceRow;
  matchedText: string;
  score: number;
}
