import type { Driver } from 'neo4j-driver';
import { aroundEveryRun } from './every-run';

/** Counts Cypher round trips: every `run` a server sends, whichever API of the driver it uses. */
export interface QueryCount {
  queries: number;
  /** When set, every query sent is also recorded here (for PROFILE). */
  captured?: { query: string; params: unknown }[];
}

/** Wraps `driver.session` so each session, and each transaction it hands out, counts its runs. */
export function countQueries(driver: Driver, count: QueryCount): Driver {
  return aroundEveryRun(driver, (run, args) => {
    count.queries += 1;
    count.captured?.push({ query: args[0] as string, params: args[1] });
    return run();
  });
}
