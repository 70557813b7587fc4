const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long a visitor has waited for a person, for the inbox: "waiting 2 min". Times are in ms since the Unix
 * epoch; a `waitingSince` in the future (clock skew between relay and browser) counts as no wait at all.
 */
export function formatWaitTime(waitingSince: number, now: number): string {
  const elapsedMs = Math.max(0, now - waitingSince);
  if (elapsedMs < MINUTE_MS) return 'waiting under a minute';
  if (elapsedMs < HOUR_MS) return `waiting ${Math.floor(elapsedMs / MINUTE_MS)} min`;
  if (elapsedMs < DAY_MS) {
    const hours = Math.floor(elapsedMs / HOUR_MS);
    const minutes = Math.floor((elapsedMs % HOUR_MS) / MINUTE_MS);
    return minutes === 0 ? `waiting ${hours} h` : `waiting ${hours} h ${minutes} min`;
  }
  const days = Math.floor(elapsedMs / DAY_MS);
  const hours = Math.floor((elapsedMs % DAY_MS) / HOUR_MS);
  return hours === 0 ? `waiting ${days} d` : `waiting ${days} d ${hours} h`;
}
