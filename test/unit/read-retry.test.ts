import { Neo4jError } from 'neo4j-driver';
import { readRetried } from '../../src/neo4j/client';

/** A driver error with a Neo4j status code, as the server sends it. */
const neo4jError = (code: string) => new Neo4jError(`failed: ${code}`, code, '50N42', 'error: general processing exception');

/** An attempt that fails with each of `failures` in turn, then answers `done`. */
function attempts(...failures: Error[]) {
  const calls: number[] = [];
  const startedAt = Date.now();
  const attempt = async () => {
    calls.push(Date.now() - startedAt);
    const failure = failures[calls.length - 1];
    if (failure) throw failure;
    return 'done';
  };
  return { attempt, calls };
}

describe('auto-commit reads retry transient failures themselves, as executeRead did', () => {
  it('retries a transient failure and a lost connection after the driver’s back-off (about 1 s)', async () => {
    const { attempt, calls } = attempts(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'));
    await expect(readRetried(attempt)).resolves.toBe('done');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toBeGreaterThanOrEqual(750);
    const unavailable = attempts(neo4jError('ServiceUnavailable'));
    await expect(readRetried(unavailable.attempt)).resolves.toBe('done');
    expect(unavailable.calls).toHaveLength(2);
  });

  it('does not retry what retrying cannot fix: a client error, a memory refusal, a timed-out transaction', async () => {
    for (const code of [
      'Neo.ClientError.Statement.SyntaxError',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    ]) {
      const { attempt, calls } = attempts(neo4jError(code));
      await expect(readRetried(attempt)).rejects.toMatchObject({ code });
      expect(calls).toHaveLength(1);
    }
  });

  it('gives up within the driver’s retry time (2 s) and never waits past the deadline', async () => {
    const transient = () => neo4jError('Neo.TransientError.Transaction.LockClientStopped');
    const budget = attempts(transient(), transient(), transient(), transient());
    await expect(readRetried(budget.attempt)).rejects.toMatchObject({ code: 'Neo.TransientError.Transaction.LockClientStopped' });
    // 0 s, ~1 s; the next wait (~2 s) would end past the 2 s budget.
    expect(budget.calls).toHaveLength(2);
    const late = attempts(transient());
    const startedAt = Date.now();
    await expect(readRetried(late.attempt, { remainingMs: () => 500 })).rejects.toMatchObject({ code: 'Neo.TransientError.Transaction.LockClientStopped' });
    expect(late.calls).toHaveLength(1);
    expect(Date.now() - startedAt).toBeLessThan(500);
  });
});
