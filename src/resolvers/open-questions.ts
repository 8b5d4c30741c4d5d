import type { OpenQuestionResolvers, PositionResolvers, RiskResolvers } from '../generated/resolvers-types';
import type { ActorRow, FactRow } from '../repositories/rows';
import { required } from './actors';
import { factFields, relatedList, relatedOne } from './support';

export const OpenQuestion: OpenQuestionResolvers = {
  ...factFields,
  about: (row, _args, context) => relatedList<FactRow>(context, 'OpenQuestion.about', row.key),
  raisedBy: (row, _args, context) => relatedOne<ActorRow>(context, 'OpenQuestion.raisedBy', row.key),
};

export const Position: PositionResolvers = {
  ...factFields,
  holder: async (row, _args, context) => required(await relatedOne<ActorRow>(context, 'Position.holder', row.key), row),
  about: (row, _args, context) => relatedList<FactRow>(context, 'Position.about', row.key),
};

export const Risk: RiskResolvers = {
  ...factFields,
  threatens: (row, _args, context) => relatedList<FactRow>(context, 'Risk.threatens', row.key),
};
