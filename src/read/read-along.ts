import neo4j from 'neo4j-driver';
import type { Page } from './pagination';
import { row, type RowOptions } from './cypher';
import { reachesOnce, walk, type TraversalName } from './traversals';

/** What to read with each node in the same query, beyond its own properties. */
export interface RelationOptions extends RowOptions {
  /** Traversals to walk from each node read, each with its own options. */
  inline?: readonly InlineTraversal[];
}

/**
 * A traversal walked from each node read, in the same query. Its rows land in
 * `row.related[field]` (the field of `<Type>.<field>`, the traversal's name): all of them, or
 * with `page`, that window and (`withTotal`) how many there are in all (else `total` is null).
 */
export interface InlineTraversal extends RelationOptions {
  name: TraversalName;
  page?: Page;
  withTotal?: boolean;
}

/** The parameter names of an inline page are derived from the variable its nodes are bound to. */
const pageParam = (variable: string, part: keyof Page) => `${variable}_${part}`;

/** Where an inline traversal's rows land in `row.related`: the field that walks it. */
export const relatedField = (name: TraversalName): string => name.slice(name.indexOf('.') + 1);

function inlineEntry(from: string, { name, page, withTotal = false, ...options }: InlineTraversal, index: number): string {
  const to = `${from}_${index}`;
  const { pattern, order } = walk(name, from, to);
  const distinct = reachesOnce(name) ? '' : 'DISTINCT ';
  const window = page ? ` SKIP $${pageParam(to, 'offset')} LIMIT $${pageParam(to, 'first')}` : '';
  const rows = `[${to} IN COLLECT { MATCH ${pattern} WITH ${distinct}${to} ORDER BY ${order}${window} RETURN ${to} } | ${readRow(to, options)}]`;
  const field = relatedField(name);
  if (!page) return `\`${field}\`: ${rows}`;
  const total = withTotal ? `COUNT { MATCH ${pattern} RETURN ${distinct}${to} }` : 'null';
  return `\`${field}\`: {total: ${total}, rows: ${rows}}`;
}

/** The row of the node bound to `variable`, with what `options` asks to read along with it. */
export function readRow(variable: string, { inline = [], ...options }: RelationOptions = {}): string {
  const related = inline.length > 0 ? [`related: {${inline.map((nested, index) => inlineEntry(variable, nested, index)).join(', ')}}`] : [];
  return row(variable, options, related);
}

/** The parameters `readRow(variable, options)` refers to: the window of each inline page. */
export function readAlongParams(variable: string, { inline = [] }: RelationOptions = {}): Record<string, unknown> {
  return Object.fromEntries(
    inline.flatMap((nested, index) => {
      const to = `${variable}_${index}`;
      const own: [string, unknown][] = nested.page
        ? [
            [pageParam(to, 'offset'), neo4j.int(nested.page.offset)],
            [pageParam(to, 'first'), neo4j.int(nested.page.first)],
          ]
        : [];
      return [...own, ...Object.entries(readAlongParams(to, nested))];
    }),
  );
}
