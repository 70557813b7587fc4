/** The first retry's delay, doubled on each failed attempt up to {@link MAX_RECONNECT_DELAY_MS}. */
export const RECONNECT_DELAY_MS = 1_000;
export const MAX_RECONNECT_DELAY_MS = 5_000;
/** How far each delay is spread either way, so a crowd cut off at once does not return at once. */
const JITTER = 0.5;

/**
 * How long to wait before reconnection attempt `attempt` (0 for the first): exponential backoff with jitter,
 * as Socket.IO's own client waits. `random` is a number in [0, 1).
 */
export function reconnectDelay(attempt: number, random: number): number {
  const base = Math.min(RECONNECT_DELAY_MS * 2 ** attempt, MAX_RECONNECT_DELAY_MS);
  return Math.min(base * (1 + JITTER * (2 * random - 1)), MAX_RECONNECT_DELAY_MS);
}
