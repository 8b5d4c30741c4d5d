import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../context';
import { encodeId } from '../../ids';
import { readPage, toConnection, type Connection, type Page, type PageArgs, type PageOf } from '../../read/pagination';
import { NODE_LABELS, type NodeLabel } from '../../write/ingest-repository';
import type { RowShape } from '../../read/cypher';
import { relatedField, type InlineTraversal, type RelationOptions } from '../../read/read-along';
import { TRAVERSALS, walkAlike, type TraversalName } from '../../read/traversals';
import type { EvidenceRow, FactRow, NodeRow, RowOf } from '../../model/rows';
import { argumentsAt, selectedFields, type Lookahead } from '../../read/lookahead';

/** `id` of any node: its type and key, encoded. */
export const id = (row: { label: NodeLabel; key: string }): string => encodeId(row.label, row.key);

/** `__resolveType` of every interface and union: a row's label is its GraphQL type name. */
export const resolveType = <L extends NodeLabel>(row: { label: L }): L => row.label;

/** The fields every fact shares. */
export const factFields = {
  id,
  evidence: (row: FactRow, args: PageArgs, context: Context, info: Lookahead): MaybePromise<Connection<EvidenceRow>> =>
    relatedPage<EvidenceRow>(context, `${row.label}.evidence`, row, args, info),
};

/** A node that must exist (its absence would break the graph's invariants). */
export async function loadNode<L extends NodeLabel>(context: Context, label: L, key: string): Promise<RowOf<L>> {
  const node = await context.loaders.node(label).load(key);
  if (!node) throw new Error(`${label} ${key} is missing from the graph`);
  return node;
}

/**
 * What to read with nodes of the `targets` labels, from what the query asks of them (at `path`):
 * every field that walks a traversal — lists whole, connections as the page asked for — and
 * recursively what is asked below it, so one query answers a whole subtree of the request.
 * Nodes of several labels (an interface or a union) are walked on where they all walk a field
 * alike (e.g. `evidence`); other fields are left to their resolvers.
 */
export function readAlong(targets: NodeLabel | readonly NodeLabel[], info: Lookahead, path: readonly string[]): RelationOptions {
  const labels = typeof targets === 'string' ? [targets] : targets;
  const inline = selectedFields(info, path).flatMap((field): InlineTraversal[] => {
    const walked = sharedTraversal(labels, field, info.schema);
    if (!walked) return [];
    const { name, definition } = walked;
    const next = nodeLabelsOf(definition.type, info.schema);
    if (definition.args.length === 0) return [{ name, ...readAlong(next, info, [...path, field]) }];
    const page = pageOf(argumentsAt(info, path, definition));
    if (!page) return [];
    const connection = selectedFields(info, [...path, field]);
    const withTotal = connection.includes('totalCount') || connection.includes('pageInfo');
    return [{ name, page, withTotal, ...readAlong(next, info, [...path, field, 'edges', 'node']) }];
  });
  return { shape: labels.length === 1 ? shapeOf(labels[0]!, info, path) : undefined, inline };
}

/** The traversal every one of `labels` walks for `field` with the same pattern, and the field's definition. */
function sharedTraversal(
  labels: readonly NodeLabel[],
  field: string,
  schema: GraphQLSchema,
): { name: TraversalName; definition: GraphQLField<unknown, unknown> } | undefined {
  const walks = labels.map((label) => {
    const type = schema.getType(label);
    const name = `${label}.${field}`;
    return isObjectType(type) && isTraversal(name) ? { name, definition: type.getFields()[field] } : undefined;
  });
  const [first] = walks;
  if (!first?.definition) return undefined;
  const alike = walks.every((walk) => walk && walkAlike(walk.name, first.name));
  return alike ? { name: first.name, definition: first.definition } : undefined;
}

/** The labels of the nodes a field returns (its list's items, its connection's nodes): every possible type of an interface or a union. */
function nodeLabelsOf(fieldType: GraphQLOutputType, schema: GraphQLSchema): NodeLabel[] {
  const named = getNamedType(fieldType);
  const node = isObjectType(named) && named.name.endsWith('Connection') ? connectionNodeType(named) : named;
  const types = isAbstractType(node) ? schema.getPossibleTypes(node) : [node];
  return types.map(({ name }) => name).filter((name): name is NodeLabel => (NODE_LABELS as readonly string[]).includes(name));
}

/** The type of `edges { node }` of a connection type. */
function connectionNodeType(connection: GraphQLObjectType): GraphQLNamedType {
  const edge = getNamedType(connection.getFields().edges?.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : connection;
}

/** The labels of the nodes a traversal reaches, as the schema types the field that walks it. */
function labelsReachedBy(name: TraversalName, schema: GraphQLSchema): NodeLabel[] {
  const type = schema.getType(TRAVERSALS[name].from);
  const field = isObjectType(type) ? type.getFields()[relatedField(name)] : undefined;
  return field ? nodeLabelsOf(field.type, schema) : [];
}

/** Properties a resolver reads beyond the field it resolves. */
const ALSO_READ: Partial<Record<NodeLabel, readonly string[]>> = { Commitment: ['stage', 'currentStage'] };

/**
 * The properties to read of `label`'s nodes for what the query selects at `path`: its
 * argument-less leaf fields (`id` is computed; a computed field with no property of its name
 * reads as null and costs nothing) and what resolvers also read. Undefined (read them all) when
 * the label isn't known.
 */
function shapeOf(label: NodeLabel, info: Lookahead, path: readonly string[]): RowShape | undefined {
  const type = info.schema.getType(label);
  if (!isObjectType(type)) return undefined;
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
    return readPage(args);
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
  const read = parent.related?.[relatedField(name)];
  if (Array.isArray(read)) return read as T[];
  return context.loaders
    .related(name, readAlong(labelsReachedBy(name, info.schema), info, []))
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
  const read = parent.related?.[relatedField(name)];
  if (read && !Array.isArray(read)) {
    // Read without its total when the query asks neither totalCount nor pageInfo: nothing shows it.
    return toConnection(page, { total: read.total ?? page.offset + read.rows.length, rows: read.rows as T[] });
  }
  return context.loaders
    .related(name, readAlong(labelsReachedBy(name, info.schema), info, ['edges', 'node']))
    .load({ key: parent.key, ...page })
    .then((result) => toConnection(page, result as PageOf<T>));
}
