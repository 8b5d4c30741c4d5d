import type { Driver } from 'neo4j-driver';
import { withoutStackCaptureOnEveryRun } from '../../bench/peer/stack-capture-off';
import { countQueries, type QueryCount } from '../../bench/support/query-counter';

/** A driver whose every `run` records the stack trace limit it ran under. */
function recordingDriver(limits: number[]): Driver {
  const runner = () => ({ run: () => limits.push(Error.stackTraceLimit) });
  const session = {
    ...runner(),
    executeRead: (work: (tx: unknown) => unknown) => work(runner()),
    executeWrite: (work: (tx: unknown) => unknown) => work(runner()),
    beginTransaction: () => runner(),
  };
  return { session: () => session } as unknown as Driver;
}

/** One query through each API a session offers. */
function runEveryWay(driver: Driver): void {
  const session = driver.session();
  void session.run('RETURN 1', { a: 1 });
  void session.executeRead((tx) => tx.run('RETURN 2'));
  void session.executeWrite((tx) => tx.run('RETURN 3'));
  void session.beginTransaction().run('RETURN 4');
}

describe('the bench wraps every run of a driver', () => {
  it("runs the peer's queries with the stack capture off, in a session, a managed and an explicit transaction, and restores it", () => {
    const limits: number[] = [];
    const before = Error.stackTraceLimit;
    runEveryWay(withoutStackCaptureOnEveryRun(recordingDriver(limits)));
    expect(limits).toEqual([0, 0, 0, 0]);
    expect(Error.stackTraceLimit).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('counts and records every query a server sends, whichever way it sends it', () => {
    const limits: number[] = [];
    const count: QueryCount = { queries: 0, captured: [] };
    runEveryWay(countQueries(recordingDriver(limits), count));
    expect(count.queries).toBe(4);
    expect(count.captured).toEqual([
      { query: 'RETURN 1', params: { a: 1 } },
      { query: 'RETURN 2', params: undefined },
      { query: 'RETURN 3', params: undefined },
      { query: 'RETURN 4', params: undefined },
    ]);
    expect(limits).toHaveLength(4);
  });
});
