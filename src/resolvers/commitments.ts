import type { CapabilityResolvers, CommitmentResolvers } from '../generated/resolvers-types';
import type {
  ActorRow,
  CapabilityRow,
  CommitmentRow,
  ConditionRow,
  CountryRow,
  DomainRow,
  EventRow,
  OpenQuestionRow,
  PositionRow,
  PriorityRow,
  RiskRow,
  StatementRow,
} from '../repositories/rows';
import { factFields, relatedList, relatedOne, relatedPage } from './support';

export const Commitment: CommitmentResolvers = {
  ...factFields,
  pledgers: (row, _args, context) => relatedList<ActorRow>(context, 'Commitment.pledgers', row.key),
  beneficiary: (row, _args, context) => relatedOne<CountryRow>(context, 'Commitment.beneficiary', row.key),
  capabilities: (row, _args, context) => relatedList<CapabilityRow>(context, 'Commitment.capabilities', row.key),
  domains: (row, _args, context) => relatedList<DomainRow>(context, 'Commitment.domains', row.key),
  conditions: (row, _args, context) => relatedList<ConditionRow>(context, 'Commitment.conditions', row.key),
  priorities: (row, _args, context) => relatedList<PriorityRow>(context, 'Commitment.priorities', row.key),
  event: (row, _args, context) => relatedOne<EventRow>(context, 'Commitment.event', row.key),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'Commitment.statements', row.key, args),
  positions: (row, _args, context) => relatedList<PositionRow>(context, 'Commitment.positions', row.key),
  openQuestions: (row, _args, context) => relatedList<OpenQuestionRow>(context, 'Commitment.openQuestions', row.key),
  risks: (row, _args, context) => relatedList<RiskRow>(context, 'Commitment.risks', row.key),
};

export const Capability: CapabilityResolvers = {
  ...factFields,
  commitments: (row, _args, context) => relatedList<CommitmentRow>(context, 'Capability.commitments', row.key),
};
