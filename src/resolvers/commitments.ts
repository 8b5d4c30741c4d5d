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
  pledgers: (row, _args, context, info) => relatedList<ActorRow>(context, 'Commitment.pledgers', row, info),
  beneficiary: (row, _args, context, info) => relatedOne<CountryRow>(context, 'Commitment.beneficiary', row, info),
  capabilities: (row, _args, context, info) => relatedList<CapabilityRow>(context, 'Commitment.capabilities', row, info),
  domains: (row, _args, context, info) => relatedList<DomainRow>(context, 'Commitment.domains', row, info),
  conditions: (row, _args, context, info) => relatedList<ConditionRow>(context, 'Commitment.conditions', row, info),
  priorities: (row, _args, context, info) => relatedList<PriorityRow>(context, 'Commitment.priorities', row, info),
  event: (row, _args, context, info) => relatedOne<EventRow>(context, 'Commitment.event', row, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Commitment.statements', row, args, info),
  positions: (row, _args, context, info) => relatedList<PositionRow>(context, 'Commitment.positions', row, info),
  openQuestions: (row, _args, context, info) => relatedList<OpenQuestionRow>(context, 'Commitment.openQuestions', row, info),
  risks: (row, _args, context, info) => relatedList<RiskRow>(context, 'Commitment.risks', row, info),
};

export const Capability: CapabilityResolvers = {
  ...factFields,
  commitments: (row, _args, context, info) => relatedList<CommitmentRow>(context, 'Capability.commitments', row, info),
};
