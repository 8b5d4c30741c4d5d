import type { DomainLeadershipResolvers, DomainResolvers } from '../generated/resolvers-types';
import type {
  ActorRow,
  CommitmentRow,
  ConditionRow,
  DomainLeadershipRow,
  DomainRow,
  OpenQuestionRow,
  StatementRow,
} from '../repositories/rows';
import { factFields, relatedList, relatedPage, requiredOne } from './support';

export const Domain: DomainResolvers = {
  ...factFields,
  leadership: (row, _args, context, info) => relatedList<DomainLeadershipRow>(context, 'Domain.leadership', row, info),
  commitments: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Domain.commitments', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Domain.statements', row, args, info),
};

export const DomainLeadership: DomainLeadershipResolvers = {
  ...factFields,
  domain: (row, _args, context, info) => requiredOne<DomainRow>(context, 'DomainLeadership.domain', row, info),
  leads: (row, _args, context, info) => relatedList<ActorRow>(context, 'DomainLeadership.leads', row, info),
  conditions: (row, _args, context, info) => relatedList<ConditionRow>(context, 'DomainLeadership.conditions', row, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'DomainLeadership.statements', row, args, info),
  openQuestions: (row, _args, context, info) => relatedList<OpenQuestionRow>(context, 'DomainLeadership.openQuestions', row, info),
};
