import type { ConditionDependentResolvers } from '../generated/resolvers-types';
import { resolveType } from './support';

export const ConditionDependent: ConditionDependentResolvers = { __resolveType: resolveType };
