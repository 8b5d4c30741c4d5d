import { ISO_ALPHA2 } from '../../write/seed/format';
import { badUserInput } from '../../errors';
import type { QueryResolvers } from '../generated/resolvers-types';
import { decodeId } from '../../ids';
import { toLuceneQuery } from '../../read/lucene';
import { readPage, toConnection } from '../../read/pagination';
import { readAlong } from './support';

/** Where a connection's nodes are in a query: `edges { node { … } }`. */
const NODES = ['edges', 'node'];

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

  countries: async (_root, args, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Country', page, null, readAlong('Country', info, NODES)));
  },

  country: (_root, { code }, context, info) => {
    if (!ISO_ALPHA2.test(code)) {
      throw badUserInput(`"${code}" is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. GB).`, 'code');
    }
    return context.loaders.node('Country', readAlong('Country', info, [])).load(code);
  },

  organizations: async (_root, { kind, ...args }, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Organization', page, kind, readAlong('Organization', info, NODES)));
  },

  people: async (_root, args, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Person', page, null, readAlong('Person', info, NODES)));
  },

  statements: async (_root, { filter, ...args }, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.statements.list(filter ?? {}, page, readAlong('Statement', info, NODES)));
  },

  commitments: async (_root, { filter, ...args }, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.commitments.list(filter ?? {}, page, readAlong('Commitment', info, NODES)));
  },

  priorities: async (_root, args, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Priority', page, null, readAlong('Priority', info, NODES)));
  },

  domains: async (_root, args, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Domain', page, null, readAlong('Domain', info, NODES)));
  },

  domain: (_root, { name }, context, info) => context.repositories.nodes.domainByName(name, readAlong('Domain', info, [])),

  conditions: async (_root, { kind, ...args }, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Condition', page, kind, readAlong('Condition', info, NODES)));
  },

  openQuestions: async (_root, args, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('OpenQuestion', page, null, readAlong('OpenQuestion', info, NODES)));
  },

  events: async (_root, args, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Event', page, null, readAlong('Event', info, NODES)));
  },

  sources: async (_root, args, context, info) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Source', page, null, readAlong('Source', info, NODES)));
  },
};
