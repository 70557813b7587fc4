import { describe, expect, it } from 'vitest';
import type { OpeningHours } from './handoff-rules.js';
import { isOpenAt, nextOpeningAfter, parseOpeningSpan } from './opening-hours.js';

const nineToFive = { startMinute: 9 * 60, endMinute: 17 * 60 };
/** Weekdays 09:00–17:00 in Paris, closed at Christmas. */
const paris: OpeningHours = {
  timeZone: 'Europe/Paris',
  weekly: { mon: [nineToFive], tue: [nineToFive], wed: [nineToFive], thu: [nineToFive], fri: [nineToFive] },
  holidays: ['2026-12-25'],
};

describe('opening hours', () => {
  it('is open inside a span in the team’s own time zone, and closed outside it', () => {
    // Monday 23 November 2026: Paris is UTC+1.
    expect(isOpenAt(paris, Date.parse('2026-11-23T08:00:00Z'))).toBe(true); // 09:00 in Paris
    expect(isOpenAt(paris, Date.parse('2026-11-23T07:59:00Z'))).toBe(false);
    expect(isOpenAt(paris, Date.parse('2026-11-23T16:00:00Z'))).toBe(false); // 17:00: the end is exclusive
  });

  it('is closed at weekends and on holidays', () => {
    expect(isOpenAt(paris, Date.parse('2026-11-28T10:00:00Z'))).toBe(false); // Saturday
    expect(isOpenAt(paris, Date.parse('2026-12-25T10:00:00Z'))).toBe(false); // a Friday, but Christmas
  });

  it('finds the next opening across a weekend', () => {
    const fridayEvening = Date.parse('2026-11-27T18:00:00Z');
    expect(nextOpeningAfter(paris, fridayEvening)).toBe(Date.parse('2026-11-30T08:00:00Z'));
  });

  it('finds the next opening later the same day, and skips a holiday', () => {
    expect(nextOpeningAfter(paris, Date.parse('2026-11-23T05:00:00Z'))).toBe(
      Date.parse('2026-11-23T08:00:00Z'),
    );
    expect(nextOpeningAfter(paris, Date.parse('2026-12-24T17:00:00Z'))).toBe(
      Date.parse('2026-12-28T08:00:00Z'),
    );
  });

  it('keeps local opening time across a change to summer time', () => {
    // Saturday 28 March 2026 evening; clocks go forward on Sunday; Monday 09:00 is then UTC+2.
    expect(nextOpeningAfter(paris, Date.parse('2026-03-28T20:00:00Z'))).toBe(
      Date.parse('2026-03-30T07:00:00Z'),
    );
  });

  it('says no opening is known when no day opens', () => {
    expect(nextOpeningAfter({ timeZone: 'UTC', weekly: {}, holidays: [] }, Date.now())).toBeNull();
  });
});

describe('parseOpeningSpan', () => {
  it('reads a span on the 24-hour clock, with 24:00 ending the day', () => {
    expect(parseOpeningSpan('09:00-17:30')).toEqual({ startMinute: 540, endMinute: 1050 });
    expect(parseOpeningSpan('18:00-24:00')).toEqual({ startMinute: 1080, endMinute: 1440 });
  });

  it.each(['9-5', '17:00-09:00', '09:00-09:00', '09:60-10:00', '23:00-24:30', '25:00-26:00'])(
    'refuses %s',
    (text) => expect(parseOpeningSpan(text)).toBeNull(),
  );
});
