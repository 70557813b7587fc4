import type { HandoffTrigger } from '../../protocol/entries.js';

/** Whether the visitor asked for the person themselves (the button or in words), not the bot or an agent. */
export function isVisitorsRequest(trigger: HandoffTrigger): boolean {
  return trigger === 'visitor_button' || trigger === 'visitor_phrase';
}
