import type { EventResolvers } from '../generated/resolvers-types';
import type { ActorRow, CommitmentRow, OpenQuestionRow, PriorityRow, StatementRow } from '../../model/rows';
import { factFields, relatedPage } from './support';

export const Event: EventResolvers = {
  ...factFields,
  attendees: (row, args, context, info) => relatedPage<ActorRow>(context, 'Event.attendees', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Event.statements', row, args, info),
  commitments: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Event.commitments', row, args, info),
  priorities: (row, args, context, info) => relatedPage<PriorityRow>(context, 'Event.priorities', row, args, info),
  openQuestions: (row, args, context, info) => relatedPage<OpenQuestionRow>(context, 'Event.openQuestions', row, args, info),
};
