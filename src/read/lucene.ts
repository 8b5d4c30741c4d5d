import { badUserInput } from '../errors';

export const MAX_SEARCH_LENGTH = 200;

const SPECIAL_CHARACTERS = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = /^(AND|OR|NOT|TO)$/;

/**
 * Turns what a user typed into a Lucene query that matches documents containing every word:
 * special characters are escaped and operator words lowercased, so no input is ever read as
 * Lucene syntax (`"foo`, `AND OR (` are searched for, not parsed).
 */
export function toLuceneQuery(input: string, argumentName = 'query'): string {
  if (input.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`A search text may be at most ${MAX_SEARCH_LENGTH} characters long.`, argumentName);
  }
  const terms = input
    .split(/\s+/)
    .map((word) => (OPERATORS.test(word) ? word.toLowerCase() : word).replace(SPECIAL_CHARACTERS, '\\$&'))
    .filter((term) => term !== '');
  if (terms.length === 0) throw badUserInput('A search text needs at least one word.', argumentName);
  return terms.join(' AND ');
}
