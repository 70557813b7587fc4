import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from './keyed-queue.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createKeyedQueue', () => {
  it('runs the tasks of one key one at a time, in the order queued', async () => {
    const queue = createKeyedQueue();
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`start ${name}`);
      await tick();
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue('a', task('1')), queue('a', task('2')), queue('a', task('3'))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('runs the tasks of different keys side by side', async () => {
    const queue = createKeyedQueue();
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`start ${name}`);
      await tick();
      events.push(`end ${name}`);
    };
    await Promise.all([queue('a', task('a')), queue('b', task('b'))]);
    expect(events.slice(0, 2)).toEqual(['start a', 'start b']);
  });

  it('goes on with the next task after one fails', async () => {
    const queue = createKeyedQueue();
    const failing = queue('a', () => Promise.reject(new Error('boom')));
    const next = queue('a', () => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
