import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from './pagination';
import { nodeRow, pageParams, type CypherQuery } from './compile';
import type { SearchHitRow } from '../model/rows';

/** The full-text indexes searched (src/neo4j/migrations.ts), and the property each matched. */
export const SEARCHED_INDEXES = [
  { index: 'statement_text', property: 'text' },
  { index: 'commitment_summary', property: 'summary' },
  { index: 'evidence_quote', property: 'quote' },
] as const;

/** One page of hits across all searched indexes, best score first. `lucene` must already be escaped. */
export function searchQuery(lucene: string, page: Page): CypherQuery {
  const hits = SEARCHED_INDEXES.map(
    ({ index, property }) => `CALL db.index.fulltext.queryNodes('${index}', $lucene) YIELD node, score RETURN node, score, node.${property} AS matchedText`,
  ).join(' UNION ALL ');
  return {
    query: [
      `CALL () { CALL () { ${hits} } RETURN count(*) AS total }`,
      `CALL () { CALL () { ${hits} }`,
      '  WITH node, score, matchedText ORDER BY score DESC, labels(node)[0], node.key SKIP $offset LIMIT $first',
      `  RETURN collect({node: ${nodeRow('node').text}, matchedText: matchedText, score: score}) AS rows }`,
      'RETURN total, rows',
    ].join('\n'),
    params: { lucene, ...pageParams(page) },
  };
}

export interface SearchRepository {
  search(lucene: string, page: Page): Promise<PageOf<SearchHitRow>>;
}

export function createSearchRepository(graph: GraphClient): SearchRepository {
  return {
    async search(lucene, page) {
      const { query, params } = searchQuery(lucene, page);
      const [result] = await graph.read<PageOf<SearchHitRow>>(query, params);
      return result ?? { total: 0, rows: [] };
    },
  };
}
