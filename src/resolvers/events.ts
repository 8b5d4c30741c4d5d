import type { EventResolvers } from '../generated/resolvers-types';
import type { ActorRow, CommitmentRow, OpenQuestionRow, PriorityRow, StatementRow } from '../repositories/rows';
import { factFields, relatedList, relatedPage } from './support';

export const Event: EventResolvers = {
  ...factFields,
  attendees: (row, _args, context, info) => relatedList<ActorRow>(context, 'Event.attendees', row, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Event.statements', row, args, info),
  commitments: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Event.commitments', row, args, info),
  priorities: (row, _args, context, info) => relatedList<PriorityRow>(context, 'Event.priorities', row, info),
  openQuestions: (row, _args, context, info) => relatedList<OpenQuestionRow>(context, 'Event.openQuestions', row, info),
};
