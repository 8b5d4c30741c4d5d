import type {
  EvidenceResolvers,
  FactResolvers,
  NodeResolvers,
  SearchHitResolvers,
  SourceResolvers,
} from '../generated/resolvers-types';
import type { EvidenceRow, FactRow, SourceRow } from '../../model/rows';
import { id, relatedPage, required, requiredOne, resolveType } from './support';

export const Node: NodeResolvers = { __resolveType: resolveType };
export const Fact: FactResolvers = { __resolveType: resolveType };
export const SearchHit: SearchHitResolvers = { __resolveType: resolveType };

export const Source: SourceResolvers = {
  id,
  text: async (row, _args, context) => required(await context.loaders.sourceText.load(row.key), row),
  evidence: (row, args, context, info) => relatedPage<EvidenceRow>(context, 'Source.evidence', row, args, info),
};

export const Evidence: EvidenceResolvers = {
  id,
  source: (row, _args, context, info) => row.source ?? requiredOne<SourceRow>(context, 'Evidence.source', row, info),
  facts: (row, args, context, info) => relatedPage<FactRow>(context, 'Evidence.facts', row, args, info),
};
