import type { OpeningHours, OpeningSpan, Weekday } from './handoff-rules.js';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
/** How far ahead the next opening is looked for: two weeks covers any weekly plan with a holiday season. */
const LOOKAHEAD_DAYS = 21;

/** A wall-clock moment in a time zone. */
interface LocalTime {
  /** `YYYY-MM-DD`. */
  day: string;
  weekday: Weekday;
  minuteOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: building one is slow, and a site asks on every handoff. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function localTime(timeZone: string, at: number): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: (parts.weekday ?? 'Mon').toLowerCase() as Weekday,
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** True when `at` (ms since the Unix epoch) falls in an open span of a day that is not a holiday. */
export function isOpenAt(hours: OpeningHours, at: number): boolean {
  const local = localTime(hours.timeZone, at);
  if (hours.holidays.includes(local.day)) return false;
  return (hours.weekly[local.weekday] ?? []).some(
    (span) => span.startMinute <= local.minuteOfDay && local.minuteOfDay < span.endMinute,
  );
}

/**
 * The first instant after `at` when the team opens, in ms since the Unix epoch; null when the hours open on
 * no day of the next three weeks. Steps through local days rather than adding 24 h, so a change to or from
 * summer time moves nothing.
 */
export function nextOpeningAfter(hours: OpeningHours, at: number): number | null {
  const start = localTime(hours.timeZone, at);
  const startOfToday = at - start.minuteOfDay * MINUTE_MS;
  for (let dayOffset = 0; dayOffset < LOOKAHEAD_DAYS; dayOffset++) {
    // Noon of each later day is safely inside that local day whatever the zone's offset changes do.
    const probe = startOfToday + (dayOffset * DAY_MINUTES + 12 * 60) * MINUTE_MS;
    const local = localTime(hours.timeZone, probe);
    if (hours.holidays.includes(local.day)) continue;
    const spans = (hours.weekly[local.weekday] ?? []).toSorted((a, b) => a.startMinute - b.startMinute);
    for (const span of spans) {
      const opensAt = instantOf(hours.timeZone, local.day, span.startMinute);
      if (opensAt > at) return opensAt;
    }
  }
  return null;
}

/** The instant when the clock in `timeZone` reads `minuteOfDay` on `day`. */
function instantOf(timeZone: string, day: string, minuteOfDay: number): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, date, 0, minuteOfDay);
  // The zone's offset at the guess, applied twice, settles even next to a change of offset.
  let guess = asIfUtc;
  for (let round = 0; round < 2; round++) {
    const local = localTime(timeZone, guess);
    const [y, m, d] = local.day.split('-').map(Number) as [number, number, number];
    const shownAsUtc = Date.UTC(y, m - 1, d, 0, local.minuteOfDay);
    guess += asIfUtc - shownAsUtc;
  }
  return guess;
}

/** Parses `HH:MM-HH:MM` (24-hour clock; `24:00` ends the day) into a span, or null when malformed. */
export function parseOpeningSpan(text: string): OpeningSpan | null {
  const match = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(text.trim());
  if (!match) return null;
  const [startHour, startMinute, endHour, endMinute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (startMinute > 59 || endMinute > 59) return null;
  const span = { startMinute: startHour * 60 + startMinute, endMinute: endHour * 60 + endMinute };
  return span.startMinute < span.endMinute && span.endMinute <= DAY_MINUTES ? span : null;
}
