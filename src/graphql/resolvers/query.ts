import { ISO_ALPHA2 } from '../../write/seed/format';
import { badUserInput } from '../../errors';
import type { QueryResolvers } from '../generated/resolvers-types';
import { decodeId } from '../../ids';
import { toLuceneQuery } from '../../read/lucene';
import { readPage, toConnection } from '../../read/pagination';
import { readAlong } from './support';

/** Where a connection's nodes are in a query: `edges { node { … } }`. */
const NODES = ['edges', 'node'];

/** The root fields the model can't derive (model-fields.ts lists the rest): lookups, filtered lists, search. */
export const Query: QueryResolvers = {
  health: () => 'ok',

  node: (_root, { id }, context, info) => {
    const { label, key } = decodeId(id);
    return context.loaders.node(label, readAlong(label, info, [])).load(key);
  },

  search: async (_root, { query, ...args }, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.search.search(toLuceneQuery(query), page));
  },

  country: (_root, { code }, context, info) => {
    if (!ISO_ALPHA2.test(code)) {
      throw badUserInput(`"${code}" is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. GB).`, 'code');
    }
    return context.loaders.node('Country', readAlong('Country', info, [])).load(code);
  },

  statements: async (_root, { filter, ...args }, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.statements.list(filter ?? {}, page, readAlong('Statement', info, NODES)));
  },

  commitments: async (_root, { filter, ...args }, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.commitments.list(filter ?? {}, page, readAlong('Commitment', info, NODES)));
  },

  domain: (_root, { name }, context, info) => context.repositories.nodes.domainByName(name, readAlong('Domain', info, [])),
};
