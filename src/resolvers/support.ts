import { getNamedType, isLeafType, isObjectType } from 'graphql';
import type { Context } from '../context';
import { encodeId } from '../ids';
import { readPage, toConnection, type Connection, type Page, type PageArgs, type PageOf } from '../pagination';
import type { NodeLabel } from '../repositories/ingest-repository';
import type { RowShape } from '../repositories/cypher';
import type { InlineTraversal, RelationOptions } from '../repositories/read-along';
import { targetLabel, TRAVERSALS, type TraversalName } from '../repositories/traversals';
import type { EvidenceRow, FactRow, NodeRow, RowOf } from '../repositories/rows';
import { argumentsAt, selectedFields, type Lookahead } from './lookahead';

/** `id` of any node: its type and key, encoded. */
export const id = (row: { label: NodeLabel; key: string }): string => encodeId(row.label, row.key);

/** `__resolveType` of every interface and union: a row's label is its GraphQL type name. */
export const resolveType = <L extends NodeLabel>(row: { label: L }): L => row.label;

/** The fields every fact shares. */
export const factFields = {
  id,
  evidence: (row: FactRow, _args: unknown, context: Context): EvidenceRow[] | Promise<EvidenceRow[]> =>
    row.evidence ?? context.loaders.evidence(row.label).load(row.key),
};

/** A node that must exist (its absence would break the graph's invariants). */
export async function loadNode<L extends NodeLabel>(context: Context, label: L, key: string): Promise<RowOf<L>> {
  const node = await context.loaders.node(label).load(key);
  if (!node) throw new Error(`${label} ${key} is missing from the graph`);
  return node;
}

/**
 * What to read with nodes of `target`'s label, from what the query asks of them (at `path`):
 * their evidence, and every field that walks a traversal — lists whole, connections as the page
 * asked for — recursively, so one query answers a whole subtree of the request.
 */
export function readAlong(target: NodeLabel | null, info: Lookahead, path: readonly string[]): RelationOptions {
  const type = target ? info.schema.getType(target) : undefined;
  const fields = selectedFields(info, path);
  const inline = isObjectType(type)
    ? fields.flatMap((field): InlineTraversal[] => {
        const name = `${target}.${field}`;
        const definition = type.getFields()[field];
        if (!isTraversal(name) || !definition) return [];
        if (definition.args.length === 0) return [{ name, ...readAlong(targetLabel(name), info, [...path, field]) }];
        const page = pageOf(argumentsAt(info, path, definition));
        if (!page) return [];
        const connection = selectedFields(info, [...path, field]);
        const withTotal = connection.includes('totalCount') || connection.includes('pageInfo');
        return [{ name, page, withTotal, ...readAlong(targetLabel(name), info, [...path, field, 'edges', 'node']) }];
      })
    : [];
  const withEvidence = fields.includes('evidence');
  return {
    withEvidence,
    shape: shapeOf(target, info, path),
    ...(withEvidence
      ? {
          evidenceShape: shapeOf('Evidence', info, [...path, 'evidence']),
          sourceShape: shapeOf('Source', info, [...path, 'evidence', 'source']),
        }
      : {}),
    inline,
  };
}

/** Properties a resolver reads beyond the field it resolves. */
const ALSO_READ: Partial<Record<NodeLabel, readonly string[]>> = { Commitment: ['stage', 'currentStage'] };

/**
 * The properties to read of `label`'s nodes for what the query selects at `path`: its
 * argument-less leaf fields (`id` is computed; a computed field with no property of its name
 * reads as null and costs nothing) and what resolvers also read. Undefined (read them all) when
 * the label isn't known.
 */
function shapeOf(label: NodeLabel | null, info: Lookahead, path: readonly string[]): RowShape | undefined {
  const type = label ? info.schema.getType(label) : undefined;
  if (!label || !isObjectType(type)) return undefined;
  const fields = type.getFields();
  const stored = selectedFields(info, path).filter((name) => {
    const field = fields[name];
    return name !== 'id' && field !== undefined && field.args.length === 0 && isLeafType(getNamedType(field.type));
  });
  return { label, properties: [...new Set([...stored, ...(ALSO_READ[label] ?? [])])] };
}

const isTraversal = (name: string): name is TraversalName => name in TRAVERSALS;

/** The page a connection's arguments ask for, when they are only a valid `first`/`after`. */
function pageOf(args: Record<string, unknown> | undefined): Page | undefined {
  if (!args || Object.keys(args).some((name) => name !== 'first' && name !== 'after')) return undefined;
  try {
    return readPage(args as PageArgs);
  } catch {
    // Left to the connection's own resolver, which reports it where it belongs.
    return undefined;
  }
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
  const read = parent.related?.[name];
  if (Array.isArray(read)) return read as T[];
  return context.loaders
    .related(name, readAlong(targetLabel(name), info, []))
    .load({ key: parent.key, offset: 0, first: null })
    .then(({ rows }) => rows as T[]);
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
 * read along with the parent (the same page: the parent read it from these arguments), or now.
 */
export function relatedPage<T extends NodeRow>(
  context: Context,
  name: TraversalName,
  parent: Parent,
  args: PageArgs,
  info: Lookahead,
): MaybePromise<Connection<T>> {
  const page = readPage(args);
  const read = parent.related?.[name];
  if (read && !Array.isArray(read)) {
    // Read without its total when the query asks neither totalCount nor pageInfo: nothing shows it.
    return toConnection(page, { total: read.total ?? page.offset + read.rows.length, rows: read.rows as T[] });
  }
  return context.loaders
    .related(name, readAlong(targetLabel(name), info, ['edges', 'node']))
    .load({ key: parent.key, ...page })
    .then((result) => toConnection(page, result as PageOf<T>));
}
