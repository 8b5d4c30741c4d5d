import type { ApolloServerPlugin } from '@apollo/server';

/** graphql-js hints: `Did you mean "name"?`, `Did you mean the enum value "AGREED"?`, … */
const HINT = 'Did you mean ';
const WHITESPACE = /\s/;

/**
 * The message without its hints: each `Did you mean ` up to the next `?`, with the whitespace
 * before it (what `/\s*Did you mean [^?]*\?/g` removes). A scan, not that regex: messages echo
 * input, and the regex backtracks quadratically on long runs of whitespace.
 */
export function withoutSuggestions(message: string): string {
  let result = '';
  let copied = 0;
  for (let at = message.indexOf(HINT); at >= 0; at = message.indexOf(HINT, copied)) {
    const end = message.indexOf('?', at + HINT.length);
    if (end < 0) break;
    let start = at;
    while (start > copied && WHITESPACE.test(message.charAt(start - 1))) start -= 1;
    result += message.slice(copied, start);
    copied = end + 1;
  }
  return result + message.slice(copied);
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
