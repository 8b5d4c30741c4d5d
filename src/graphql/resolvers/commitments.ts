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
} from '../../model/rows';
import { factFields, relatedOne, relatedPage } from './support';

export const Commitment: CommitmentResolvers = {
  ...factFields,
  pledgers: (row, args, context, info) => relatedPage<ActorRow>(context, 'Commitment.pledgers', row, args, info),
  beneficiary: (row, _args, context, info) => relatedOne<CountryRow>(context, 'Commitment.beneficiary', row, info),
  capabilities: (row, args, context, info) => relatedPage<CapabilityRow>(context, 'Commitment.capabilities', row, args, info),
  domains: (row, args, context, info) => relatedPage<DomainRow>(context, 'Commitment.domains', row, args, info),
  conditions: (row, args, context, info) => relatedPage<ConditionRow>(context, 'Commitment.conditions', row, args, info),
  priorities: (row, args, context, info) => relatedPage<PriorityRow>(context, 'Commitment.priorities', row, args, info),
  event: (row, _args, context, info) => relatedOne<EventRow>(context, 'Commitment.event', row, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Commitment.statements', row, args, info),
  positions: (row, args, context, info) => relatedPage<PositionRow>(context, 'Commitment.positions', row, args, info),
  openQuestions: (row, args, context, info) => relatedPage<OpenQuestionRow>(context, 'Commitment.openQuestions', row, args, info),
  risks: (row, args, context, info) => relatedPage<RiskRow>(context, 'Commitment.risks', row, args, info),
};

export const Capability: CapabilityResolvers = {
  ...factFields,
  commitments: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Capability.commitments', row, args, info),
};
