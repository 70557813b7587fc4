import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';
import {
  createRateLimiters,
  DEFAULT_RATE_LIMITS,
  rateLimitedError,
  scaleRateLimits,
  takeEach,
} from './rate-limits.js';

const now = () => 0;

describe('rate limits', () => {
  it('scales every allowance, keeping at least one request, and switches off at 0', () => {
    const doubled = scaleRateLimits(DEFAULT_RATE_LIMITS, 2);
    expect(doubled?.visitorCommands).toEqual({ limit: 40, windowMs: 10_000 });
    expect(scaleRateLimits(DEFAULT_RATE_LIMITS, 0.001)?.signInsPerEmail.limit).toBe(1);
    expect(scaleRateLimits(DEFAULT_RATE_LIMITS, 0)).toBeNull();
  });

  it('creates limiters that allow everything when there are no limits', () => {
    const limiters = createRateLimiters(null, now);
    for (let attempt = 0; attempt < 1000; attempt++) expect(limiters.signInsPerEmail.take('a').ok).toBe(true);
  });

  it('gives back what it counted when a later limit refuses', () => {
    const first = createRateLimiter({ limit: 1, windowMs: 60_000 }, { now });
    const second = createRateLimiter({ limit: 1, windowMs: 60_000 }, { now });
    second.take('b');
    expect(
      takeEach([
        [first, 'a'],
        [second, 'b'],
      ]),
    ).toMatchObject({ ok: false });
    expect(first.take('a').ok).toBe(true);
  });

  it('tells people how long to wait, in words', () => {
    expect(rateLimitedError(1)).toEqual({
      code: 'rate_limited',
      message: 'Too many requests. Please wait 1 second and try again.',
    });
    expect(rateLimitedError(4200).message).toContain('5 seconds');
    expect(rateLimitedError(10 * 60_000).message).toContain('10 minutes');
  });
});
