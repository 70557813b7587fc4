import type { Entry } from '../../protocol/entries.js';
import { isVisitorsRequest } from './handoff-trigger.js';

/** The sentence the visitor sees for a change of who is answering, or null when the entry needs none. */
export function systemLine(entry: Entry): string | null {
  switch (entry.kind) {
    case 'handoff_requested':
      if (entry.trigger === 'agent_takeover') return null;
      if (isVisitorsRequest(entry.trigger)) return 'You asked for a person. Someone will join shortly.';
      return 'Let me get a person to help you.';
    case 'agent_joined':
      return `${entry.agent.name} joined the conversation`;
    case 'handed_back':
      return `${entry.agent.name} handed you back to the assistant`;
    case 'resolved':
      return `${entry.agent.name} marked the conversation as resolved`;
    case 'reopened':
      return 'Conversation reopened';
    case 'agent_left':
      return `${entry.agent.name} was disconnected. You are back in the queue for the next person.`;
    case 'wait_timed_out':
      return 'Nobody from the team is free right now. The assistant is back; press “Talk to a person” to try again later.';
    case 'idle_closed':
      return 'This conversation was closed after a long quiet spell. Write again at any time.';
    default:
      return null;
  }
}
