import { ErrorCode, publicError } from '../errors';

/** The moment by which a request must be answered; every database call it makes gets what is left. */
export interface Deadline {
  /** Epoch milliseconds. */
  readonly at: number;
  /** The whole budget, for messages. */
  readonly totalMs: number;
  remainingMs(): number;
}

export function deadlineIn(totalMs: number, now: () => number = Date.now): Deadline {
  const at = now() + totalMs;
  return { at, totalMs, remainingMs: () => Math.max(0, at - now()) };
}

export function timeoutError(deadline: Pick<Deadline, 'totalMs'>): Error {
  return publicError(ErrorCode.Timeout, `The request ran past its ${deadline.totalMs} ms deadline and was stopped; ask for less, or try again.`);
}

/**
 * Settles with `work`, or rejects with TIMEOUT once the deadline passes, whichever comes first.
 * `onTimeout` runs when the deadline wins (e.g. to abandon a session stuck on a silent server).
 */
export async function withinDeadline<T>(work: Promise<T>, deadline: Deadline, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(timeoutError(deadline));
    }, deadline.remainingMs());
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
