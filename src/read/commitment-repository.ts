import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from './pagination';
import { facetsQuery, pagedOrder, pageParams, pageQuery, type CypherQuery } from './compile';
import type { FacetRead, FacetsRow } from './facets';
import type { ReadPlan } from './plan';
import type { CommitmentRow, ConditionRow } from '../model/rows';

/** What a list of commitments can be narrowed to; every given option must hold. */
export interface CommitmentFilter {
  /** Key of a pledging Country (ISO code) or Organization (slug). */
  pledger?: string | null;
  /** ISO code of the beneficiary country. */
  beneficiary?: string | null;
  /** Key of a Domain. */
  domain?: string | null;
  /** Key of a Condition the commitment waits on. */
  condition?: string | null;
  conditionKind?: ConditionRow['kind'] | null;
  stage?: CommitmentRow['stage'] | null;
}

const PREDICATES: Record<keyof CommitmentFilter, string> = {
  pledger: 'EXISTS { (n)-[:PLEDGED_BY]->(p:Country|Organization) WHERE p.key = $pledger }',
  beneficiary: 'EXISTS { (n)-[:BENEFITS]->(:Country {key: $beneficiary}) }',
  domain: 'EXISTS { (n)-[:IN_DOMAIN]->(:Domain {key: $domain}) }',
  condition: 'EXISTS { (n)-[:CONDITIONAL_ON]->(:Condition {key: $condition}) }',
  conditionKind: 'EXISTS { (n)-[:CONDITIONAL_ON]->(:Condition {kind: $conditionKind}) }',
  // The current stage: the latest recorded stage change's (curation), else what the sources state.
  stage: 'coalesce(n.currentStage, n.stage) = $stage',
};

/**
 * Where the match starts when an option is given, most selective first, so the planner seeks an
 * index instead of scanning every commitment; the other options given stay predicates.
 */
const ANCHORS: [keyof CommitmentFilter, string][] = [
  ['condition', 'MATCH (:Condition {key: $condition})<-[:CONDITIONAL_ON]-(n:Commitment)'],
  ['beneficiary', 'MATCH (:Country {key: $beneficiary})<-[:BENEFITS]-(n:Commitment)'],
  ['domain', 'MATCH (:Domain {key: $domain})<-[:IN_DOMAIN]-(n:Commitment)'],
  [
    'pledger',
    'CALL () { MATCH (p:Country {key: $pledger}) RETURN p UNION MATCH (p:Organization {key: $pledger}) RETURN p } MATCH (p)<-[:PLEDGED_BY]-(n:Commitment)',
  ],
  ['conditionKind', 'MATCH (:Condition {kind: $conditionKind})<-[:CONDITIONAL_ON]-(n:Commitment) WITH DISTINCT n'],
  [
    'stage',
    'CALL () { MATCH (n:Commitment {currentStage: $stage}) RETURN n UNION MATCH (n:Commitment {stage: $stage}) WHERE n.currentStage IS NULL RETURN n }',
  ],
];

/** The MATCH that binds `n` to the commitments `filter` selects, anchored on the most selective option given, and its parameters. */
export function commitmentMatch(filter: CommitmentFilter): { match: string; params: Record<string, unknown> } {
  const given = (Object.keys(PREDICATES) as (keyof CommitmentFilter)[]).filter((option) => filter[option] != null);
  const anchor = ANCHORS.find(([option]) => given.includes(option));
  const predicates = given.filter((option) => option !== anchor?.[0]).map((option) => PREDICATES[option]);
  const where = predicates.length === 0 ? '' : ` WHERE ${predicates.join(' AND ')}`;
  return { match: `${anchor?.[1] ?? 'MATCH (n:Commitment)'}${where}`, params: Object.fromEntries(given.map((option) => [option, filter[option]])) };
}

/** The Cypher for one page of commitments. */
export function commitmentsQuery(filter: CommitmentFilter, page: Page, along?: ReadPlan): CypherQuery {
  const { match, params: filterParams } = commitmentMatch(filter);
  const { text, params } = pageQuery(match, pagedOrder(['Commitment'], page, 'n', 'n.key'), along);
  return { query: text, params: { ...filterParams, ...pageParams(page), ...params } };
}

/** The Cypher for the size of the set of commitments `filter` selects, and the facets `reads` ask of it. */
export function commitmentFacetsQuery(filter: CommitmentFilter, reads: readonly FacetRead[]): CypherQuery {
  const { match, params: filterParams } = commitmentMatch(filter);
  const { text, params } = facetsQuery(match, 'Commitment', reads);
  return { query: text, params: { ...filterParams, ...params } };
}

export interface CommitmentRepository {
  /** A page of commitments, read with what `along` asks for. */
  list(filter: CommitmentFilter, page: Page, along?: ReadPlan): Promise<PageOf<CommitmentRow>>;
  /** How many commitments `filter` selects, grouped as `reads` ask. */
  facets(filter: CommitmentFilter, reads: readonly FacetRead[]): Promise<FacetsRow>;
}

export function createCommitmentRepository(graph: GraphClient): CommitmentRepository {
  return {
    async list(filter, page, along) {
      const { query, params } = commitmentsQuery(filter, page, along);
      const [result] = await graph.read<PageOf<CommitmentRow>>(query, params);
      return result ?? { total: 0, rows: [] };
    },

    async facets(filter, reads) {
      const { query, params } = commitmentFacetsQuery(filter, reads);
      const [result] = await graph.read<FacetsRow>(query, params);
      return result ?? { total: 0, groups: {} };
    },
  };
}
