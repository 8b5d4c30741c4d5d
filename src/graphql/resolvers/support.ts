import type { Context } from '../context';
import { encodeId } from '../../ids';
import { readPage, toConnection, type Connection, type PageArgs } from '../../read/pagination';
import type { NodeLabel } from '../../model/graph';
import { responseName, type Lookahead, type ReadPlan } from '../../read/plan';
import { cachedPlanAt, cachedWalkFor } from '../../read/plan-cache';
import type { TraversalName } from '../../read/traversals';
import type { NodeRow, RowOf } from '../../model/rows';

/** `id` of any node: its type and key, encoded. */
export const id = (row: { label: NodeLabel; key: string }): string => encodeId(row.label, row.key);

/** `__resolveType` of every interface and union: a row's label is its GraphQL type name. */
export const resolveType = <L extends NodeLabel>(row: { label: L }): L => row.label;

/** A node that must exist (its absence would break the graph's invariants). */
export async function loadNode<L extends NodeLabel>(context: Context, label: L, key: string): Promise<RowOf<L>> {
  const node = await context.loaders.node(label).load(key);
  if (!node) throw new Error(`${label} ${key} is missing from the graph`);
  return node;
}

/**
 * What to read with nodes of the `targets` labels, from what the query asks of them (at `path`
 * below the field being resolved): see src/read/plan.ts.
 */
export function readAlong(targets: NodeLabel | readonly NodeLabel[], info: Lookahead, path: readonly string[]): ReadPlan {
  return cachedPlanAt(targets, info, path);
}

/** A node as a resolver's parent: its key, and what was read along with it. */
type Parent = Pick<NodeRow, 'key' | 'related'>;

/** A value resolved now, or later: resolvers answer synchronously whatever was read along. */
export type MaybePromise<T> = T | Promise<T>;

function then<T, U>(value: MaybePromise<T>, next: (value: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/**
 * All nodes a traversal reaches from `parent`. The traversal's pattern fixes their type `T`.
 * Already read along with the parent (answered at once), or read now with what the query asks of them.
 */
export function relatedList<T extends NodeRow>(context: Context, name: TraversalName, parent: Parent, info: Lookahead): MaybePromise<T[]> {
  const read = parent.related?.[responseName(info)];
  const walk = cachedWalkFor(name, info);
  if (Array.isArray(read)) {
    context.loaders.prime(read, walk.plan);
    return read as T[];
  }
  return context.loaders
    .walk(walk)
    .load(parent.key)
    .then((reached) => (Array.isArray(reached) ? reached : reached.rows) as T[]);
}

/** The one node a traversal reaches, or null. */
export function relatedOne<T extends NodeRow>(context: Context, name: TraversalName, parent: Parent, info: Lookahead): MaybePromise<T | null> {
  return then(relatedList<T>(context, name, parent, info), ([first]) => first ?? null);
}

/** The one node a traversal must reach (a role has a holder, a statement a speaker …). */
export function requiredOne<T extends NodeRow>(context: Context, name: TraversalName, parent: Parent & { label: string }, info: Lookahead): MaybePromise<T> {
  return then(relatedOne<T>(context, name, parent, info), (one) => required(one, parent));
}

/** A relationship the model requires: its absence breaks the graph's invariants. */
export function required<T>(value: T | null, of: { label: string; key: string }): T {
  if (value === null) throw new Error(`${of.label} ${of.key} lacks a required relationship`);
  return value;
}

/**
 * A Relay page of the nodes a traversal reaches; `first`/`after` are validated first. Already
 * read along with the parent (the same page: the plan read it from these arguments, under this
 * field's response name), or now. Without its total when the query asks neither totalCount nor
 * pageInfo: nothing shows it.
 */
export function relatedPage<T extends NodeRow>(
  context: Context,
  name: TraversalName,
  parent: Parent,
  args: PageArgs,
  info: Lookahead,
): MaybePromise<Connection<T>> {
  const page = readPage(args);
  const connection = ({ total, rows }: { total: number | null; rows: NodeRow[] }) =>
    toConnection(page, { total: total ?? page.offset + rows.length, rows: rows as T[] });
  const read = parent.related?.[responseName(info)];
  const walk = cachedWalkFor(name, info);
  if (read && !Array.isArray(read)) {
    context.loaders.prime(read.rows, walk.plan);
    return connection(read);
  }
  return context.loaders
    .walk(walk)
    .load(parent.key)
    .then((reached) => connection(Array.isArray(reached) ? { total: reached.length, rows: reached } : reached));
}
