import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe('rate limiter', () => {
  it('allows a burst of `limit` requests and refuses the next, saying when to retry', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 3000 }, time);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 1000 });
  });

  it('refills evenly over the window, never above the limit', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 }, time);
    limiter.take('a');
    limiter.take('a');
    time.advance(499);
    expect(limiter.take('a').ok).toBe(false);
    time.advance(1);
    expect(limiter.take('a').ok).toBe(true);
    time.advance(60_000);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false]);
  });

  it('counts each key on its own', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 }, clock());
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('gives back a refunded request, up to the limit', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 }, clock());
    limiter.take('a');
    limiter.refund('a');
    limiter.refund('a');
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('does not count a refused request against the key', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 }, time);
    limiter.take('a');
    for (let attempt = 0; attempt < 10; attempt++) limiter.take('a');
    time.advance(1000);
    expect(limiter.take('a').ok).toBe(true);
  });

  it('forgets keys whose allowance has refilled, so idle keys take no memory', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 1000 }, time);
    for (let key = 0; key < 100; key++) limiter.take(`k${key}`);
    expect(limiter.size()).toBe(100);
    time.advance(1000);
    limiter.take('fresh');
    expect(limiter.size()).toBe(1);
  });

  it('remembers at most maxKeys keys, forgetting the least recently seen first', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 }, { ...clock(), maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) limiter.take(key);
    limiter.take('a');
    limiter.take('d');
    expect(limiter.size()).toBe(3);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('survives a clock that goes backwards', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 }, time);
    limiter.take('a');
    time.advance(-5000);
    expect(limiter.take('a')).toMatchObject({ ok: false });
  });

  it('refuses a limit that could never allow anything', () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1000 }, clock())).toThrow(RangeError);
    expect(() => createRateLimiter({ limit: 1, windowMs: 0 }, clock())).toThrow(RangeError);
  });
});
