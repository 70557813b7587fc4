/** How many requests a key may make: `limit` at once, refilled evenly over `windowMs`. */
export interface RateLimit {
  /** The most requests allowed in a burst, and per window on average. */
  limit: number;
  /** How long an empty allowance takes to refill completely, in ms. */
  windowMs: number;
}

/** The answer to one request: allowed, or refused with how long until it would be allowed. */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/** A token bucket per key. Nothing runs in the background: every answer is computed from the clock. */
export interface RateLimiter {
  /** Counts one request for `key`, if its allowance has room for it. */
  take(key: string): RateDecision;
  /** Gives back one request taken earlier, for a request that turned out not to count. */
  refund(key: string): void;
  /** How many keys are remembered; a key whose allowance is full again is forgotten. */
  size(): number;
}

export interface RateLimiterOptions {
  /** Milliseconds since the Unix epoch (or any monotonic clock). */
  now: () => number;
  /**
   * The most keys remembered at once. Past it, the keys seen least recently are forgotten first, which
   * gives them a fresh allowance: memory stays bounded even when every request comes with a new key.
   */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const DEFAULT_MAX_KEYS = 100_000;

/** Creates a token-bucket limiter: each key may burst `limit` requests, and gains them back over `windowMs`. */
export function createRateLimiter(rate: RateLimit, options: RateLimiterOptions): RateLimiter {
  if (!(rate.limit >= 1) || !(rate.windowMs > 0)) {
    throw new RangeError(`A rate limit needs limit ≥ 1 and windowMs > 0, not ${JSON.stringify(rate)}.`);
  }
  const { now } = options;
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  const tokensPerMs = rate.limit / rate.windowMs;
  // Kept in order of last use (a key is re-inserted whenever it is touched), so the oldest come first.
  const buckets = new Map<string, Bucket>();

  function current(key: string, at: number): Bucket {
    const bucket = buckets.get(key);
    if (bucket === undefined) return { tokens: rate.limit, updatedAt: at };
    buckets.delete(key);
    const elapsed = Math.max(0, at - bucket.updatedAt);
    return { tokens: Math.min(rate.limit, bucket.tokens + elapsed * tokensPerMs), updatedAt: at };
  }

  /** Forgets keys untouched for a whole window (their allowance is full), then the oldest past `maxKeys`. */
  function evict(at: number): void {
    for (const [key, bucket] of buckets) {
      if (at - bucket.updatedAt < rate.windowMs && buckets.size <= maxKeys) break;
      buckets.delete(key);
    }
  }

  return {
    take(key) {
      const at = now();
      const bucket = current(key, at);
      const isAllowed = bucket.tokens >= 1;
      if (isAllowed) bucket.tokens -= 1;
      buckets.set(key, bucket);
      evict(at);
      return isAllowed
        ? { ok: true }
        : { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / tokensPerMs) };
    },
    refund(key) {
      if (!buckets.has(key)) return;
      const at = now();
      const bucket = current(key, at);
      bucket.tokens = Math.min(rate.limit, bucket.tokens + 1);
      buckets.set(key, bucket);
    },
    size: () => buckets.size,
  };
}
