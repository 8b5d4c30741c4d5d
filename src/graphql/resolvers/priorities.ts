import type { PriorityResolvers } from '../generated/resolvers-types';
import type { CommitmentRow, EventRow, StatementRow } from '../../model/rows';
import { factFields, relatedOne, relatedPage } from './support';

export const Priority: PriorityResolvers = {
  ...factFields,
  event: (row, _args, context, info) => relatedOne<EventRow>(context, 'Priority.event', row, info),
  commitments: (row, args, context, info) => relatedPage<CommitmentRow>(context, 'Priority.commitments', row, args, info),
  statements: (row, args, context, info) => relatedPage<StatementRow>(context, 'Priority.statements', row, args, info),
};
