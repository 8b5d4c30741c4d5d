import DataLoader from 'dataloader';
import type { FactLabel, NodeLabel } from '../model/graph';
import type { NodeRow, RowOf, StageChangeRow } from '../model/rows';
import type { NodeRepository } from './node-repository';
import type { ReadPlan, Walk } from './plan';
import type { Reached, RelationRepository } from './relation-repository';
import { coverageOf, type SourceCoverageRow } from './coverage';
import type { SourcePropertyEvidence, SourceRepository } from './source-repository';
import type { ClaimRepository, ClaimRow, ClaimsRead } from './claim-repository';
import type { PageOf } from './pagination';

/** The reads loaders batch (the request's repositories). */
export interface LoaderSources {
  nodes: Pick<NodeRepository, 'byKeys' | 'sourceTexts'>;
  relations: RelationRepository;
  curation: { stageHistories(keys: readonly string[]): Promise<StageChangeRow[][]> };
  sources: SourceRepository;
  claims: Pick<ClaimRepository, 'claimsOf'>;
}

/** DataLoaders for one request: every key asked for in one tick of execution costs one query. */
export interface Loaders {
  /** Nodes of a label by key, each read with what `plan` asks (whole, without it). */
  node<L extends NodeLabel>(label: L, plan?: ReadPlan): DataLoader<string, RowOf<L> | null>;
  /** The stage changes of commitments, by commitment key, newest first. */
  stageHistory: DataLoader<string, StageChangeRow[]>;
  /** The full text of sources, by key. */
  sourceText: DataLoader<string, string | null>;
  /** The evidence of sources' own properties (publisher, dateline …), by source key. */
  sourcePropertyEvidence: DataLoader<string, SourcePropertyEvidence>;
  /** What sources' cited evidence covers of their text, by source key; null for a missing source. */
  sourceCoverage: DataLoader<string, SourceCoverageRow | null>;
  /** What a walk reaches from nodes, by the nodes' keys: the fall-back when their parents weren't read with it. */
  walk(walk: Walk): DataLoader<string, Reached>;
  /** A window of the claims of facts of a label, by the facts' keys, each claim read with what `plan` asks. */
  claims(label: FactLabel, read: ClaimsRead, plan: ReadPlan): DataLoader<string, PageOf<ClaimRow>>;
  /** Rows read along (or by a walk) with `plan`: the node loaders hold them as if they had loaded them. */
  prime(rows: readonly NodeRow[], plan: ReadPlan): void;
  /** After a write: every loader forgets what it read, so later fields read afresh. */
  clearAll(): void;
}

/**
 * One value per variant (a plan or walk as JSON: equal ones share a loader), made from the first
 * arguments seen for it: the plan or walk object itself, so a plan from the plan cache stays that same
 * object down to the compiled-Cypher cache (cypher-cache.ts), which knows it by identity.
 */
function memoize<A extends unknown[], V>(create: (...args: A) => V): { get: (variant: string, ...args: A) => V; all: () => Iterable<V> } {
  const made = new Map<string, V>();
  return {
    get: (variant, ...args) => {
      let value = made.get(variant);
      if (value === undefined) {
        value = create(...args);
        made.set(variant, value);
      }
      return value;
    },
    all: () => made.values(),
  };
}

/**
 * A plan or walk as JSON, made once per object: the plan cache hands out the same object for the
 * same field, operation and variables request after request, and nothing changes one once made.
 */
const variants = new WeakMap<ReadPlan | Walk, string>();
function variantOf(shape: ReadPlan | Walk): string {
  let variant = variants.get(shape);
  if (variant === undefined) variants.set(shape, (variant = JSON.stringify(shape)));
  return variant;
}

export function createLoaders(repositories: LoaderSources): Loaders {
  const nodes = memoize((label: NodeLabel, plan?: ReadPlan) => new DataLoader<string, NodeRow | null>((keys) => repositories.nodes.byKeys(label, keys, plan)));
  const walks = memoize(
    (walk: Walk) =>
      new DataLoader<string, Reached>(async (keys) => {
        const reached = await repositories.relations.related(walk, keys);
        for (const read of reached) prime(Array.isArray(read) ? read : read.rows, walk.plan);
        return reached;
      }),
  );
  const claims = memoize((label: FactLabel, read: ClaimsRead, plan: ReadPlan) => {
    return new DataLoader<string, PageOf<ClaimRow>>(async (keys) => {
      const pages = await repositories.claims.claimsOf(label, keys, read, plan);
      for (const page of pages) prime(page.rows, plan);
      return pages;
    });
  });
  const node = (label: NodeLabel, plan?: ReadPlan) => nodes.get(plan ? `${label} ${variantOf(plan)}` : label, label, plan);
  const prime = (rows: readonly NodeRow[], plan: ReadPlan) => {
    for (const row of rows) {
      node(row.label, plan).prime(row.key, row);
      // A row read whole, with nothing along, is what loading the node alone reads.
      const whole = (plan.labels.length !== 1 || plan.properties === undefined) && plan.along.length === 0;
      if (whole) node(row.label).prime(row.key, row);
    }
  };
  const stageHistory = new DataLoader((keys: readonly string[]) => repositories.curation.stageHistories(keys));
  const sourceText = new DataLoader((keys: readonly string[]) => repositories.nodes.sourceTexts(keys));
  const sourcePropertyEvidence = new DataLoader((keys: readonly string[]) => repositories.sources.propertyEvidence(keys));
  const sourceCoverage = new DataLoader(async (keys: readonly string[]) =>
    (await repositories.sources.citedSpans(keys)).map((read) => read && coverageOf(read.text, read.spans)),
  );
  return {
    node: node as Loaders['node'],
    stageHistory,
    sourceText,
    sourcePropertyEvidence,
    sourceCoverage,
    walk: (walk) => walks.get(variantOf(walk), walk),
    claims: (label, read, plan) => claims.get(`${label} ${JSON.stringify(read)} ${variantOf(plan)}`, label, read, plan),
    prime,
    clearAll: () => {
      for (const loader of [...nodes.all(), ...walks.all(), ...claims.all(), stageHistory, sourceText, sourcePropertyEvidence, sourceCoverage])
        loader.clearAll();
    },
  };
}
