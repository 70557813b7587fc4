import type { UnavailableReason } from '../../protocol/entries.js';
import type { HandoffRules } from './handoff-rules.js';
import { isOpenAt, nextOpeningAfter } from './opening-hours.js';

/** Whether a person can take a conversation now, and if not, why and until when. */
export type Availability =
  | { isAvailable: true }
  | {
      isAvailable: false;
      why: UnavailableReason;
      /** When the team next opens, in ms since the Unix epoch; null when not a matter of hours. */
      opensAt: number | null;
    };

/** Always available: what decisions assume where availability does not matter. */
export const ALWAYS_AVAILABLE: Availability = { isAvailable: true };

/**
 * Availability before promise: a person is available when the site is within its opening hours and at least
 * one agent is connected and `online`. Agents at capacity still count, because the visitor can wait for
 * them in the queue; nobody online means nobody will come, so the visitor is not told to wait.
 */
export function availabilityAt(rules: HandoffRules, now: number, onlineAgents: number): Availability {
  if (rules.hours && !isOpenAt(rules.hours, now)) {
    return { isAvailable: false, why: 'closed', opensAt: nextOpeningAfter(rules.hours, now) };
  }
  if (onlineAgents === 0) return { isAvailable: false, why: 'no_agents', opensAt: null };
  return ALWAYS_AVAILABLE;
}
