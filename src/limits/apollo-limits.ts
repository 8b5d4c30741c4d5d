import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
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
  // ApolloArmor wires its rules to report through the validation context: an over-limit
  // operation is an ordinary validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED).
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.depth },
    maxAliases: { n: limits.aliases, allowList: [] },
    maxDirectives: { n: limits.directives },
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
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      queryCostPlugin(limits.cost, { maxSourceChars }),
      ...(exposeSchema ? [] : [hideSuggestionsPlugin()]),
    ],
  };
}

