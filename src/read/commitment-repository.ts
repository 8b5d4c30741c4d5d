import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from './pagination';
import { indexedOrderPredicates } from './order';
import { facetsQuery, pagedOrder, pageParams, pageQuery, type CypherQuery } from './compile';
import type { FacetRead, FacetsRow } from './facets';
import type { ReadPlan } from './plan';
import type { CommitmentRow, ConditionRow } from '../model/rows';
import { keyForms, refuseUnknownKeys, withKeyChecks, type KeyCheck } from './key-filters';
import { checkedNamePart } from './node-repository';

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
  /** Key of a Capability the commitment provides, or words its name contains (case-insensitive). */
  capability?: string | null;
}

/** A capability the `capability` option names: by key (in any case), or by words of its name. */
const PROVIDED = 'c.key IN $capability OR toLower(c.name) CONTAINS toLower($capabilityName)';

/** The options that take a key, what their keys name, and (capability) whether a name counts too. */
const KEY_OPTIONS: readonly KeyCheck[] = [
  { option: 'pledger', labels: ['Country', 'Organization'] },
  { option: 'beneficiary', labels: ['Country'] },
  { option: 'domain', labels: ['Domain'] },
  { option: 'condition', labels: ['Condition'] },
  { option: 'capability', labels: ['Capability'], orName: true },
];
const KEY_OPTION_NOUNS: Readonly<Record<string, string>> = {
  pledger: 'country or organization',
  beneficiary: 'country',
  domain: 'domain',
  condition: 'condition',
  capability: 'capability (by key or name)',
};

const PREDICATES: Record<keyof CommitmentFilter, string> = {
  pledger: 'EXISTS { (n)-[:PLEDGED_BY]->(p:Country|Organization) WHERE p.key IN $pledger }',
  beneficiary: 'EXISTS { (n)-[:BENEFITS]->(b:Country) WHERE b.key IN $beneficiary }',
  domain: 'EXISTS { (n)-[:IN_DOMAIN]->(d:Domain) WHERE d.key IN $domain }',
  condition: 'EXISTS { (n)-[:CONDITIONAL_ON]->(c:Condition) WHERE c.key IN $condition }',
  conditionKind: 'EXISTS { (n)-[:CONDITIONAL_ON]->(:Condition {kind: $conditionKind}) }',
  // The current stage: the latest recorded stage change's (curation), else what the sources state.
  stage: 'coalesce(n.currentStage, n.stage) = $stage',
  capability: `EXISTS { (n)-[:PROVIDES]->(c:Capability) WHERE ${PROVIDED} }`,
};

/**
 * Where the match starts when an option is given, most selective first, so the planner seeks an
 * index instead of scanning every commitment; the other options given stay predicates.
 */
const ANCHORS: [keyof CommitmentFilter, string][] = [
  ['condition', 'MATCH (c:Condition WHERE c.key IN $condition)<-[:CONDITIONAL_ON]-(n:Commitment)'],
  ['beneficiary', 'MATCH (b:Country WHERE b.key IN $beneficiary)<-[:BENEFITS]-(n:Commitment)'],
  ['domain', 'MATCH (d:Domain WHERE d.key IN $domain)<-[:IN_DOMAIN]-(n:Commitment)'],
  [
    'pledger',
    'CALL () { MATCH (p:Country) WHERE p.key IN $pledger RETURN p UNION MATCH (p:Organization) WHERE p.key IN $pledger RETURN p } MATCH (p)<-[:PLEDGED_BY]-(n:Commitment)',
  ],
  ['capability', `MATCH (c:Capability) WHERE ${PROVIDED} MATCH (c)<-[:PROVIDES]-(n:Commitment) WITH DISTINCT n`],
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
  // Only the unfiltered list walks the key's index in order: an anchored match seeks its own index.
  const indexedBy = match === 'MATCH (n:Commitment)' ? indexedOrderPredicates('Commitment', page.order, 'n') : [];
  const { text, params } = pageQuery(match, pagedOrder(['Commitment'], page, 'n', 'n.key'), along, 'twice', indexedBy);
  return withKeyOptions({ query: text, params: { ...filterParams, ...pageParams(page), ...params } }, filter, ['total', 'rows']);
}

/** The Cypher for the size of the set of commitments `filter` selects, and the facets `reads` ask of it: the list's own MATCH. */
export function commitmentFacetsQuery(filter: CommitmentFilter, reads: readonly FacetRead[]): CypherQuery {
  const { match, params: filterParams } = commitmentMatch(filter);
  const { text, params } = facetsQuery(match, 'Commitment', reads);
  return withKeyOptions({ query: text, params: { ...filterParams, ...params } }, filter, ['total', 'groups']);
}

/** Key options matched in any case (their key forms), a capability by name too, and refused in the same query when they name nothing. */
function withKeyOptions(query: CypherQuery, filter: CommitmentFilter, columns: readonly string[]): CypherQuery {
  const checks = KEY_OPTIONS.filter(({ option }) => filter[option as keyof CommitmentFilter] != null);
  const forms = checks.map(({ option }): [string, string[]] => [option, keyForms(String(filter[option as keyof CommitmentFilter]), option)]);
  const capabilityName = filter.capability == null ? {} : { capabilityName: checkedNamePart(filter.capability, 'capability') };
  const checked = withKeyChecks(query, checks, columns);
  return { query: checked.query, params: { ...checked.params, ...Object.fromEntries(forms), ...capabilityName } };
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
      const [result] = await graph.read<PageOf<CommitmentRow> & { unknownKeys?: string[] }>(query, params);
      refuseUnknownKeys(result?.unknownKeys, filter, KEY_OPTION_NOUNS);
      return { total: result?.total ?? 0, rows: result?.rows ?? [] };
    },

    async facets(filter, reads) {
      const { query, params } = commitmentFacetsQuery(filter, reads);
      const [result] = await graph.read<FacetsRow & { unknownKeys?: string[] }>(query, params);
      refuseUnknownKeys(result?.unknownKeys, filter, KEY_OPTION_NOUNS);
      return { total: result?.total ?? 0, groups: result?.groups ?? {} };
    },
  };
}
