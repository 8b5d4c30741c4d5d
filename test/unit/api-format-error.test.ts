import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode, publicError } from '../../src/errors';
import { createFormatError } from '../../src/format-error';

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
