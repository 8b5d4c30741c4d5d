import { timeoutError, type Deadline } from './deadline';

/** Lets at most `max` calls run at once; the others wait their turn in arrival order. */
export interface CallLimit {
  /** Runs `work` once a slot is free; rejects with TIMEOUT, having run nothing, if the deadline passes first. */
  run<T>(work: () => Promise<T>, deadline?: Deadline): Promise<T>;
  /** How many calls run now. */
  readonly running: number;
}

export function createCallLimit(max: number): CallLimit {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`a call limit must be a positive integer, not ${max}`);
  let running = 0;
  const waiting: (() => void)[] = [];

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }

  /** Resolves once this call holds a slot (a released slot passes straight to the next in line). */
  function acquire(deadline?: Deadline): Promise<void> {
    if (running < max) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      waiting.push(turn);
      if (deadline) {
        timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(turn), 1);
          reject(timeoutError(deadline));
        }, deadline.remainingMs());
      }
    });
  }

  return {
    async run(work, deadline) {
      await acquire(deadline);
      try {
        return await work();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
  };
}
