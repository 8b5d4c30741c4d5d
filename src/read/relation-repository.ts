import neo4j from 'neo4j-driver';
import type { GraphClient } from '../neo4j/client';
import type { PageOf } from './pagination';
import { label } from '../model/graph';
import { readAlongParams, readRow, type RelationOptions } from './read-along';
import type { NodeRow } from '../model/rows';
import { TRAVERSALS, targetLabel, type TraversalName } from './traversals';

/** Walk one traversal from one node: all related nodes (`first` null) or a window of them. */
export interface RelationRequest {
  key: string;
  offset: number;
  first: number | null;
}

/** The Cypher of one traversal, run for a whole batch of requests (`$requests`) in one round trip. */
export function relationQuery(name: TraversalName, options: RelationOptions = {}): string {
  const { from, pattern, order } = TRAVERSALS[name];
  const target = targetLabel(name);
  for (const nested of options.inline ?? []) {
    // A traversal reaching several labels is walked on only with patterns they all share.
    if (target !== null && TRAVERSALS[nested.name].from !== target) throw new Error(`${nested.name} does not start where ${name} ends`);
  }
  return [
    'UNWIND range(0, size($requests) - 1) AS i',
    'WITH i, $requests[i] AS request',
    'CALL (request) {',
    `  MATCH (n:${label(from)} {key: request.key})`,
    `  MATCH ${pattern}`,
    `  WITH DISTINCT m ORDER BY ${order}`,
    '  WITH collect(m) AS related',
    '  WITH size(related) AS total,',
    '    CASE WHEN request.first IS NULL THEN related ELSE related[request.offset..request.offset + request.first] END AS page',
    `  RETURN total, [m IN page | ${readRow('m', options)}] AS rows`,
    '}',
    'RETURN i, total, rows',
  ].join('\n');
}

export interface RelationRepository {
  /** For each request, in order: the related nodes it asks for, and how many there are in all. */
  related(name: TraversalName, requests: readonly RelationRequest[], options?: RelationOptions): Promise<PageOf<NodeRow>[]>;
}

export function createRelationRepository(graph: GraphClient): RelationRepository {
  return {
    async related(name, requests, options = {}) {
      const results = await graph.read<PageOf<NodeRow> & { i: number }>(relationQuery(name, options), {
        ...readAlongParams('m', options),
        requests: requests.map(({ key, offset, first }) => ({
          key,
          offset: neo4j.int(offset),
          first: first === null ? null : neo4j.int(first),
        })),
      });
      const byIndex = new Map(results.map(({ i, total, rows }) => [i, { total, rows }]));
      return requests.map((_request, index) => byIndex.get(index) ?? { total: 0, rows: [] });
    },
  };
}
