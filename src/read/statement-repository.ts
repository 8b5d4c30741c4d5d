import { toLuceneQuery } from './lucene';
import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from './pagination';
import { indexedOrderPredicates } from './order';
import { facetsQuery, pagedOrder, pageParams, pageQuery, type CypherQuery } from './compile';
import type { FacetRead, FacetsRow } from './facets';
import type { ReadPlan } from './plan';
import type { StatementRow } from '../model/rows';
import { label, RELATIONSHIPS } from '../model/graph';
import { keyForms, refuseUnknownKeys, withKeyChecks, type KeyCheck } from './key-filters';

/** What a list of statements can be narrowed to; every given option must hold. */
export interface StatementFilter {
  /** Key of the Country, Organization or Person who made the statement. */
  speaker?: string | null;
  kind?: StatementRow['kind'] | null;
  /** Words the statement's text must all contain (full-text, case-insensitive). */
  text?: string | null;
  /** Key of the Event the statement was made at. */
  event?: string | null;
  /** Key of a fact the statement is about (a commitment, a condition, an actor …). */
  about?: string | null;
}

/** What a statement can be about (the model's ABOUT from Statement): the labels the `about` option's key may name. */
const ABOUT_LABELS = RELATIONSHIPS.filter(({ type, from }) => type === 'ABOUT' && (from as readonly string[]).includes('Statement')).flatMap(({ to }) => to);

const KEY_OPTIONS: readonly KeyCheck[] = [
  { option: 'speaker', labels: ['Country', 'Organization', 'Person'] },
  { option: 'event', labels: ['Event'] },
  { option: 'about', labels: ABOUT_LABELS },
];
const KEY_OPTION_NOUNS: Readonly<Record<string, string>> = {
  speaker: 'country, organization or person',
  event: 'event',
  about: 'fact a statement can be about',
};

/** Statements about a fact of any label with a key in `$about`: one index seek per label. */
const ABOUT_ANCHOR = `CALL () { ${ABOUT_LABELS.map((name) => `MATCH (t:${label(name)}) WHERE t.key IN $about RETURN t`).join(' UNION ')} } MATCH (t)<-[:ABOUT]-(n:Statement) WITH DISTINCT n`;
const IS_ABOUT = `EXISTS { (n)-[:ABOUT]->(t:${ABOUT_LABELS.map(label).join('|')}) WHERE t.key IN $about }`;

const BY_SPEAKER =
  'CALL () { MATCH (s:Country) WHERE s.key IN $speaker RETURN s UNION MATCH (s:Organization) WHERE s.key IN $speaker RETURN s UNION MATCH (s:Person) WHERE s.key IN $speaker RETURN s } MATCH (s)<-[:MADE_BY]-(n:Statement)';
const SPOKEN_BY = 'EXISTS { (n)-[:MADE_BY]->(s:Country|Organization|Person) WHERE s.key IN $speaker }';

/**
 * The MATCH that binds `n` to the statements `filter` selects, anchored where an index can seek:
 * the `statement_text` full-text index for a text filter, else the speaker's, the event's or the
 * subject's key, else the kind. Keys are matched in any case (key-filters.ts).
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
    params.speaker = keyForms(filter.speaker, 'speaker');
  }
  if (filter.event != null) {
    if (match === 'MATCH (n:Statement)') match = 'CALL () { MATCH (e:Event) WHERE e.key IN $event RETURN e } MATCH (e)<-[:AT]-(n:Statement)';
    else predicates.push('EXISTS { (n)-[:AT]->(e:Event) WHERE e.key IN $event }');
    params.event = keyForms(filter.event, 'event');
  }
  if (filter.about != null) {
    if (match === 'MATCH (n:Statement)') match = ABOUT_ANCHOR;
    else predicates.push(IS_ABOUT);
    params.about = keyForms(filter.about, 'about');
  }
  if (filter.kind != null) {
    if (match === 'MATCH (n:Statement)') match = 'MATCH (n:Statement {kind: $kind})';
    else predicates.push('n.kind = $kind');
    params.kind = filter.kind;
  }
  const where = predicates.length === 0 ? '' : ` WHERE ${predicates.join(' AND ')}`;
  return { match: `${match}${where}`, params };
}

/** The key options `filter` gives: refused in the same query when they name nothing. */
const keyChecks = (filter: StatementFilter) => KEY_OPTIONS.filter(({ option }) => filter[option as keyof StatementFilter] != null);

/** The Cypher for one page of statements. */
export function statementsQuery(filter: StatementFilter, page: Page, along?: ReadPlan): CypherQuery {
  const { match, params } = statementMatch(filter);
  // Only the unfiltered list walks the key's index in order: a filter's match seeks its own index.
  const indexedBy = match === 'MATCH (n:Statement)' ? indexedOrderPredicates('Statement', page.order, 'n') : [];
  const paged = pageQuery(match, pagedOrder(['Statement'], page, 'n', 'n.key'), along, filter.text == null ? 'twice' : 'once', indexedBy);
  return withKeyChecks({ query: paged.text, params: { ...params, ...pageParams(page), ...paged.params } }, keyChecks(filter));
}

/** The Cypher for the size of the set of statements `filter` selects, and the facets `reads` ask of it: the list's own MATCH. */
export function statementFacetsQuery(filter: StatementFilter, reads: readonly FacetRead[]): CypherQuery {
  const { match, params } = statementMatch(filter);
  const { text, params: facetParams } = facetsQuery(match, 'Statement', reads);
  return withKeyChecks({ query: text, params: { ...params, ...facetParams } }, keyChecks(filter), ['total', 'groups']);
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
      const [result] = await graph.read<PageOf<StatementRow> & { unknownKeys?: string[] }>(query, params);
      refuseUnknownKeys(result?.unknownKeys, filter, KEY_OPTION_NOUNS);
      return { total: result?.total ?? 0, rows: result?.rows ?? [] };
    },

    async facets(filter, reads) {
      const { query, params } = statementFacetsQuery(filter, reads);
      const [result] = await graph.read<FacetsRow & { unknownKeys?: string[] }>(query, params);
      refuseUnknownKeys(result?.unknownKeys, filter, KEY_OPTION_NOUNS);
      return { total: result?.total ?? 0, groups: result?.groups ?? {} };
    },
  };
}
