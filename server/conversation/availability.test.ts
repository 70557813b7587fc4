import { describe, expect, it } from 'vitest';
import { availabilityAt } from './availability.js';
import { DEFAULT_HANDOFF_RULES, type HandoffRules } from './handoff-rules.js';

const MONDAY_NOON_UTC = Date.parse('2026-11-23T12:00:00Z');
const weekdaysInUtc: HandoffRules = {
  ...DEFAULT_HANDOFF_RULES,
  hours: { timeZone: 'UTC', weekly: { mon: [{ startMinute: 540, endMinute: 1020 }] }, holidays: [] },
};

describe('availabilityAt', () => {
  it('is available within hours with someone online', () => {
    expect(availabilityAt(weekdaysInUtc, MONDAY_NOON_UTC, 1)).toEqual({ isAvailable: true });
  });

  it('is closed outside hours, whoever is online, and says when it opens', () => {
    const mondayNight = Date.parse('2026-11-23T20:00:00Z');
    expect(availabilityAt(weekdaysInUtc, mondayNight, 5)).toEqual({
      isAvailable: false,
      why: 'closed',
      opensAt: Date.parse('2026-11-30T09:00:00Z'),
    });
  });

  it('has nobody to offer when no agent is online, even without hours', () => {
    expect(availabilityAt(DEFAULT_HANDOFF_RULES, MONDAY_NOON_UTC, 0)).toEqual({
      isAvailable: false,
      why: 'no_agents',
      opensAt: null,
    });
  });
});
