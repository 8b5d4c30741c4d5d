import type { Driver } from 'neo4j-driver';

type Runner = { run: (...args: unknown[]) => unknown };

/** What to do around one `run`: call `run()` to send it, with `args` as the caller gave them. */
export type AroundRun = (run: () => unknown, args: unknown[]) => unknown;

function wrapRun<T extends Runner>(target: T, around: AroundRun): T {
  const run = target.run.bind(target);
  target.run = (...args: unknown[]) => around(() => run(...args), args);
  return target;
}

/**
 * Wraps every `run` the driver's sessions hand out, whichever API of the driver sends it: the
 * session's own, a managed transaction's (`executeRead`/`executeWrite`) and an explicit one's.
 */
export function aroundEveryRun(driver: Driver, around: AroundRun): Driver {
  const session = driver.session.bind(driver);
  driver.session = (...args: Parameters<Driver['session']>) => {
    const s = wrapRun(session(...args) as unknown as Runner, around) as unknown as ReturnType<Driver['session']>;
    for (const method of ['executeRead', 'executeWrite'] as const) {
      const execute = s[method].bind(s);
      (s as unknown as Record<string, unknown>)[method] = (work: (tx: Runner) => unknown, config?: unknown) =>
        execute((tx) => work(wrapRun(tx as unknown as Runner, around)), config as never);
    }
    const begin = s.beginTransaction.bind(s);
    s.beginTransaction = ((config?: unknown) => wrapRun(begin(config as never) as unknown as Runner, around)) as typeof s.beginTransaction;
    return s;
  };
  return driver;
}
