import type { OpenQuestionResolvers, PositionResolvers, RiskResolvers } from '../generated/resolvers-types';
import type { ActorRow, FactRow } from '../../model/rows';
import { factFields, relatedOne, relatedPage, requiredOne } from './support';

export const OpenQuestion: OpenQuestionResolvers = {
  ...factFields,
  about: (row, args, context, info) => relatedPage<FactRow>(context, 'OpenQuestion.about', row, args, info),
  raisedBy: (row, _args, context, info) => relatedOne<ActorRow>(context, 'OpenQuestion.raisedBy', row, info),
};

export const Position: PositionResolvers = {
  ...factFields,
  holder: (row, _args, context, info) => requiredOne<ActorRow>(context, 'Position.holder', row, info),
  about: (row, args, context, info) => relatedPage<FactRow>(context, 'Position.about', row, args, info),
};

export const Risk: RiskResolvers = {
  ...factFields,
  threatens: (row, args, context, info) => relatedPage<FactRow>(context, 'Risk.threatens', row, args, info),
};
