import { describe, expect, it } from 'vitest';
import { addDays, createCalendar, createDayRange, daySpan, daysFrom } from './calendar.js';

describe('createCalendar', () => {
  it('counts days in UTC by default and in the zone it is given', () => {
    const lateEvening = Date.UTC(2026, 2, 10, 23, 30);
    expect(createCalendar('UTC').dayOf(lateEvening)).toBe('2026-03-10');
    expect(createCalendar('Europe/Paris').dayOf(lateEvening)).toBe('2026-03-11');
    expect(createCalendar('America/New_York').dayOf(lateEvening)).toBe('2026-03-10');
  });

  it('starts a day at local midnight', () => {
    expect(createCalendar('UTC').startOf('2026-03-10')).toBe(Date.UTC(2026, 2, 10));
    expect(createCalendar('Europe/Paris').startOf('2026-01-15')).toBe(Date.UTC(2026, 0, 14, 23));
    expect(createCalendar('Asia/Kolkata').startOf('2026-01-15')).toBe(Date.UTC(2026, 0, 14, 18, 30));
  });

  it('starts every day exactly where the previous one ends, through clock changes', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
    for (const zone of zones) {
      const calendar = createCalendar(zone);
      for (const day of daysFrom('2026-01-01', '2026-12-31')) {
        const start = calendar.startOf(day);
        expect([zone, calendar.dayOf(start)]).toEqual([zone, day]);
        expect([zone, calendar.dayOf(start - 1)]).toEqual([zone, addDays(day, -1)]);
      }
    }
  });

  it('starts a day whose midnight the clocks skipped at the moment they jumped', () => {
    // São Paulo moved its clocks from 00:00 to 01:00 on 4 November 2018: that day began at 03:00 UTC.
    const calendar = createCalendar('America/Sao_Paulo');
    expect(calendar.startOf('2018-11-04')).toBe(Date.UTC(2018, 10, 4, 3));
    expect(calendar.dayOf(Date.UTC(2018, 10, 4, 3) - 1)).toBe('2018-11-03');
  });

  it('gives the zone its canonical name', () => {
    expect(createCalendar('europe/paris').timeZone).toBe('Europe/Paris');
  });
});

describe('createDayRange', () => {
  it('finds the day of every instant in the range as the calendar does, and null outside it', () => {
    const calendar = createCalendar('Europe/Paris');
    const range = createDayRange(calendar, '2026-03-28', '2026-03-30');
    expect(range.days).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(range.start).toBe(calendar.startOf('2026-03-28'));
    expect(range.end).toBe(calendar.startOf('2026-03-31'));
    for (let at = range.start; at < range.end; at += 17 * 60 * 1000) {
      expect(range.dayOf(at)).toBe(calendar.dayOf(at));
    }
    expect(range.dayOf(range.end - 1)).toBe('2026-03-30');
    expect(range.dayOf(range.start - 1)).toBeNull();
    expect(range.dayOf(range.end)).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('lists every day of a range, both ends included', () => {
    expect(daysFrom('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(daySpan('2026-03-01', '2026-03-01')).toBe(1);
    expect(daysFrom('2026-03-02', '2026-03-01')).toEqual([]);
  });
});
