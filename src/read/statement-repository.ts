import { toLuceneQuery } from './lucene';
import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from './pagination';
import { facetsQuery, pagedOrder, pageParams, pageQuery, type CypherQuery } from './compile';
import type { FacetRead, FacetsRow } from './facets';
import type { ReadPlan } from './plan';
import type { StatementRow } from '../model/rows';

/** What a list of statements can be narrowed to; every given option must hold. */
export interface StatementFilter {
  /** Key of the Country, Organization or Person who made the statement. */
  speaker?: string | null;
  kind?: StatementRow['kind'] | null;
  /** Words the statement's text must all contain (full-text, case-insensitive). */
  text?: string | null;
}

const BY_SPEAKER =
  'CALL () { MATCH (s:Country {key: $speaker}) RETURN s UNION MATCH (s:Organization {key: $speaker}) RETURN s UNION MATCH (s:Person {key: $speaker}) RETURN s } MATCH (s)<-[:MADE_BY]-(n:Statement)';
const SPOKEN_BY = 'EXISTS { (n)-[:MADE_BY]->(s:Country|Organization|Person) WHERE s.key = $speaker }';

/**
 * The MATCH that binds `n` to the statements `filter` selects, anchored where an index can seek:
 * the `statement_text` full-text index for a text filter, else the speaker's key, else the kind.
 */
export function statementMatch(filter: StatementFilter): { match: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const predicates: string[] = [];
  let match = 'MATCH (n:Statement)';
  if (filter.text != null) {
    match = "CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node AS n";
    params.text = toLuceneQuery(filter.text, 'text');
  }
  if (filter.speaker != null) {
    if (filter.text == null) match = BY_SPEAKER;
    else predicates.push(SPOKEN_BY);
    params.speaker = filter.speaker;
  }
  if (filter.kind != null) {
    if (match === 'MATCH (n:Statement)') match = 'MATCH (n:Statement {kind: $kind})';
    else predicates.push('n.kind = $kind');
    params.kind = filter.kind;
  }
  const where = predicates.length === 0 ? '' : ` WHERE ${predicates.join(' AND ')}`;
  return { match: `${match}${where}`, params };
}

/** The Cypher for one page of statements. */
export function statementsQuery(filter: StatementFilter, page: Page, along?: ReadPlan): CypherQuery {
  const { match, params } = statementMatch(filter);
  const paged = pageQuery(match, pagedOrder(['Statement'], page, 'n', 'n.key'), along);
  return { query: paged.text, params: { ...params, ...pageParams(page), ...paged.params } };
}

/** The Cypher for the size of the set of statements `filter` selects, and the facets `reads` ask of it. */
export function statementFacetsQuery(filter: StatementFilter, reads: readonly FacetRead[]): CypherQuery {
  const { match, params } = statementMatch(filter);
  const { text, params: facetParams } = facetsQuery(match, 'Statement', reads);
  return { query: text, params: { ...params, ...facetParams } };
}

export interface StatementRepository {
  /** A page of statements, read with what `along` asks for. */
  list(filter: StatementFilter, page: Page, along?: ReadPlan): Promise<PageOf<StatementRow>>;
  /** How many statements `filter` selects, grouped as `reads` ask. */
  facets(filter: StatementFilter, reads: readonly FacetRead[]): Promise<FacetsRow>;
}

export function createStatementRepository(graph: GraphClient): StatementRepository {
  return {
    async list(filter, page, along) {
      const { query, params } = statementsQuery(filter, page, along);
      const [result] = await graph.read<PageOf<StatementRow>>(query, params);
      return result ?? { total: 0, rows: [] };
    },

    async facets(filter, reads) {
      const { query, params } = statementFacetsQuery(filter, reads);
      const [result] = await graph.read<FacetsRow>(query, params);
      return result ?? { total: 0, groups: {} };
    },
  };
}
