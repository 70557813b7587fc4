/** How deliveries are attempted and retried. */
export interface WebhookPolicy {
  /** Attempts before a delivery is marked failed, the first included. */
  maxAttempts: number;
  /** The delay before the first retry; each later one doubles it. */
  baseDelayMs: number;
  /** No retry waits longer than this. */
  maxDelayMs: number;
  /** How long one attempt may take, connection and response included. */
  timeoutMs: number;
  /** How long a claimed delivery stays leased to its process: well above `timeoutMs`. */
  leaseMs: number;
  /** How often each relay process looks for due deliveries. */
  pollIntervalMs: number;
}

/** Ten attempts over about four hours: 30 s, 1 min, 2 min, … doubling up to 2 h between attempts. */
export const DEFAULT_WEBHOOK_POLICY: WebhookPolicy = {
  maxAttempts: 10,
  baseDelayMs: 30_000,
  maxDelayMs: 2 * 60 * 60_000,
  timeoutMs: 10_000,
  leaseMs: 60_000,
  pollIntervalMs: 1000,
};

/**
 * How long to wait after failed attempt number `attempt` (1 for the first): exponential backoff with
 * jitter. The delay doubles per attempt up to the cap, and a random half of it is taken off, so receivers
 * that came back up are not hit by every process's retries at the same moment. `random` is in [0, 1).
 */
export function retryDelayMs(attempt: number, policy: WebhookPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
