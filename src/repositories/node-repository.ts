import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from '../pagination';
import { label, pageParams, pageQuery, row } from './cypher';
import type { FactLabel, NodeLabel } from './ingest-repository';
import type { EvidenceRow, RowOf } from './rows';

/** Labels listed by a root field, and the order users expect them in. */
export const LIST_ORDER = {
  Country: 'n.name, n.key',
  Organization: 'n.name, n.key',
  Person: 'n.name, n.key',
  Priority: 'n.order, n.key',
  Domain: 'n.name, n.key',
  Condition: 'n.key',
  OpenQuestion: 'n.key',
  Event: 'n.name, n.key',
  Source: 'n.key',
} as const satisfies Partial<Record<NodeLabel, string>>;
export type ListedLabel = keyof typeof LIST_ORDER;

/** Labels whose `kind` property a root list can filter on. */
export type KindedLabel = 'Organization' | 'Condition';

export interface NodeRepository {
  /** Nodes of one label by key, in key order; null for a key that matches nothing. */
  byKeys<L extends NodeLabel>(nodeLabel: L, keys: readonly string[]): Promise<(RowOf<L> | null)[]>;
  /** The evidence of facts of one label, per key in key order, in source order. */
  evidenceOf(factLabel: FactLabel, keys: readonly string[]): Promise<EvidenceRow[][]>;
  /** A page of all nodes of a label, optionally of one `kind`. */
  list<L extends ListedLabel>(nodeLabel: L, page: Page, kind?: string | null): Promise<PageOf<RowOf<L>>>;
  /** A domain by key or (case-insensitive) name. */
  domainByName(name: string): Promise<RowOf<'Domain'> | null>;
}

export function createNodeRepository(graph: GraphClient): NodeRepository {
  return {
    async byKeys(nodeLabel, keys) {
      const rows = await graph.read<{ key: string; node: RowOf<typeof nodeLabel> }>(
        `UNWIND $keys AS key MATCH (n:${label(nodeLabel)} {key: key}) RETURN key, ${row('n')} AS node`,
        { keys },
      );
      const byKey = new Map(rows.map(({ key, node }) => [key, node]));
      return keys.map((key) => byKey.get(key) ?? null);
    },

    async evidenceOf(factLabel, keys) {
      const rows = await graph.read<{ key: string; evidence: EvidenceRow[] }>(
        [
          'UNWIND $keys AS key',
          `MATCH (f:${label(factLabel)} {key: key})-[:EVIDENCED_BY]->(e:Evidence)`,
          'WITH key, e ORDER BY e.start, e.`end`',
          `RETURN key, collect(${row('e')}) AS evidence`,
        ].join('\n'),
        { keys },
      );
      const byKey = new Map(rows.map(({ key, evidence }) => [key, evidence]));
      return keys.map((key) => byKey.get(key) ?? []);
    },

    async list(nodeLabel, page, kind) {
      const match = `MATCH (n:${label(nodeLabel)})${kind == null ? '' : ' WHERE n.kind = $kind'}`;
      const [result] = await graph.read<PageOf<RowOf<typeof nodeLabel>>>(pageQuery(match, LIST_ORDER[nodeLabel]), {
        ...pageParams(page),
        ...(kind == null ? {} : { kind }),
      });
      return result ?? { total: 0, rows: [] };
    },

    async domainByName(name) {
      const [result] = await graph.read<{ domain: RowOf<'Domain'> }>(
        `MATCH (n:Domain) WHERE n.key = $name OR toLower(n.name) = toLower($name) RETURN ${row('n')} AS domain ORDER BY n.key LIMIT 1`,
        { name },
      );
      return result?.domain ?? null;
    },
  };
}
