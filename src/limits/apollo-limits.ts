import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Config } from '../config';
import { hideSuggestionsPlugin } from './hide-suggestions';
import { queryCostPlugin } from './query-cost';
import { servedOperationTypes } from './served-operation-types';

type LimitOptions = Pick<
  ApolloServerOptions<BaseContext>,
  | 'introspection'
  | 'parseOptions'
  | 'validationRules'
  | 'allowBatchedHttpRequests'
  | 'csrfPrevention'
  | 'includeStacktraceInErrorResponses'
  | 'stopOnTerminationSignals'
>;

export interface ApolloLimits {
  options: LimitOptions;
  plugins: ApolloServerPlugin[];
}

/**
 * Everything Apollo needs to bound and harden requests: depth, aliases and directives through
 * graphql-armor's validation rules; tokens through graphql-js's own parser limit (graphql-armor's
 * token plugin throws from a hook and turns an over-limit query into a 500); cost through a
 * plugin that sees variables; introspection, the landing page and suggestions per EXPOSE_SCHEMA.
 */
export function apolloLimits(config: Pick<Config, 'limits' | 'exposeSchema' | 'maxSourceChars'>): ApolloLimits {
  const { limits, exposeSchema, maxSourceChars } = config;
  // Each rule reports through the validation context: an over-limit operation is an ordinary
  // validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED), named by `extensions.limit`.
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.depth, ...reportedAs('depth', limits.depth) },
    maxAliases: { n: limits.aliases, allowList: [], ...reportedAs('aliases', limits.aliases) },
    maxDirectives: { n: limits.directives, ...reportedAs('directives', limits.directives) },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    options: {
      introspection: exposeSchema,
      parseOptions: { maxTokens: limits.tokens },
      validationRules: [...validationRules, servedOperationTypes],
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      includeStacktraceInErrorResponses: false,
      // main.ts owns SIGTERM/SIGINT: it drains, closes the driver and stops the embedded Neo4j.
      stopOnTerminationSignals: false,
    },
    plugins: [ApolloServerPluginLandingPageDisabled(), queryCostPlugin(limits.cost, { maxSourceChars }), ...(exposeSchema ? [] : [hideSuggestionsPlugin()])],
  };
}

type ArmorLimit = 'depth' | 'aliases' | 'directives';

/**
 * graphql-armor's rejection, reported as a validation error with a plain message: graphql-armor
 * prefixes its limits with "Syntax Error:", though the operation parsed fine.
 */
function reportedAs(limit: ArmorLimit, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit, max } })),
    ],
  };
}
