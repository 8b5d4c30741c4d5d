import { retryAfterSecondsOf, statusOf } from '../../src/http/response-status';

const error = (code: string) => ({ message: code, extensions: { code } });

describe('statusOf: the HTTP status a GraphQL response calls for', () => {
  it('is 200 whenever data is present and not null, whatever its errors', () => {
    for (const code of ['BAD_USER_INPUT', 'TIMEOUT', 'SERVICE_UNAVAILABLE', 'UNAUTHENTICATED', 'FORBIDDEN']) {
      expect(statusOf({ data: { a: null, b: { name: 'United Kingdom' } }, errors: [error(code)] })).toBe(200);
    }
    expect(statusOf({ data: {} })).toBe(200);
  });

  it.each([
    ['BAD_USER_INPUT', 400],
    ['RESPONSE_TOO_LARGE', 400],
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['RATE_LIMITED', 429],
    ['SERVICE_UNAVAILABLE', 503],
    ['TIMEOUT', 504],
  ])('without data, %s is %d (data null or absent alike)', (code, status) => {
    expect(statusOf({ data: null, errors: [error(code)] })).toBe(status);
    expect(statusOf({ errors: [error(code)] })).toBe(status);
  });

  it("leaves Apollo's status to codes it has none for, and takes the first error that has one", () => {
    expect(statusOf({ errors: [error('GRAPHQL_VALIDATION_FAILED')] })).toBeUndefined();
    expect(statusOf({ data: null, errors: [error('INTERNAL_SERVER_ERROR')] })).toBeUndefined();
    expect(statusOf({ data: null, errors: [error('INTERNAL_SERVER_ERROR'), error('TIMEOUT'), error('BAD_USER_INPUT')] })).toBe(504);
  });
});

describe('retryAfterSecondsOf: the Retry-After a busy server sends with its 503', () => {
  it("is the first error's whole, positive retryAfterSeconds, and none when no error names one", () => {
    const busy = { message: 'The server is busy; retry shortly.', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } };
    expect(retryAfterSecondsOf({ errors: [error('SERVICE_UNAVAILABLE'), busy] })).toBe(2);
    expect(retryAfterSecondsOf({ errors: [error('SERVICE_UNAVAILABLE')] })).toBeUndefined();
    expect(retryAfterSecondsOf({})).toBeUndefined();
    for (const retryAfterSeconds of [0, -1, 1.5, '2', null]) {
      expect(retryAfterSecondsOf({ errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds } }] })).toBeUndefined();
    }
  });
});
