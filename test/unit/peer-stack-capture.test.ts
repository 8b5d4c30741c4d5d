import type { Driver } from 'neo4j-driver';
import { withoutStackCaptureOnEveryRun } from '../../bench/peer/stack-capture-off';

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

describe("the bench peer's driver", () => {
  it('runs every query with the stack capture off, in a session, a managed and an explicit transaction, and restores it', () => {
    const limits: number[] = [];
    const driver = withoutStackCaptureOnEveryRun(recordingDriver(limits));
    const before = Error.stackTraceLimit;
    const session = driver.session();
    void session.run('RETURN 1');
    void session.executeRead((tx) => tx.run('RETURN 1'));
    void session.executeWrite((tx) => tx.run('RETURN 1'));
    void session.beginTransaction().run('RETURN 1');
    expect(limits).toEqual([0, 0, 0, 0]);
    expect(Error.stackTraceLimit).toBe(before);
    expect(before).toBeGreaterThan(0);
  });
});
