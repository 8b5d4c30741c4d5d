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
import { required } from './actors';
import { factFields, relatedList, relatedOne, relatedPage } from './support';

export const Domain: DomainResolvers = {
  ...factFields,
  leadership: (row, _args, context) => relatedList<DomainLeadershipRow>(context, 'Domain.leadership', row.key),
  commitments: (row, args, context) => relatedPage<CommitmentRow>(context, 'Domain.commitments', row.key, args),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'Domain.statements', row.key, args),
};

export const DomainLeadership: DomainLeadershipResolvers = {
  ...factFields,
  domain: async (row, _args, context) => required(await relatedOne<DomainRow>(context, 'DomainLeadership.domain', row.key), row),
  leads: (row, _args, context) => relatedList<ActorRow>(context, 'DomainLeadership.leads', row.key),
  conditions: (row, _args, context) => relatedList<ConditionRow>(context, 'DomainLeadership.conditions', row.key),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'DomainLeadership.statements', row.key, args),
  openQuestions: (row, _args, context) => relatedList<OpenQuestionRow>(context, 'DomainLeadership.openQuestions', row.key),
};
