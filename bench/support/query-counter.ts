import type { Driver } from 'neo4j-driver';

/** Counts Cypher round trips: every `run` a server sends, whichever API of the driver it uses. */
export interface QueryCount {
  queries: number;
  /** When set, every query sent is also recorded here (for PROFILE). */
  captured?: { query: string; params: unknown }[];
}

type Runner = { run: (...args: unknown[]) => unknown };

function countRuns<T extends Runner>(target: T, count: QueryCount): T {
  const run = target.run.bind(target);
  target.run = (...args: unknown[]) => {
    count.queries += 1;
    count.captured?.push({ query: args[0] as string, params: args[1] });
    return run(...args);
  };
  return target;
}

/** Wraps `driver.session` so each session, and each transaction it hands out, counts its runs. */
export function countQueries(driver: Driver, count: QueryCount): Driver {
  const session = driver.session.bind(driver);
  driver.session = (...args: Parameters<Driver['session']>) => {
    const s = countRuns(session(...args) as unknown as Runner, count) as unknown as ReturnType<Driver['session']>;
    for (const method of ['executeRead', 'executeWrite'] as const) {
      const execute = s[method].bind(s);
      (s as unknown as Record<string, unknown>)[method] = (work: (tx: Runner) => unknown, config?: unknown) =>
        execute((tx) => work(countRuns(tx as unknown as Runner, count)), config as never);
    }
    const begin = s.beginTransaction.bind(s);
    s.beginTransaction = ((config?: unknown) => countRuns(begin(config as never) as unknown as Runner, count)) as typeof s.beginTransaction;
    return s;
  };
  return driver;
}
