import type {
  EvidenceResolvers,
  FactResolvers,
  NodeResolvers,
  SearchHitResolvers,
  SourceCoverageResolvers,
  SourceResolvers,
} from '../generated/resolvers-types';
import type { SourceRow } from '../../model/rows';
import { connectionOf } from '../../read/pagination';
import { required, requiredOne, resolveType } from './support';

export const Node: NodeResolvers = { __resolveType: resolveType };
export const Fact: FactResolvers = { __resolveType: resolveType };
export const SearchHit: SearchHitResolvers = { __resolveType: resolveType };

/** A source's full text, loaded only when asked for; its walks come from the model (model-fields.ts). */
export const Source: Pick<SourceResolvers, 'text' | 'titleEvidence' | 'publisherEvidence' | 'datelineEvidence' | 'coverage'> = {
  text: async (row, _args, context) => required(await context.loaders.sourceText.load(row.key), row),
  titleEvidence: async (row, _args, context) => (await context.loaders.sourcePropertyEvidence.load(row.key)).title ?? [],
  publisherEvidence: async (row, _args, context) => (await context.loaders.sourcePropertyEvidence.load(row.key)).publisher ?? [],
  datelineEvidence: async (row, _args, context) => (await context.loaders.sourcePropertyEvidence.load(row.key)).dateline ?? [],
  coverage: async (row, _args, context) => required(await context.loaders.sourceCoverage.load(row.key), row),
};

/** Pages of a coverage computed whole (src/read/coverage.ts). */
export const SourceCoverage: Pick<SourceCoverageResolvers, 'cited' | 'uncited'> = {
  cited: (row, args) => connectionOf(row.cited, args),
  uncited: (row, args) => connectionOf(row.uncited, args),
};

/** Evidence found by a search carries its source already. */
export const Evidence: Pick<EvidenceResolvers, 'source'> = {
  source: (row, _args, context, info) => row.source ?? requiredOne<SourceRow>(context, 'Evidence.source', row, info),
};
