import DataLoader from 'dataloader';
import type { PageOf } from './pagination';
import type { Repositories } from './repositories';
import type { FactLabel, NodeLabel } from './repositories/ingest-repository';
import type { RelationRequest, TraversalName } from './repositories/relation-repository';
import type { EvidenceRow, NodeRow, RowOf } from './repositories/rows';

/** DataLoaders for one request: every key asked for in one tick of execution costs one query. */
export interface Loaders {
  /** Nodes of a label by key. */
  node<L extends NodeLabel>(label: L): DataLoader<string, RowOf<L> | null>;
  /** The evidence of facts of a label, by key. */
  evidence(label: FactLabel): DataLoader<string, EvidenceRow[]>;
  /** The nodes a traversal reaches from a node, all of them or a window. */
  related(name: TraversalName): DataLoader<RelationRequest, PageOf<NodeRow>, string>;
}

function memoize<K, V>(create: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = create(key);
      made.set(key, value);
    }
    return value;
  };
}

export function createLoaders(repositories: Repositories): Loaders {
  const node = memoize((label: NodeLabel) => new DataLoader((keys: readonly string[]) => repositories.nodes.byKeys(label, keys)));
  const evidence = memoize((label: FactLabel) => new DataLoader((keys: readonly string[]) => repositories.nodes.evidenceOf(label, keys)));
  const related = memoize(
    (name: TraversalName) =>
      new DataLoader((requests: readonly RelationRequest[]) => repositories.relations.related(name, requests), {
        cacheKeyFn: ({ key, offset, first }) => `${key}|${offset}|${first ?? ''}`,
      }),
  );
  return {
    node: node as Loaders['node'],
    evidence,
    related,
  };
}
