import { ISO_ALPHA2 } from '../../seed/format';
import { badUserInput } from '../errors';
import type { QueryResolvers } from '../generated/resolvers-types';
import { decodeId } from '../ids';
import { toLuceneQuery } from '../lucene';
import { readPage, toConnection } from '../pagination';

export const Query: QueryResolvers = {
  health: () => 'ok',

  node: (_root, { id }, context) => {
    const { label, key } = decodeId(id);
    return context.loaders.node(label).load(key);
  },

  search: async (_root, { query, ...args }, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.search.search(toLuceneQuery(query), page));
  },

  countries: async (_root, args, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Country', page));
  },

  country: (_root, { code }, context) => {
    if (!ISO_ALPHA2.test(code)) {
      throw badUserInput(`"${code}" is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. GB).`, 'code');
    }
    return context.loaders.node('Country').load(code);
  },

  organizations: async (_root, { kind, ...args }, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Organization', page, kind));
  },

  people: async (_root, args, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Person', page));
  },

  statements: async (_root, { filter, ...args }, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.statements.list(filter ?? {}, page));
  },

  commitments: async (_root, { filter, ...args }, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.commitments.list(filter ?? {}, page));
  },

  priorities: async (_root, args, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Priority', page));
  },

  domains: async (_root, args, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Domain', page));
  },

  domain: (_root, { name }, context) => context.repositories.nodes.domainByName(name),

  conditions: async (_root, { kind, ...args }, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Condition', page, kind));
  },

  openQuestions: async (_root, args, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('OpenQuestion', page));
  },

  events: async (_root, args, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Event', page));
  },

  sources: async (_root, args, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.nodes.list('Source', page));
  },
};
