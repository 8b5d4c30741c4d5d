import type { ConditionDependentResolvers, ConditionResolvers } from '../generated/resolvers-types';
import type { CommitmentRow, DomainLeadershipRow, PositionRow, StatementRow } from '../../model/rows';
import { factFields, relatedPage, resolveType } from './support';

export const Condition: ConditionResolvers = {
  ...factFields,
  dependents: (row, args, context, info) =>
    relatedPage<CommitmentRow | DomainLeadershipRow>(context, 'Condition.dependents', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Condition.statements', row, args, info),
  positions: (row, args, context, info) => relatedPage<PositionRow>(context, 'Condition.positions', row, args, info),
};

export const ConditionDependent: ConditionDependentResolvers = { __resolveType: resolveType };
