import { createCallLimit } from '../../src/neo4j/call-limit';
import type { Deadline } from '../../src/neo4j/deadline';

/** A call that runs until `finish` is called, recording how many calls of the limit ran beside it. */
function gatedCall(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    finish: () => finish(),
    work: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createCallLimit: at most `max` calls at once, the rest in arrival order', () => {
  it('runs the first `max` calls, starts each waiting one as a slot frees, and returns every result', async () => {
    const limit = createCallLimit(2);
    const log: string[] = [];
    const calls = ['a', 'b', 'c', 'd'].map((name) => gatedCall(log, name));
    const results = calls.map((call) => limit.run(call.work));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    expect(limit.running).toBe(2);
    calls[1]!.finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    expect(limit.running).toBe(2);
    for (const call of calls) call.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(limit.running).toBe(0);
  });

  it('frees the slot of a call that fails', async () => {
    const limit = createCallLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(limit.running).toBe(0);
    expect(await limit.run(async () => 'next')).toBe('next');
  });

  it('rejects a waiting call with TIMEOUT once its deadline passes, without running it, and keeps the queue going', async () => {
    const limit = createCallLimit(1);
    const log: string[] = [];
    const first = gatedCall(log, 'first');
    const running = limit.run(first.work);
    const deadline: Deadline = { at: 0, totalMs: 20, remainingMs: () => 20 };
    const late = gatedCall(log, 'late');
    await expect(limit.run(late.work, deadline)).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    const next = gatedCall(log, 'next');
    const queued = limit.run(next.work);
    first.finish();
    next.finish();
    expect(await running).toBe('first');
    expect(await queued).toBe('next');
    expect(log).not.toContain('start late');
    expect(limit.running).toBe(0);
  });

  it('refuses a limit that is not a positive integer', () => {
    for (const max of [0, -1, 1.5]) expect(() => createCallLimit(max)).toThrow(RangeError);
  });
});
