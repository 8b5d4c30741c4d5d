import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode, publicError } from '../../src/errors';
import { createFormatError, MAX_ERROR_MESSAGE_CHARS } from '../../src/format-error';

const logged: unknown[] = [];
const formatError = createFormatError({ error: (details: unknown) => void logged.push(details) } as never);

describe('formatError', () => {
  beforeEach(() => logged.splice(0));

  it('passes public errors through, without a stack trace', () => {
    const error = badUserInput('bad', 'first');
    const formatted = formatError({ message: 'bad', extensions: { code: 'BAD_USER_INPUT', argumentName: 'first', stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({ message: 'bad', extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
    expect(logged).toEqual([]);
    const unavailable = publicError(ErrorCode.ServiceUnavailable, 'down');
    expect(formatError({ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }, unavailable).extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('cuts a message that echoes large input (15 aliases of a 99 KB code made 1.5 MB of errors)', () => {
    const echoed = `"${'A'.repeat(99_000)}" is not an ISO 3166-1 alpha-2 code.`;
    const formatted = formatError({ message: echoed, extensions: { code: 'BAD_USER_INPUT' } }, badUserInput(echoed, 'code'));
    expect(formatted.message.length).toBeLessThan(MAX_ERROR_MESSAGE_CHARS + 60);
    expect(formatted.message).toMatch(/^"A+… \(cut at 2000 of 99037 characters\)$/);
    expect(formatError({ message: 'short', extensions: { code: 'BAD_USER_INPUT' } }, badUserInput('short')).message).toBe('short');
  });

  it('masks and logs anything unexpected', () => {
    const driverFailure = new GraphQLError('Neo4jError: Invalid input at line 1 (MATCH (n:Secret))', { originalError: new Error('cypher') });
    const formatted = formatError(
      { message: driverFailure.message, path: ['countries'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at neo4j'] } },
      driverFailure,
    );
    expect(formatted).toEqual({ message: 'Internal server error', path: ['countries'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });

  it('masks an unknown code', () => {
    expect(formatError({ message: 'x', extensions: { code: 'SOMETHING_ELSE' } }, new Error('x'))).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
