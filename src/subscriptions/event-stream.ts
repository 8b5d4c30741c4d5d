/** A push-fed async iterator with a bound on what waits in it, for one subscription. */
export interface EventStream<T> {
  /** Queues an item; past `maxPending` items waiting, calls `onOverflow` and drops it. */
  push(item: T): void;
  readonly iterator: AsyncIterableIterator<T>;
  readonly pending: number;
}

export interface EventStreamOptions {
  maxPending: number;
  onOverflow(): void;
  /** Called once when the consumer stops (the subscription completes or the socket closes). */
  onReturn(): void;
}

export function eventStream<T>({ maxPending, onOverflow, onReturn }: EventStreamOptions): EventStream<T> {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;

  function finish(): IteratorResult<T> {
    if (!done) {
      done = true;
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      onReturn();
    }
    return { value: undefined, done: true };
  }

  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      const item = queue.shift();
      if (item !== undefined) return Promise.resolve({ value: item, done: false });
      return new Promise((resolve) => (waiting = resolve));
    },
    return() {
      return Promise.resolve(finish());
    },
    throw(error: unknown) {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  return {
    iterator,
    get pending() {
      return queue.length;
    },
    push(item) {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: item, done: false });
        return;
      }
      if (queue.length >= maxPending) {
        onOverflow();
        return;
      }
      queue.push(item);
    },
  };
}
