import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from './pagination';
import { nodeRow, nodesByKeyQuery, pagedOrder, pageParams, pageQuery } from './compile';
import { LISTED_LABELS, label, type ListedLabel, type NodeLabel } from '../model/graph';
import type { ReadPlan } from './plan';
import { orderOf } from './traversals';
import type { RowOf } from '../model/rows';

/** Labels listed by a root field (the model's `listed`), and the order users expect them in (the model's `orderBy`). */
export const LIST_ORDER = Object.fromEntries(LISTED_LABELS.map((name) => [name, orderOf(name, 'n')])) as Readonly<Record<ListedLabel, string>>;
export type { ListedLabel };

/** Labels whose `kind` property a root list can filter on. */
export type KindedLabel = 'Organization' | 'Condition';

export interface NodeRepository {
  /** Nodes of one label by key, in key order, read with what `along` asks for; null for a key that matches nothing. */
  byKeys<L extends NodeLabel>(nodeLabel: L, keys: readonly string[], along?: ReadPlan): Promise<(RowOf<L> | null)[]>;
  /** A page of all nodes of a label, optionally of one `kind`, in the page's order (else the label's own), read with what `along` asks for. */
  list<L extends ListedLabel>(nodeLabel: L, page: Page, kind?: string | null, along?: ReadPlan): Promise<PageOf<RowOf<L>>>;
  /** The full texts of sources by key, in key order; null for a key that matches nothing. */
  sourceTexts(keys: readonly string[]): Promise<(string | null)[]>;
  /** A domain by key or (case-insensitive) name. */
  domainByName(name: string, along?: ReadPlan): Promise<RowOf<'Domain'> | null>;
}

export function createNodeRepository(graph: GraphClient): NodeRepository {
  return {
    async byKeys(nodeLabel, keys, along) {
      const { query, params } = nodesByKeyQuery(nodeLabel, keys, along);
      const rows = await graph.read<{ key: string; node: RowOf<typeof nodeLabel> }>(query, params);
      const byKey = new Map(rows.map(({ key, node }) => [key, node]));
      return keys.map((key) => byKey.get(key) ?? null);
    },

    async list(nodeLabel, page, kind, along) {
      const match = `MATCH (n:${label(nodeLabel)})${kind == null ? '' : ' WHERE n.kind = $kind'}`;
      const { text, params } = pageQuery(match, pagedOrder([nodeLabel], page, 'n', LIST_ORDER[nodeLabel]), along);
      const [result] = await graph.read<PageOf<RowOf<typeof nodeLabel>>>(text, { ...pageParams(page), ...params, ...(kind == null ? {} : { kind }) });
      return result ?? { total: 0, rows: [] };
    },

    async sourceTexts(keys) {
      const rows = await graph.read<{ key: string; text: string }>('UNWIND $keys AS key MATCH (s:Source {key: key}) RETURN key, s.text AS text', {
        keys,
      });
      const byKey = new Map(rows.map(({ key, text }) => [key, text]));
      return keys.map((key) => byKey.get(key) ?? null);
    },

    async domainByName(name, along) {
      const row = nodeRow('n', along);
      const [result] = await graph.read<{ domain: RowOf<'Domain'> }>(
        `MATCH (n:Domain) WHERE n.key = $name OR toLower(n.name) = toLower($name) WITH n ORDER BY n.key LIMIT 1 RETURN ${row.text} AS domain`,
        { name, ...row.params },
      );
      return result?.domain ?? null;
    },
  };
}
