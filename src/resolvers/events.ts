import type { EventResolvers } from '../generated/resolvers-types';
import type { ActorRow, CommitmentRow, OpenQuestionRow, PriorityRow, StatementRow } from '../repositories/rows';
import { factFields, relatedList, relatedPage } from './support';

export const Event: EventResolvers = {
  ...factFields,
  attendees: (row, _args, context) => relatedList<ActorRow>(context, 'Event.attendees', row.key),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'Event.statements', row.key, args),
  commitments: (row, args, context) => relatedPage<CommitmentRow>(context, 'Event.commitments', row.key, args),
  priorities: (row, _args, context) => relatedList<PriorityRow>(context, 'Event.priorities', row.key),
  openQuestions: (row, _args, context) => relatedList<OpenQuestionRow>(context, 'Event.openQuestions', row.key),
};
