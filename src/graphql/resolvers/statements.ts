import type { StatementResolvers } from '../generated/resolvers-types';
import type { ActorRow, EventRow, FactRow, SourceRow } from '../../model/rows';
import { factFields, relatedOne, relatedPage, requiredOne } from './support';

export const Statement: StatementResolvers = {
  ...factFields,
  speaker: (row, _args, context, info) => requiredOne<ActorRow>(context, 'Statement.speaker', row, info),
  event: (row, _args, context, info) => relatedOne<EventRow>(context, 'Statement.event', row, info),
  about: (row, args, context, info) => relatedPage<FactRow>(context, 'Statement.about', row, args, info),
  source: (row, _args, context, info) => requiredOne<SourceRow>(context, 'Statement.source', row, info),
};
