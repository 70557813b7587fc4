/**
 * Days in an IANA time zone: the day an instant falls on, the instant a day starts, and day arithmetic.
 * Days are `YYYY-MM-DD` strings; day arithmetic is done on the calendar (in UTC), never by adding 24 hours,
 * because a day in a zone with daylight saving time can last 23 or 25 hours.
 */
import type { IsoDay } from '../../protocol/insights.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days counted in one time zone. */
export interface Calendar {
  /** The zone's canonical IANA name (`europe/paris` becomes `Europe/Paris`). */
  timeZone: string;
  /** The day the instant `at` (ms since the Unix epoch) falls on. */
  dayOf(at: number): IsoDay;
  /** The first instant of `day`, in ms since the Unix epoch. */
  startOf(day: IsoDay): number;
}

/** The calendar of `timeZone`; throws a RangeError for a zone the runtime does not know. */
export function createCalendar(timeZone: string): Calendar {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

  /** The zone's wall-clock time at the whole second `at`, written as if it were a UTC instant. */
  function wallClock(at: number): number {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(at)) parts[part.type] = Number(part.value);
    const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
    return Date.UTC(year, month - 1, day, hour, minute, second);
  }

  /** How far the zone's clocks are ahead of UTC at `at`, in ms. */
  function offsetAt(at: number): number {
    const wholeSecond = Math.floor(at / 1000) * 1000;
    return wallClock(wholeSecond) - wholeSecond;
  }

  function dayOf(at: number): IsoDay {
    return isoDayOfUtc(at + offsetAt(at));
  }

  function startOf(day: IsoDay): number {
    const midnight = utcOf(day);
    // Midnight's instant under the offset in force near it, then under the offset in force at that guess:
    // one of the two is right even when the clocks change that night. Where midnight itself is skipped
    // (clocks jump from 00:00 to 01:00), the day starts at the jump, which the later offset gives.
    const first = midnight - offsetAt(midnight);
    const second = midnight - offsetAt(first);
    const candidates = [first, second].filter((at) => dayOf(at) === day).toSorted((a, b) => a - b);
    return candidates[0] ?? first;
  }

  return { timeZone: format.resolvedOptions().timeZone, dayOf, startOf };
}

/** The days of a range in one time zone, with their boundaries worked out once. */
export interface DayRange {
  days: IsoDay[];
  /** The first instant of the first day, in ms since the Unix epoch. */
  start: number;
  /** The first instant after the last day. */
  end: number;
  /** The day of the range that `at` falls on, or null when it falls outside the range. */
  dayOf(at: number): IsoDay | null;
}

/**
 * The days from `from` to `to`, both included, in `calendar`'s zone. Finding an instant's day is a search
 * among the boundaries, far cheaper than asking Intl for every instant.
 */
export function createDayRange(calendar: Calendar, from: IsoDay, to: IsoDay): DayRange {
  const days = daysFrom(from, to);
  const starts = days.map((day) => calendar.startOf(day));
  const end = calendar.startOf(addDays(to, 1));
  return {
    days,
    start: starts[0] ?? end,
    end,
    dayOf(at) {
      if (days.length === 0 || at < (starts[0] ?? end) || at >= end) return null;
      let low = 0;
      let high = starts.length - 1;
      // The last day whose start is at or before `at`.
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if ((starts[middle] ?? end) <= at) low = middle;
        else high = middle - 1;
      }
      return days[low] ?? null;
    },
  };
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: IsoDay, count: number): IsoDay {
  return isoDayOfUtc(utcOf(day) + count * DAY_MS);
}

/** How many days `from` to `to` spans, both included: 1 when they are the same day. */
export function daySpan(from: IsoDay, to: IsoDay): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS) + 1;
}

/** Every day from `from` to `to`, both included, in order. */
export function daysFrom(from: IsoDay, to: IsoDay): IsoDay[] {
  return Array.from({ length: Math.max(0, daySpan(from, to)) }, (_, index) => addDays(from, index));
}

function utcOf(day: IsoDay): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

function isoDayOfUtc(at: number): IsoDay {
  return new Date(at).toISOString().slice(0, 10);
}
