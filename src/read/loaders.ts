import DataLoader from 'dataloader';
import type { FactLabel, NodeLabel } from '../model/graph';
import type { NodeRow, RowOf, StageChangeRow } from '../model/rows';
import type { NodeRepository } from './node-repository';
import type { ReadPlan, Walk } from './plan';
import type { Reached, RelationRepository } from './relation-repository';
import type { ClaimRepository, ClaimRow, ClaimsRead } from './claim-repository';
import type { PageOf } from './pagination';

/** The reads loaders batch (the request's repositories). */
export interface LoaderSources {
  nodes: Pick<NodeRepository, 'byKeys' | 'sourceTexts'>;
  relations: RelationRepository;
  curation: { stageHistories(keys: readonly string[]): Promise<StageChangeRow[][]> };
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
  /** What a walk reaches from nodes, by the nodes' keys: the fall-back when their parents weren't read with it. */
  walk(walk: Walk): DataLoader<string, Reached>;
  /** A window of the claims of facts of a label, by the facts' keys, each claim read with what `plan` asks. */
  claims(label: FactLabel, read: ClaimsRead, plan: ReadPlan): DataLoader<string, PageOf<ClaimRow>>;
  /** Rows read along (or by a walk) with `plan`: the node loaders hold them as if they had loaded them. */
  prime(rows: readonly NodeRow[], plan: ReadPlan): void;
  /** After a write: every loader forgets what it read, so later fields read afresh. */
  clearAll(): void;
}

function memoize<V>(create: (variant: string) => V): { get: (variant: string) => V; all: () => Iterable<V> } {
  const made = new Map<string, V>();
  return {
    get: (variant) => {
      let value = made.get(variant);
      if (value === undefined) {
        value = create(variant);
        made.set(variant, value);
      }
      return value;
    },
    all: () => made.values(),
  };
}

export function createLoaders(repositories: LoaderSources): Loaders {
  const nodes = memoize((key) => {
    const space = key.indexOf(' ');
    const label = (space < 0 ? key : key.slice(0, space)) as NodeLabel;
    const plan = space < 0 ? undefined : (JSON.parse(key.slice(space + 1)) as ReadPlan);
    return new DataLoader<string, NodeRow | null>((keys) => repositories.nodes.byKeys(label, keys, plan));
  });
  const walks = memoize((variant) => {
    const walk = JSON.parse(variant) as Walk;
    return new DataLoader<string, Reached>(async (keys) => {
      const reached = await repositories.relations.related(walk, keys);
      for (const read of reached) prime(Array.isArray(read) ? read : read.rows, walk.plan);
      return reached;
    });
  });
  const claims = memoize((variant) => {
    const { label, read, plan } = JSON.parse(variant) as { label: FactLabel; read: ClaimsRead; plan: ReadPlan };
    return new DataLoader<string, PageOf<ClaimRow>>(async (keys) => {
      const pages = await repositories.claims.claimsOf(label, keys, read, plan);
      for (const page of pages) prime(page.rows, plan);
      return pages;
    });
  });
  const planned = new WeakMap<ReadPlan, string>();
  const variant = (plan: ReadPlan) => planned.get(plan) ?? planned.set(plan, JSON.stringify(plan)).get(plan)!;
  const node = (label: NodeLabel, plan?: ReadPlan) => nodes.get(plan ? `${label} ${variant(plan)}` : label);
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
  return {
    node: node as Loaders['node'],
    stageHistory,
    sourceText,
    walk: (walk) => walks.get(JSON.stringify(walk)),
    claims: (label, read, plan) => claims.get(JSON.stringify({ label, read, plan })),
    prime,
    clearAll: () => {
      for (const loader of [...nodes.all(), ...walks.all(), ...claims.all(), stageHistory, sourceText]) loader.clearAll();
    },
  };
}
