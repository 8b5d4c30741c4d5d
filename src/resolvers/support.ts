import type { Context } from '../context';
import { encodeId } from '../ids';
import { readPage, toConnection, type Connection, type PageArgs, type PageOf } from '../pagination';
import type { NodeLabel } from '../repositories/ingest-repository';
import type { TraversalName } from '../repositories/relation-repository';
import type { EvidenceRow, FactRow, NodeRow, RowOf } from '../repositories/rows';

/** `id` of any node: its type and key, encoded. */
export const id = (row: { label: NodeLabel; key: string }): string => encodeId(row.label, row.key);

/** `__resolveType` of every interface and union: a row's label is its GraphQL type name. */
export const resolveType = <L extends NodeLabel>(row: { label: L }): L => row.label;

/** The fields every fact shares. */
export const factFields = {
  id,
  evidence: (row: FactRow, _args: unknown, context: Context): Promise<EvidenceRow[]> =>
    context.loaders.evidence(row.label).load(row.key),
};

/** A node that must exist (its absence would break the graph's invariants). */
export async function loadNode<L extends NodeLabel>(context: Context, label: L, key: string): Promise<RowOf<L>> {
  const node = await context.loaders.node(label).load(key);
  if (!node) throw new Error(`${label} ${key} is missing from the graph`);
  return node;
}

/** All nodes a traversal reaches from `key`. The traversal's pattern fixes their type `T`. */
export async function relatedList<T extends NodeRow>(context: Context, name: TraversalName, key: string): Promise<T[]> {
  const { rows } = await context.loaders.related(name).load({ key, offset: 0, first: null });
  return rows as T[];
}

/** The one node a traversal reaches, or null. */
export async function relatedOne<T extends NodeRow>(context: Context, name: TraversalName, key: string): Promise<T | null> {
  const [first] = await relatedList<T>(context, name, key);
  return first ?? null;
}

/** A Relay page of the nodes a traversal reaches; `first`/`after` are validated first. */
export async function relatedPage<T extends NodeRow>(
  context: Context,
  name: TraversalName,
  key: string,
  args: PageArgs,
): Promise<Connection<T>> {
  const page = readPage(args);
  const result = await context.loaders.related(name).load({ key, ...page });
  return toConnection(page, result as PageOf<T>);
}
