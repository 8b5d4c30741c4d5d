import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from './pagination';
import { nodeRow, pageParams, type CypherQuery } from './compile';
import type { SearchHitRow } from '../model/rows';

/**
 * The full-text indexes searched (src/neo4j/migrations.ts), the property each matched, and what
 * `SearchResult.matchedField` calls it.
 */
export const SEARCHED_INDEXES = [
  { index: 'statement_text', property: 'text', field: 'TEXT' },
  { index: 'commitment_summary', property: 'summary', field: 'SUMMARY' },
  { index: 'evidence_quote', property: 'quote', field: 'QUOTE' },
  { index: 'fact_name', property: 'name', field: 'NAME' },
  { index: 'fact_title', property: 'title', field: 'TITLE' },
  { index: 'fact_description', property: 'description', field: 'DESCRIPTION' },
  { index: 'position_stance', property: 'stance', field: 'STANCE' },
  { index: 'open_question_question', property: 'question', field: 'QUESTION' },
] as const;

/**
 * Statements whose speaker's name matches: "Witkoff" finds what Steve Witkoff said although his
 * name is not in the words he is reported to have said. Scored as the name's match.
 */
const BY_SPEAKER_NAME =
  "CALL db.index.fulltext.queryNodes('fact_name', $lucene) YIELD node AS speaker, score MATCH (speaker:Country|Organization|Person)<-[:MADE_BY]-(node:Statement) RETURN node, score, speaker.name AS matchedText, 'SPEAKER_NAME' AS matchedField";

/** One page of hits across all searched indexes, best score first. `lucene` must already be escaped. */
export function searchQuery(lucene: string, page: Page): CypherQuery {
  const hits = [
    ...SEARCHED_INDEXES.map(
      ({ index, property, field }) =>
        `CALL db.index.fulltext.queryNodes('${index}', $lucene) YIELD node, score RETURN node, score, node.${property} AS matchedText, '${field}' AS matchedField`,
    ),
    BY_SPEAKER_NAME,
  ].join(' UNION ALL ');
  return {
    query: [
      `CALL () { CALL () { ${hits} } RETURN count(*) AS total }`,
      `CALL () { CALL () { ${hits} }`,
      '  WITH node, score, matchedText, matchedField ORDER BY score DESC, labels(node)[0], node.key, matchedField SKIP $offset LIMIT $first',
      `  RETURN collect({node: ${nodeRow('node').text}, matchedText: matchedText, matchedField: matchedField, score: score}) AS rows }`,
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
