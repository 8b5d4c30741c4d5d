import type { ConditionDependentResolvers, ConditionResolvers } from '../generated/resolvers-types';
import type { CommitmentRow, DomainLeadershipRow, PositionRow, StatementRow } from '../repositories/rows';
import { factFields, relatedList, relatedPage, resolveType } from './support';

export const Condition: ConditionResolvers = {
  ...factFields,
  dependents: (row, args, context) =>
    relatedPage<CommitmentRow | DomainLeadershipRow>(context, 'Condition.dependents', row.key, args),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'Condition.statements', row.key, args),
  positions: (row, _args, context) => relatedList<PositionRow>(context, 'Condition.positions', row.key),
};

export const ConditionDependent: ConditionDependentResolvers = { __resolveType: resolveType };
