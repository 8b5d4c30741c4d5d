import type { Driver } from 'neo4j-driver';
import { withoutStackCapture } from '../../src/neo4j/stack-capture';

type Runner = { run: (...args: unknown[]) => unknown };

function runWithoutStackCapture<T extends Runner>(target: T): T {
  const run = target.run.bind(target);
  target.run = (...args: unknown[]) => withoutStackCapture(() => run(...args));
  return target;
}

/**
 * The peer's driver with the per-Result stack capture off, as pledgegraph's client and the floor
 * run theirs (src/neo4j/stack-capture.ts): every `run` of a session, of a managed transaction
 * (`executeRead`/`executeWrite`) and of an explicit one. Without it the peer pays 6–9 % of its
 * main-thread time for stacks formatted through the source maps and never read.
 */
export function withoutStackCaptureOnEveryRun(driver: Driver): Driver {
  const session = driver.session.bind(driver);
  driver.session = (...args: Parameters<Driver['session']>) => {
    const s = runWithoutStackCapture(session(...args) as unknown as Runner) as unknown as ReturnType<Driver['session']>;
    for (const method of ['executeRead', 'executeWrite'] as const) {
      const execute = s[method].bind(s);
      (s as unknown as Record<string, unknown>)[method] = (work: (tx: Runner) => unknown, config?: unknown) =>
        execute((tx) => work(runWithoutStackCapture(tx as unknown as Runner)), config as never);
    }
    const begin = s.beginTransaction.bind(s);
    s.beginTransaction = ((config?: unknown) => runWithoutStackCapture(begin(config as never) as unknown as Runner)) as typeof s.beginTransaction;
    return s;
  };
  return driver;
}
