import type { OpenQuestionResolvers, PositionResolvers, RiskResolvers } from '../generated/resolvers-types';
import type { ActorRow, FactRow } from '../repositories/rows';
import { factFields, relatedList, relatedOne, requiredOne } from './support';

export const OpenQuestion: OpenQuestionResolvers = {
  ...factFields,
  about: (row, _args, context, info) => relatedList<FactRow>(context, 'OpenQuestion.about', row, info),
  raisedBy: (row, _args, context, info) => relatedOne<ActorRow>(context, 'OpenQuestion.raisedBy', row, info),
};

export const Position: PositionResolvers = {
  ...factFields,
  holder: (row, _args, context, info) => requiredOne<ActorRow>(context, 'Position.holder', row, info),
  about: (row, _args, context, info) => relatedList<FactRow>(context, 'Position.about', row, info),
};

export const Risk: RiskResolvers = {
  ...factFields,
  threatens: (row, _args, context, info) => relatedList<FactRow>(context, 'Risk.threatens', row, info),
};
