import type { Counter } from 'prom-client';
import type { RateLimiter } from '../limits/rate-limiter.js';
import type { RateLimiters } from '../limits/rate-limits.js';

/** `limiters`, each counting the requests it refuses into `rateLimited` under its own name. */
export function countRefusals(limiters: RateLimiters, rateLimited: Counter<'limiter'>): RateLimiters {
  const counted = {} as RateLimiters;
  for (const [name, limiter] of Object.entries(limiters) as [keyof RateLimiters, RateLimiter][]) {
    counted[name] = {
      ...limiter,
      take(key) {
        const decision = limiter.take(key);
        if (!decision.ok) rateLimited.inc({ limiter: name });
        return decision;
      },
    };
  }
  return counted;
}
