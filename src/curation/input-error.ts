import type { GraphQLError } from 'graphql';
import { ErrorCode, publicError } from '../errors';

/** One problem with a mutation's input: the input path it is at and why it is refused. */
export interface InputProblem {
  /** The input path, e.g. `input.evidence[0].quote`. */
  field: string;
  reason: string;
}

/**
 * `BAD_USER_INPUT` (HTTP 400) naming the offending input path in `extensions.field` (and, as the
 * queries' errors do, its argument in `extensions.argumentName`) and the why in `extensions.reason`;
 * with several problems, all of them in `extensions.problems`.
 */
export function invalidInput(field: string, reason: string, problems: InputProblem[] = [{ field, reason }]): GraphQLError {
  const argumentName = field.split(/[.[]/)[0];
  return publicError(ErrorCode.BadUserInput, `${field}: ${reason}`, { field, argumentName, reason, problems, http: { status: 400 } });
}

/** Throws the first of `problems` (all of them in `extensions.problems`); returns when there are none. */
export function assertNoProblems(problems: InputProblem[]): void {
  const [first] = problems;
  if (!first) return;
  const reason = problems.length === 1 ? first.reason : `${first.reason} (and ${problems.length - 1} more problem(s), see extensions.problems)`;
  throw invalidInput(first.field, reason, problems);
}
