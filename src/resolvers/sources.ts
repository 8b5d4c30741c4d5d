import type {
  EvidenceResolvers,
  FactResolvers,
  NodeResolvers,
  SearchHitResolvers,
  SourceResolvers,
} from '../generated/resolvers-types';
import type { EvidenceRow, FactRow } from '../repositories/rows';
import { id, loadNode, relatedList, relatedPage, resolveType } from './support';

export const Node: NodeResolvers = { __resolveType: resolveType };
export const Fact: FactResolvers = { __resolveType: resolveType };
export const SearchHit: SearchHitResolvers = { __resolveType: resolveType };

export const Source: SourceResolvers = {
  id,
  evidence: (row, args, context) => relatedPage<EvidenceRow>(context, 'Source.evidence', row.key, args),
};

export const Evidence: EvidenceResolvers = {
  id,
  source: (row, _args, context) => loadNode(context, 'Source', row.sourceKey),
  facts: (row, _args, context) => relatedList<FactRow>(context, 'Evidence.facts', row.key),
};
