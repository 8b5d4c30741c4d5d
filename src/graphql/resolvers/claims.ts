import type { Context } from '../context';
import type { DisagreementResolvers, QueryResolvers } from '../generated/resolvers-types';
import type { FactLabel } from '../../model/graph';
import { readPage, toConnection, type PageArgs } from '../../read/pagination';
import type { Lookahead } from '../../read/plan';
import { readAlong, required } from './support';

/** Where a connection's nodes are in a query: `edges { node { … } }`. */
const NODES = ['edges', 'node'];

type ClaimsArgs = PageArgs & { field?: string | null };

/** `claims(field, first, after)` of every fact: a window of its claims, batched per request. */
export async function factClaims(row: { label: FactLabel; key: string }, { field, ...args }: ClaimsArgs, context: Context, info: Lookahead) {
  const page = readPage(args);
  const read = await context.loaders.claims(row.label, { field: field ?? null, page }, readAlong('Claim', info, NODES)).load(row.key);
  return toConnection(page, read);
}

export const Disagreement: DisagreementResolvers = {
  fact: async ({ fact }, _args, context, info) => required(await context.loaders.node(fact.label, readAlong(fact.label, info, [])).load(fact.key), fact),
  claims: async ({ fact, field }, { first }, context, info) => {
    const page = readPage({ first });
    const read = await context.loaders.claims(fact.label, { field, page }, readAlong('Claim', info, [])).load(fact.key);
    return read.rows;
  },
};

export const ClaimsQuery: Pick<QueryResolvers, 'disagreements'> = {
  disagreements: async (_root, args, context) => {
    const page = readPage(args);
    return toConnection(page, await context.repositories.claims.disagreements(page));
  },
};
