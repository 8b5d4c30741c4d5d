import type { StatementResolvers } from '../generated/resolvers-types';
import type { ActorRow, EventRow, FactRow, SourceRow } from '../repositories/rows';
import { required } from './actors';
import { factFields, relatedList, relatedOne } from './support';

export const Statement: StatementResolvers = {
  ...factFields,
  speaker: async (row, _args, context, info) => required(await relatedOne<ActorRow>(context, 'Statement.speaker', row, info), row),
  event: (row, _args, context, info) => relatedOne<EventRow>(context, 'Statement.event', row, info),
  about: (row, _args, context, info) => relatedList<FactRow>(context, 'Statement.about', row, info),
  source: async (row, _args, context, info) => required(await relatedOne<SourceRow>(context, 'Statement.source', row, info), row),
};
