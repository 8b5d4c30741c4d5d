import type { Context } from '../context';
import type { DisagreementResolvers, QueryResolvers } from '../generated/resolvers-types';
import { FACT_LABELS, type FactLabel } from '../../model/graph';
import { readPage, toConnection, type PageArgs } from '../../read/pagination';
import type { Lookahead } from '../../read/plan';
import { readAlong, required } from './support';
import { badUserInput } from '../../errors';
import { PROPERTY_FIELDS, REFERENCE_FIELDS } from '../../write/seed/format';

/** Where a connection's nodes are in a query: `edges { node { … } }`. */
const NODES = ['edges', 'node'];

type ClaimsArgs = PageArgs & { field?: string | null };

/** The fields a fact of each label makes claims about: the links it names and its properties. */
const CLAIMED_FIELDS = new Map<FactLabel, readonly string[]>(
  FACT_LABELS.map((label) => [
    label,
    [...REFERENCE_FIELDS.filter((reference) => reference.label === label).map((reference) => reference.field), ...PROPERTY_FIELDS[label]],
  ]),
);

/** `claims(field, first, after)` of every fact: a window of its claims, batched per request. */
export async function factClaims(row: { label: FactLabel; key: string }, { field, ...args }: ClaimsArgs, context: Context, info: Lookahead) {
  const fields = CLAIMED_FIELDS.get(row.label) ?? [];
  if (field != null && !fields.includes(field)) {
    throw badUserInput(`names no field a ${row.label} makes claims about; one of: ${fields.join(', ')}.`, 'field');
  }
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
