/**
 * Days for the Insights filters, counted in the chosen time zone: today there, and the default range.
 * Days are `YYYY-MM-DD`; the relay does the counting that matters, these only fill the date inputs.
 */
import type { IsoDay } from '../../protocol/insights.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The default range: the last seven days, today included. */
export const DEFAULT_RANGE_DAYS = 7;

/** The day it is at `now` (ms since the Unix epoch) in `timeZone`. */
export function todayIn(timeZone: string, now: number): IsoDay {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  for (const part of format.formatToParts(now)) parts[part.type] = part.value;
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** The day `count` days after `day`, or before it when negative. */
export function addDays(day: IsoDay, count: number): IsoDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** The last DEFAULT_RANGE_DAYS days in `timeZone`, today included. */
export function defaultRange(timeZone: string, now: number): { from: IsoDay; to: IsoDay } {
  const to = todayIn(timeZone, now);
  return { from: addDays(to, 1 - DEFAULT_RANGE_DAYS), to };
}
