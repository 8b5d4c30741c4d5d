import type { GraphClient } from '../neo4j/client';
import type { Page, PageOf } from './pagination';
import { nodeRow, nodesByKeyQuery, pagedOrder, pageParams, pageQuery } from './compile';
import { badUserInput } from '../errors';
import { LISTED_LABELS, NODE_TYPES, label, type ListedLabel, type NodeLabel } from '../model/graph';
import type { ReadPlan } from './plan';
import { orderOf } from './traversals';
import { indexedOrderPredicates } from './order';
import type { RowOf } from '../model/rows';

/** Labels listed by a root field (the model's `listed`), and the order users expect them in (the model's `orderBy`). */
export const LIST_ORDER = Object.fromEntries(LISTED_LABELS.map((name) => [name, orderOf(name, 'n')])) as Readonly<Record<ListedLabel, string>>;
export type { ListedLabel };

/** Labels whose `kind` property a root list can filter on. */
export type KindedLabel = 'Organization' | 'Condition';

/** Listed labels users look up by name, and the property (`name`, or a role's or priority's `title`) the look-up reads. */
export const NAMED_BY = Object.fromEntries(
  LISTED_LABELS.flatMap((name): [ListedLabel, 'name' | 'title'][] => {
    const { properties } = NODE_TYPES[name];
    return 'name' in properties ? [[name, 'name']] : 'title' in properties ? [[name, 'title']] : [];
  }),
) as Readonly<Record<NamedLabel, 'name' | 'title'>>;
export type NamedLabel = {
  [L in ListedLabel]: 'name' extends keyof (typeof NODE_TYPES)[L]['properties'] ? L : 'title' extends keyof (typeof NODE_TYPES)[L]['properties'] ? L : never;
}[ListedLabel];

/** The longest text a name look-up takes: it is matched with CONTAINS (linear), never as a pattern. */
export const MAX_NAME_FILTER_CHARS = 200;

/** `named`, refused with BAD_USER_INPUT (naming the argument) when empty or longer than MAX_NAME_FILTER_CHARS. */
export function checkedNamePart(named: string, argumentName: string): string {
  if (named.trim() === '') throw badUserInput(`"${argumentName}" needs at least one character other than a space.`, argumentName);
  if (named.length > MAX_NAME_FILTER_CHARS) throw badUserInput(`"${argumentName}" may be at most ${MAX_NAME_FILTER_CHARS} characters long.`, argumentName);
  return named;
}

function namePredicate(nodeLabel: ListedLabel): string {
  const property = NAMED_BY[nodeLabel as NamedLabel];
  if (property === undefined) throw new Error(`${nodeLabel} has no name to look up`);
  return `toLower(n.\`${property}\`) CONTAINS toLower($named)`;
}

export interface NodeRepository {
  /** Nodes of one label by key, in key order, read with what `along` asks for; null for a key that matches nothing. */
  byKeys<L extends NodeLabel>(nodeLabel: L, keys: readonly string[], along?: ReadPlan): Promise<(RowOf<L> | null)[]>;
  /**
   * A page of all nodes of a label, optionally of one `kind` and whose name (or title, see
   * NAMED_BY) contains `named` (case-insensitive), in the page's order (else the label's own),
   * read with what `along` asks for.
   */
  list<L extends ListedLabel>(nodeLabel: L, page: Page, kind?: string | null, along?: ReadPlan, named?: string | null): Promise<PageOf<RowOf<L>>>;
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

    async list(nodeLabel, page, kind, along, named) {
      const predicates = [...(kind == null ? [] : ['n.kind = $kind']), ...(named == null ? [] : [namePredicate(nodeLabel)])];
      const match = `MATCH (n:${label(nodeLabel)})${predicates.length === 0 ? '' : ` WHERE ${predicates.join(' AND ')}`}`;
      const order = pagedOrder([nodeLabel], page, 'n', LIST_ORDER[nodeLabel]);
      const { text, params } = pageQuery(match, order, along, 'twice', indexedOrderPredicates(nodeLabel, page.order, 'n'));
      const filters = { ...(kind == null ? {} : { kind }), ...(named == null ? {} : { named: checkedNamePart(named, NAMED_BY[nodeLabel as NamedLabel]) }) };
      const [result] = await graph.read<PageOf<RowOf<typeof nodeLabel>>>(text, { ...pageParams(page), ...params, ...filters });
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
