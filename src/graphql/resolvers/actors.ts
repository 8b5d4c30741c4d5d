import type { ActorResolvers, CountryResolvers } from '../generated/resolvers-types';
import { resolveType } from './support';

export const Actor: ActorResolvers = { __resolveType: resolveType };

/** Country's computed fields; its walks come from the model (model-fields.ts). */
export const Country: Pick<CountryResolvers, 'code'> = {
  code: (row) => row.key,
};
