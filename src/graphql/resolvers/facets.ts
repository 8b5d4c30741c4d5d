import { getArgumentValues, getNamedType, isObjectType } from 'graphql';
import type { Context } from '../context';
import type { CommitmentFacetsResolvers, QueryResolvers, StatementFacetsResolvers } from '../generated/resolvers-types';
import { FACETS, type CountedLabel, type Dimension, type FacetRead, type FacetsRow } from '../../read/facets';
import { readPage } from '../../read/pagination';
import { labelsReachedBy, planAt, responseName, selectedFields, type Lookahead } from '../../read/plan';

/**
 * The facets the query selects of `counted`, by response name: for a node facet its `first`
 * (validated as a page size: the cost rule charged it) and what is read of its nodes.
 */
function facetReads(counted: CountedLabel, info: Lookahead): FacetRead[] {
  const type = getNamedType(info.schema.getType(`${counted}Facets`) ?? undefined);
  if (!type || !isObjectType(type)) throw new Error(`no ${counted}Facets type`);
  const dimensions: Readonly<Record<string, Dimension>> = FACETS[counted];
  return [...selectedFields(info)].flatMap(([as, [node]]): FacetRead[] => {
    const dimension = node && dimensions[node.name.value];
    if (!node || !dimension) return [];
    if (!('nodes' in dimension)) return [{ as, dimension: node.name.value }];
    const { first } = getArgumentValues(type.getFields()[node.name.value]!, node, info.variableValues) as { first?: number | null };
    const page = readPage({ first });
    return [
      {
        as,
        dimension: node.name.value,
        first: page.first,
        plan: planAt(labelsReachedBy(dimension.traversal, info.schema), info, [node.name.value, 'node']),
      },
    ];
  });
}

/** A facet's groups: read with the root field, under the facet's response name. */
const groups = (row: FacetsRow, _args: unknown, _context: Context, info: Lookahead) => (row.groups[responseName(info)] ?? []) as never;

const facetResolvers = (counted: CountedLabel) => Object.fromEntries(Object.keys(FACETS[counted]).map((name) => [name, groups]));

export const CommitmentFacets = facetResolvers('Commitment') as CommitmentFacetsResolvers;
export const StatementFacets = facetResolvers('Statement') as StatementFacetsResolvers;

export const FacetsQuery: Pick<QueryResolvers, 'commitmentFacets' | 'statementFacets'> = {
  commitmentFacets: (_root, { filter }, context, info) => context.repositories.commitments.facets(filter ?? {}, facetReads('Commitment', info)),
  statementFacets: (_root, { filter }, context, info) => context.repositories.statements.facets(filter ?? {}, facetReads('Statement', info)),
};
