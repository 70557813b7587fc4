import type { Entry } from '../../protocol/entries.js';
import { isVisitorsRequest } from './handoff-trigger.js';

const LEAVE_A_MESSAGE =
  'You can leave a message for the team below; the assistant can keep helping meanwhile.';

/** When the team is back, as a weekday and time in the visitor's locale: "Monday 9:00 AM". */
export function openingTime(opensAt: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(
    opensAt,
  );
}

/**
 * The sentence the visitor sees for a change of who is answering, or null when the entry needs none (and for
 * `internal`, which stands for an entry only agents may read). `locale` formats times, the browser's if absent.
 */
export function systemLine(entry: Entry, locale?: string): string | null {
  switch (entry.kind) {
    case 'handoff_requested':
      if (entry.trigger === 'agent_takeover') return null;
      if (isVisitorsRequest(entry.trigger)) return 'You asked for a person. Someone will join shortly.';
      return 'Let me get a person to help you.';
    case 'handoff_unavailable':
      if (entry.why === 'no_agents') return `Nobody from the team is online right now. ${LEAVE_A_MESSAGE}`;
      return `Nobody from the team is available right now.${
        entry.opensAt === null ? '' : ` We're back ${openingTime(entry.opensAt, locale)}.`
      } ${LEAVE_A_MESSAGE}`;
    case 'wait_escalated':
      return entry.stage === 'reoffered'
        ? 'Still looking for someone…'
        : `Sorry for the wait. You can keep waiting, or leave a message for the team below.`;
    case 'agent_joined':
      return `${entry.agent.name} joined the conversation`;
    case 'transferred':
      return `${entry.from.name} passed you to ${entry.to.name}`;
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
    case 'message_left':
      return `Message left. The team will reply to ${entry.email}.`;
    case 'rated':
      return 'Thanks for your rating';
    default:
      return null;
  }
}
