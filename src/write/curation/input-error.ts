import type { GraphQLError } from 'graphql';
import { ErrorCode, publicError } from '../../errors';

/** One problem with a mutation's input: the input path it is at and why it is refused. */
export interface InputProblem {
  /** The input path, e.g. `input.evidence[0].quote`. */
  field: string;
  reason: string;
}

/** At most this many problems are echoed (`extensions.problems`); `extensions.problemCount` says how many there were. */
export const MAX_ECHOED_PROBLEMS = 20;
/** A problem's reason is cut to this many characters (each text it quotes is already at most 400, src/excerpt.ts). */
export const MAX_REASON_CHARS = 1_200;

function clip(reason: string, max = MAX_REASON_CHARS): string {
  return reason.length <= max ? reason : `${reason.slice(0, max)}… (${reason.length} characters)`;
}

/**
 * `BAD_USER_INPUT` (HTTP 400) naming the offending input path in `extensions.field` (and, as the
 * queries' errors do, its argument in `extensions.argumentName`) and the why in `extensions.reason`;
 * with several problems, the first MAX_ECHOED_PROBLEMS in `extensions.problems` and their number in
 * `extensions.problemCount`. The answer stays small whatever the input's size.
 */
export function invalidInput(field: string, reason: string, problems: InputProblem[] = [{ field, reason }]): GraphQLError {
  const argumentName = field.split(/[.[]/)[0];
  const echoed = problems.slice(0, MAX_ECHOED_PROBLEMS).map((problem) => ({ field: problem.field, reason: clip(problem.reason) }));
  // The first problem's reason, and room for what assertNoProblems adds to it.
  const shown = clip(reason, MAX_REASON_CHARS + 200);
  return publicError(ErrorCode.BadUserInput, `${field}: ${shown}`, {
    field,
    argumentName,
    reason: shown,
    problems: echoed,
    problemCount: problems.length,
    http: { status: 400 },
  });
}

/** Throws the first of `problems` (the first MAX_ECHOED_PROBLEMS in `extensions.problems`); returns when there are none. */
export function assertNoProblems(problems: InputProblem[]): void {
  const [first] = problems;
  if (!first) return;
  const more = problems.length - 1;
  const shown = Math.min(problems.length, MAX_ECHOED_PROBLEMS);
  const reason =
    more === 0 ? first.reason : `${clip(first.reason)} (and ${more} more problem(s); extensions.problems lists the first ${shown} of ${problems.length})`;
  throw invalidInput(first.field, reason, problems);
}
