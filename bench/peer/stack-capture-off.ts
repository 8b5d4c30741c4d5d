import type { Driver } from 'neo4j-driver';
import { withoutStackCapture } from '../../src/neo4j/stack-capture';
import { aroundEveryRun } from '../support/every-run';

/**
 * The peer's driver with the per-Result stack capture off, as pledgegraph's client and the floor
 * run theirs (src/neo4j/stack-capture.ts): every `run` of a session, of a managed transaction
 * (`executeRead`/`executeWrite`) and of an explicit one. Without it the peer pays 6–9 % of its
 * main-thread time for stacks formatted through the source maps and never read.
 */
export function withoutStackCaptureOnEveryRun(driver: Driver): Driver {
  return aroundEveryRun(driver, (run) => withoutStackCapture(run));
}
