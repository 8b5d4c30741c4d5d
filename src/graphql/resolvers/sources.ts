import type { EvidenceResolvers, FactResolvers, NodeResolvers, SearchHitResolvers, SourceResolvers } from '../generated/resolvers-types';
import type { SourceRow } from '../../model/rows';
import { required, requiredOne, resolveType } from './support';

export const Node: NodeResolvers = { __resolveType: resolveType };
export const Fact: FactResolvers = { __resolveType: resolveType };
export const SearchHit: SearchHitResolvers = { __resolveType: resolveType };

/** A source's full text, loaded only when asked for; its walks come from the model (model-fields.ts). */
export const Source: Pick<SourceResolvers, 'text'> = {
  text: async (row, _args, context) => required(await context.loaders.sourceText.load(row.key), row),
};

/** Evidence found by a search carries its source already. */
export const Evidence: Pick<EvidenceResolvers, 'source'> = {
  source: (row, _args, context, info) => row.source ?? requiredOne<SourceRow>(context, 'Evidence.source', row, info),
};
