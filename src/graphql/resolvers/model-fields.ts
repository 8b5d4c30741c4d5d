/**
 * The resolvers the model (src/model) implies: every field that walks a relationship or path of
 * the model, and every root field that pages through all nodes of a listed label. Resolver files
 * hold only what the model can't say (computed fields, lookups, searches, mutations).
 */
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { fieldsOf, type ModelField } from '../../model/fields';
import { LISTED_LABELS, NODE_TYPES, type NodeLabel } from '../../model/graph';
import type { NodeRow } from '../../model/rows';
import type { Lookahead } from '../../read/plan';
import { readPage, toConnection, type PageArgs } from '../../read/pagination';
import { id, readAlong, relatedOne, relatedPage, requiredOne } from './support';

type FieldResolver = (row: NodeRow, args: PageArgs, context: Context, info: Lookahead) => unknown;

/** Where a connection's nodes are in a query: `edges { node { … } }`. */
const NODES = ['edges', 'node'];

function resolverOf({ name, cardinality }: ModelField): FieldResolver {
  switch (cardinality) {
    case 'connection':
      return (row, args, context, info) => relatedPage(context, name, row, args, info);
    case 'one':
      return (row, _args, context, info) => relatedOne(context, name, row, info);
    case 'requiredOne':
      return (row, _args, context, info) => requiredOne(context, name, row, info);
  }
}

/** `id` and every field of `label` that walks the graph, each reading through the planner (support.ts). */
export function modelFieldResolvers<L extends NodeLabel>(label: L): NonNullable<Resolvers[L]> {
  const walks = Object.fromEntries(fieldsOf(label).map((field) => [field.field, resolverOf(field)]));
  return { id, ...walks };
}

/** The root fields that page through all nodes of a listed label (`countries`, `sources` …), filtered by `kind` where the field takes one. */
export function modelRootResolvers(): NonNullable<Resolvers['Query']> {
  const lists = LISTED_LABELS.map((label) => {
    type ListArgs = PageArgs & { kind?: string | null; name?: string | null; title?: string | null };
    const list = async (_root: unknown, { kind, name, title, ...args }: ListArgs, context: Context, info: Lookahead) => {
      const page = readPage(args);
      return toConnection(page, await context.repositories.nodes.list(label, page, kind ?? null, readAlong(label, info, NODES), name ?? title ?? null));
    };
    return [NODE_TYPES[label].plural, list];
  });
  return Object.fromEntries(lists) as NonNullable<Resolvers['Query']>;
}
