import type { GraphClient } from '../neo4j/client';
import { label, type FactLabel } from '../model/graph';
import type { RowOf } from '../model/rows';
import { nodeRow, pageParams, type CypherQuery } from './compile';
import type { Page, PageOf } from './pagination';
import type { ReadPlan } from './plan';

export type ClaimRow = RowOf<'Claim'>;

/** A fact's field on which its sources' claims give different values. */
export interface DisagreementRow {
  fact: { label: FactLabel; key: string };
  field: string;
}

/** Which claims of a fact to read: those backing one field (null: all), one window of them. */
export interface ClaimsRead {
  field: string | null;
  page: Page;
}

/** The order of a fact's claims: by field, then key (source, then target or value). */
const CLAIM_ORDER = 'm.field, m.key';

/**
 * A window of the claims of each fact of `factLabel` in `$keys` (of one field, when given), and how
 * many there are, each claim read with what `plan` asks (its target, source, evidence …).
 */
export function claimsQuery(factLabel: FactLabel, keys: readonly string[], read: ClaimsRead, plan?: ReadPlan): CypherQuery {
  const row = nodeRow('m', plan);
  const match = 'MATCH (n)-[:CLAIMS]->(m:Claim) WHERE $field IS NULL OR m.field = $field';
  return {
    query: [
      'UNWIND $keys AS key',
      `MATCH (n:${label(factLabel)} {key: key})`,
      `RETURN key, {total: COUNT { ${match} RETURN m },`,
      `  rows: [m IN COLLECT { ${match} WITH m ORDER BY ${CLAIM_ORDER} SKIP $offset LIMIT $first RETURN m } | ${row.text}]} AS read`,
    ].join('\n'),
    params: { keys, field: read.field, ...pageParams(read.page), ...row.params },
  };
}

/**
 * A window of the (fact, field) pairs whose claims are contested, and how many there are. It starts
 * from the contested claims (indexed; set at load time), never from every fact.
 */
export function disagreementsQuery(page: Page): CypherQuery {
  const contested = 'MATCH (f)-[:CLAIMS]->(c:Claim {contested: true}) WITH DISTINCT labels(f)[0] AS factLabel, f.key AS factKey, c.field AS field';
  return {
    query: [
      `CALL () { ${contested} RETURN count(*) AS total }`,
      `CALL () { ${contested} ORDER BY factLabel, factKey, field SKIP $offset LIMIT $first`,
      '  RETURN collect({fact: {label: factLabel, key: factKey}, field: field}) AS rows }',
      'RETURN total, rows',
    ].join('\n'),
    params: pageParams(page),
  };
}

export interface ClaimRepository {
  /** For each key of a fact of `factLabel`, in order: the window of its claims `read` asks for. */
  claimsOf(factLabel: FactLabel, keys: readonly string[], read: ClaimsRead, plan?: ReadPlan): Promise<PageOf<ClaimRow>[]>;
  /** A window of the facts' fields on which sources disagree. */
  disagreements(page: Page): Promise<PageOf<DisagreementRow>>;
}

export function createClaimRepository(graph: GraphClient): ClaimRepository {
  return {
    async claimsOf(factLabel, keys, read, plan) {
      const { query, params } = claimsQuery(factLabel, keys, read, plan);
      const rows = await graph.read<{ key: string; read: PageOf<ClaimRow> }>(query, params);
      const byKey = new Map(rows.map((row) => [row.key, row.read]));
      return keys.map((key) => byKey.get(key) ?? { total: 0, rows: [] });
    },

    async disagreements(page) {
      const { query, params } = disagreementsQuery(page);
      const [result] = await graph.read<PageOf<DisagreementRow>>(query, params);
      return result ?? { total: 0, rows: [] };
    },
  };
}
