import type { ApolloServerPlugin } from '@apollo/server';

/** graphql-js hints: `Did you mean "name"?`, `Did you mean the enum value "AGREED"?`, … */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * Strips graphql-js's "Did you mean" hints from every error, so a server that hides its schema
 * (no introspection) doesn't spell it out one suggestion at a time. graphql-armor's
 * blockFieldSuggestion misses enum-value hints and leaves a stray "?", hence this plugin.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            error.message = withoutSuggestions(error.message);
          }
        },
      };
    },
  };
}
