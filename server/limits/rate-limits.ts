import type { ProtocolError } from '../../protocol/errors.js';
import { createRateLimiter, type RateDecision, type RateLimit, type RateLimiter } from './rate-limiter.js';

/** Every limit the relay enforces, each counted per key (a visitor, an agent, a client address, an email). */
export interface RateLimits {
  /** Socket.IO commands per visitor, all of their tabs together. */
  visitorCommands: RateLimit;
  /** Socket.IO commands per client address, all of its visitors together. */
  addressCommands: RateLimit;
  /** Socket.IO commands per agent, all of their consoles together. */
  agentCommands: RateLimit;
  /**
   * Visitor handshakes per client address that do not resume a known visitor: new visitors, and tokens
   * that match none (guesses).
   */
  newVisitors: RateLimit;
  /** Conversations started per client address. */
  newConversations: RateLimit;
  /** Sign-in attempts per client address; an attempt that succeeds is not counted. */
  signInsPerAddress: RateLimit;
  /** Sign-in attempts per email address; an attempt that succeeds is not counted. */
  signInsPerEmail: RateLimit;
}

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

/**
 * The defaults: generous for people (a visitor typing fast, an office behind one address), tight for
 * scripts. Each allows its `limit` at once and refills evenly over its window.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  visitorCommands: { limit: 20, windowMs: 10 * SECOND_MS },
  addressCommands: { limit: 200, windowMs: 10 * SECOND_MS },
  agentCommands: { limit: 60, windowMs: 10 * SECOND_MS },
  newVisitors: { limit: 30, windowMs: 10 * MINUTE_MS },
  newConversations: { limit: 30, windowMs: 10 * MINUTE_MS },
  signInsPerAddress: { limit: 10, windowMs: 15 * MINUTE_MS },
  signInsPerEmail: { limit: 10, windowMs: 15 * MINUTE_MS },
};

/** `limits` with every allowance multiplied by `factor` (at least one request each), or null for 0: no limits. */
export function scaleRateLimits(limits: RateLimits, factor: number): RateLimits | null {
  if (factor === 0) return null;
  const scaled = {} as RateLimits;
  for (const [name, rate] of Object.entries(limits) as [keyof RateLimits, RateLimit][]) {
    scaled[name] = { limit: Math.max(1, Math.round(rate.limit * factor)), windowMs: rate.windowMs };
  }
  return scaled;
}

/** One limiter per limit, by the limit's name. */
export type RateLimiters = Record<keyof RateLimits, RateLimiter>;

const UNLIMITED: RateLimiter = { take: () => ({ ok: true }), refund: () => {}, size: () => 0 };

/** Creates the limiters for `limits`; with null, limiters that allow everything. */
export function createRateLimiters(limits: RateLimits | null, now: () => number): RateLimiters {
  const limiters = {} as RateLimiters;
  for (const name of Object.keys(DEFAULT_RATE_LIMITS) as (keyof RateLimits)[]) {
    limiters[name] = limits === null ? UNLIMITED : createRateLimiter(limits[name], { now });
  }
  return limiters;
}

/**
 * Counts one request against each `[limiter, key]` in turn. If one refuses, the ones already counted are
 * given back, so a refused request costs nothing against the others.
 */
export function takeEach(counts: readonly (readonly [RateLimiter, string])[]): RateDecision {
  const taken: (readonly [RateLimiter, string])[] = [];
  for (const count of counts) {
    const decision = count[0].take(count[1]);
    if (!decision.ok) {
      for (const [limiter, key] of taken) limiter.refund(key);
      return decision;
    }
    taken.push(count);
  }
  return { ok: true };
}

/** The refusal sent for a request over a limit: a sentence for people saying when to try again. */
export function rateLimitedError(retryAfterMs: number): ProtocolError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / SECOND_MS));
  const wait =
    seconds < 90 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;
  return { code: 'rate_limited', message: `Too many requests. Please wait ${wait} and try again.` };
}
