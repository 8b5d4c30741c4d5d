import type { StatementResolvers } from '../generated/resolvers-types';
import type { ActorRow, EventRow, FactRow, SourceRow } from '../repositories/rows';
import { required } from './actors';
import { factFields, relatedList, relatedOne } from './support';

export const Statement: StatementResolvers = {
  ...factFields,
  speaker: async (row, _args, context) => required(await relatedOne<ActorRow>(context, 'Statement.speaker', row.key), row),
  event: (row, _args, context) => relatedOne<EventRow>(context, 'Statement.event', row.key),
  about: (row, _args, context) => relatedList<FactRow>(context, 'Statement.about', row.key),
  source: async (row, _args, context) => required(await relatedOne<SourceRow>(context, 'Statement.sources', row.key), row),
};
