import { GraphQLError } from 'graphql';
import { assertNoProblems, MAX_ECHOED_PROBLEMS, MAX_REASON_CHARS } from '../../src/write/curation/input-error';
import { excerpt, MAX_ECHOED_CHARS } from '../../src/excerpt';

describe('what an input error echoes', () => {
  it('quotes short texts whole and long ones cut, with their length, never splitting a surrogate pair', () => {
    expect(excerpt('France')).toBe('"France"');
    expect(excerpt('a'.repeat(MAX_ECHOED_CHARS))).toBe(`"${'a'.repeat(MAX_ECHOED_CHARS)}"`);
    expect(excerpt('a'.repeat(10_000))).toBe(`"${'a'.repeat(MAX_ECHOED_CHARS)}…" (10000 characters)`);
    const cut = excerpt(`${'a'.repeat(MAX_ECHOED_CHARS - 1)}😀${'b'.repeat(10)}`);
    expect(cut).toBe(`"${'a'.repeat(MAX_ECHOED_CHARS - 1)}…" (${MAX_ECHOED_CHARS + 11} characters)`);
  });

  it('lists the first problems and counts them all, each reason bounded', () => {
    const problems = Array.from({ length: 1_000 }, (_, index) => ({ field: `input.evidence[${index}]`, reason: 'x'.repeat(5_000) }));
    let thrown: unknown;
    try {
      assertNoProblems(problems);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const { extensions, message } = thrown as GraphQLError;
    expect(extensions.problemCount).toBe(1_000);
    const echoed = extensions.problems as { field: string; reason: string }[];
    expect(echoed).toHaveLength(MAX_ECHOED_PROBLEMS);
    expect(echoed[0]?.field).toBe('input.evidence[0]');
    for (const problem of echoed) expect(problem.reason.length).toBeLessThan(MAX_REASON_CHARS + 50);
    expect(message).toContain(`and 999 more problem(s); extensions.problems lists the first ${MAX_ECHOED_PROBLEMS} of 1000`);
    expect(JSON.stringify({ message, extensions }).length).toBeLessThan(40_000);
  });
});
