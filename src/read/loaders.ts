import DataLoader from 'dataloader';
import type { PageOf } from './pagination';
import type { Repositories } from '../graphql/repositories.ts';
import type { NodeLabel } from '../write/ingest-repository';
import type { RelationOptions } from './read-along';
import type { RelationRequest } from './relation-repository';
import type { TraversalName } from './traversals';
import type { NodeRow, RowOf, StageChangeRow } from '../model/rows';

/** DataLoaders for one request: every key asked for in one tick of execution costs one query. */
export interface Loaders {
  /** Nodes of a label by key. */
  node<L extends NodeLabel>(label: L, along?: RelationOptions): DataLoader<string, RowOf<L> | null>;
  /** The stage changes of commitments, by commitment key, newest first. */
  stageHistory: DataLoader<string, StageChangeRow[]>;
  /** The full text of sources, by key. */
  sourceText: DataLoader<string, string | null>;
  /** The nodes a traversal reaches from a node, all of them or a window; with what is read along with them. */
  related(name: TraversalName, options?: RelationOptions): DataLoader<RelationRequest, PageOf<NodeRow>, string>;
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
  const node = memoize((variant: string) => {
    const { label, along } = JSON.parse(variant) as { label: NodeLabel; along: RelationOptions };
    return new DataLoader((keys: readonly string[]) => repositories.nodes.byKeys(label, keys, along));
  });
  const related = memoize(
    (variant: string) =>
      new DataLoader(
        (requests: readonly RelationRequest[]) => {
          const { name, options } = JSON.parse(variant) as { name: TraversalName; options: RelationOptions };
          return repositories.relations.related(name, requests, options);
        },
        { cacheKeyFn: ({ key, offset, first }) => `${key}|${offset}|${first ?? ''}` },
      ),
  );
  return {
    node: ((label: NodeLabel, along: RelationOptions = {}) => node(JSON.stringify({ label, along }))) as Loaders['node'],
    stageHistory: new DataLoader((keys: readonly string[]) => repositories.curation.stageHistories(keys)),
    sourceText: new DataLoader((keys: readonly string[]) => repositories.nodes.sourceTexts(keys)),
    related: (name, { inline = [] } = {}) => related(JSON.stringify({ name, options: { inline } })),
  };
}
