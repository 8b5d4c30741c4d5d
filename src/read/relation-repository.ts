import type { GraphClient } from '../neo4j/client';
import type { NodeRow, ReadPage } from '../model/rows';
import { walkQuery } from './compile';
import type { Walk } from './plan';

/** What one walk reaches from a node: a window of a connection (`ReadPage`) or all of it (a list). */
export type Reached = NodeRow[] | ReadPage;

export interface RelationRepository {
  /** For each key, in order: what `walk` reaches from the node of that key (nothing for a missing node). */
  related(walk: Walk, keys: readonly string[]): Promise<Reached[]>;
}

export function createRelationRepository(graph: GraphClient): RelationRepository {
  return {
    async related(walk, keys) {
      const { query, params } = walkQuery(walk, keys);
      const results = await graph.read<{ key: string; read: Reached }>(query, params);
      const byKey = new Map(results.map(({ key, read }) => [key, read]));
      return keys.map((key) => byKey.get(key) ?? (walk.page ? { total: 0, rows: [] } : []));
    },
  };
}
