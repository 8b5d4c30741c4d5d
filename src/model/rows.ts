/**
 * The rows repositories return: a node's stored properties (as the model declares them, graph.ts)
 * plus `label`, its node label, which is also its GraphQL type name. Resolver mappers (codegen.ts)
 * are these types.
 */
import type { COMMITMENT_STAGES } from './enums';
import type { FactLabel, NODE_TYPES, NodeLabel } from './graph';

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

type Properties<L extends NodeLabel> = (typeof NODE_TYPES)[L]['properties'];
type ValueOf<P> = P extends { kind: 'string' }
  ? string
  : P extends { kind: 'int' }
    ? number
    : P extends { kind: 'boolean' }
      ? boolean
      : P extends { kind: 'enum'; values: readonly (infer V)[] }
        ? V
        : never;
type Required<L extends NodeLabel> = {
  [K in keyof Properties<L> as Properties<L>[K] extends { nullable: true } ? never : K]: ValueOf<Properties<L>[K]>;
};
type Nullable<L extends NodeLabel> = {
  [K in keyof Properties<L> as Properties<L>[K] extends { nullable: true } ? K : never]?: ValueOf<Properties<L>[K]> | null;
};
type Flat<T> = { [K in keyof T]: T[K] };

/** The row of a label: its key, label and the properties the model declares (nullable ones may be absent). */
export type ModelRow<L extends NodeLabel> = Flat<Row<L> & Required<L> & Nullable<L>>;

export type SourceRow = Flat<
  ModelRow<'Source'> & {
    /** Never in a row: a source's full text is loaded only when asked for (`Loaders.sourceText`). */
    text?: never;
  }
>;
export type EvidenceRow = Flat<
  ModelRow<'Evidence'> & {
    /** The quoted source, when read with the evidence. */
    source?: SourceRow;
  }
>;
export type CountryRow = ModelRow<'Country'>;
export type OrganizationRow = ModelRow<'Organization'>;
export type PersonRow = ModelRow<'Person'>;
export type RoleRow = ModelRow<'Role'>;
export type EventRow = ModelRow<'Event'>;
export type StatementRow = ModelRow<'Statement'>;
export type CommitmentRow = Flat<
  ModelRow<'Commitment'> & {
    /** The stage of the latest recorded StageChange (curation); absent while none was recorded. */
    currentStage?: (typeof COMMITMENT_STAGES)[number];
  }
>;
export type CapabilityRow = ModelRow<'Capability'>;
export type DomainRow = ModelRow<'Domain'>;
export type DomainLeadershipRow = ModelRow<'DomainLeadership'>;
export type PriorityRow = ModelRow<'Priority'>;
export type ConditionRow = ModelRow<'Condition'>;
export type PositionRow = ModelRow<'Position'>;
export type OpenQuestionRow = ModelRow<'OpenQuestion'>;
export type RiskRow = ModelRow<'Risk'>;

/** Rows whose type adds to what the model declares. */
interface SpecialRows {
  Source: SourceRow;
  Evidence: EvidenceRow;
  Commitment: CommitmentRow;
}
/** The row type of each label. */
export type RowOf<L extends NodeLabel> = L extends keyof SpecialRows ? SpecialRows[L] : ModelRow<L>;

export type ActorRow = CountryRow | OrganizationRow | PersonRow;
export type FactRow = { [L in FactLabel]: RowOf<L> }[FactLabel];
export type NodeRow = { [L in NodeLabel]: RowOf<L> }[NodeLabel];

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

/** A full-text match: the fact (or evidence) that matched, the text that matched, which of its texts that is, and Lucene's score. */
export interface SearchHitRow {
  node: FactRow | EvidenceRow;
  matchedText: string;
  matchedField: 'TEXT' | 'SUMMARY' | 'QUOTE' | 'NAME' | 'TITLE' | 'DESCRIPTION' | 'STANCE' | 'QUESTION' | 'SPEAKER_NAME';
  score: number;
}
