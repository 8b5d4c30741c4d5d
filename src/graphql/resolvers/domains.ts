import type { DomainLeadershipResolvers, DomainResolvers } from '../generated/resolvers-types';
import type {
  ActorRow,
  CommitmentRow,
  ConditionRow,
  DomainLeadershipRow,
  DomainRow,
  OpenQuestionRow,
  StatementRow,
} from '../../model/rows';
import { factFields, relatedPage, requiredOne } from './support';

export const Domain: DomainResolvers = {
  ...factFields,
  leadership: (row, args, context, info) => relatedPage<DomainLeadershipRow>(context, 'Domain.leadership', row, args, info),
  commitments: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Domain.commitments', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Domain.statements', row, args, info),
};

export const DomainLeadership: DomainLeadershipResolvers = {
  ...factFields,
  domain: (row, _args, context, info) => requiredOne<DomainRow>(context, 'DomainLeadership.domain', row, info),
  leads: (row, args, context, info) => relatedPage<ActorRow>(context, 'DomainLeadership.leads', row, args, info),
  conditions: (row, args, context, info) => relatedPage<ConditionRow>(context, 'DomainLeadership.conditions', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'DomainLeadership.statements', row, args, info),
  openQuestions: (row, args, context, info) => relatedPage<OpenQuestionRow>(context, 'DomainLeadership.openQuestions', row, args, info),
};
