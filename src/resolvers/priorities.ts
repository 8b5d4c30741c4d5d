import type { PriorityResolvers } from '../generated/resolvers-types';
import type { CommitmentRow, EventRow, StatementRow } from '../repositories/rows';
import { factFields, relatedOne, relatedPage } from './support';

export const Priority: PriorityResolvers = {
  ...factFields,
  event: (row, _args, context) => relatedOne<EventRow>(context, 'Priority.event', row.key),
  commitments: (row, args, context) => relatedPage<CommitmentRow>(context, 'Priority.commitments', row.key, args),
  statements: (row, args, context) => relatedPage<StatementRow>(context, 'Priority.statements', row.key, args),
};
