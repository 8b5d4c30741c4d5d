/**
 * Counts of a filtered list grouped by the dimensions users slice it by (`commitmentFacets`,
 * `statementFacets`): each dimension is a property of the counted node, a property of the nodes a
 * model traversal reaches, or those nodes themselves. Fixed here, compiled by compile.ts.
 */
import type { NodeRow } from '../model/rows';
import type { ReadPlan } from './plan';
import type { TraversalName } from './traversals';

export type Dimension =
  /** A stored property of the counted node; `shown` when the field shows another value (a commitment's current stage). */
  | { property: string; shown?: (node: string) => string }
  /** A property of the nodes a traversal reaches (e.g. the kind of a commitment's conditions). */
  | { traversal: TraversalName; property: string }
  /** The nodes a traversal reaches, each with how many counted nodes reach it. */
  | { traversal: TraversalName; nodes: true };

export const FACETS = {
  Commitment: {
    byStage: {
      property: 'stage',
      shown: (node: string) => `coalesce(${node}.currentStage, ${node}.stage)`,
    },
    byBindingness: { property: 'bindingness' },
    byConditionKind: { traversal: 'Commitment.conditions', property: 'kind' },
    byDomain: { traversal: 'Commitment.domains', nodes: true },
    byPledger: { traversal: 'Commitment.pledgers', nodes: true },
    byCondition: { traversal: 'Commitment.conditions', nodes: true },
    byCapability: { traversal: 'Commitment.capabilities', nodes: true },
  },
  Statement: {
    byKind: { property: 'kind' },
    bySpeaker: { traversal: 'Statement.speaker', nodes: true },
    byEvent: { traversal: 'Statement.event', nodes: true },
  },
} as const satisfies Record<string, Record<string, Dimension>>;

export type CountedLabel = keyof typeof FACETS;

/** One facet a request asks for, under its response name: node facets with their `first` and what is read of the nodes. */
export interface FacetRead {
  as: string;
  dimension: string;
  first?: number;
  plan?: ReadPlan;
}

/** One group: a value (an enum's) or a node, and how many of the counted nodes fall in it. */
export type FacetGroupRow = { value: string; count: number } | { node: NodeRow; count: number };

/** What a facets query returns: the size of the filtered set, and each facet's groups by response name. */
export interface FacetsRow {
  total: number;
  groups: Record<string, FacetGroupRow[]>;
}
