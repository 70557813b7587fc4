import type { Entry } from '../../protocol/entries.js';
import type { Messages } from '../i18n/messages.js';
import { isVisitorsRequest } from './handoff-trigger.js';

/** When the team is back, as a weekday and time in the visitor's locale: "Monday 9:00 AM". */
export function openingTime(opensAt: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(
    opensAt,
  );
}

/**
 * The sentence the visitor sees for a change of who is answering, in the language of `t`, or null when the
 * entry needs none (and for `internal`, which stands for an entry only agents may read). `locale` formats
 * times, the browser's if absent.
 */
export function systemLine(entry: Entry, t: Messages, locale?: string): string | null {
  switch (entry.kind) {
    case 'handoff_requested':
      if (entry.trigger === 'agent_takeover') return null;
      return isVisitorsRequest(entry.trigger) ? t.askedForPerson : t.gettingPerson;
    case 'handoff_unavailable':
      if (entry.why === 'no_agents') return `${t.nobodyOnline} ${t.leaveMessageBelow}`;
      return `${t.nobodyAvailable}${
        entry.opensAt === null ? '' : ` ${t.backAt(openingTime(entry.opensAt, locale))}`
      } ${t.leaveMessageBelow}`;
    case 'wait_escalated':
      return entry.stage === 'reoffered' ? t.stillLooking : t.sorryForWait;
    case 'agent_joined':
      return t.agentJoined(entry.agent.name);
    case 'transferred':
      return t.transferred(entry.from.name, entry.to.name);
    case 'handed_back':
      return t.handedBack(entry.agent.name);
    case 'resolved':
      return t.resolved(entry.agent.name);
    case 'reopened':
      return t.reopened;
    case 'agent_left':
      return t.agentLeft(entry.agent.name);
    case 'wait_timed_out':
      return t.waitTimedOut;
    case 'idle_closed':
      return t.idleClosed;
    case 'message_left':
      return t.messageLeft(entry.email);
    case 'rated':
      return t.thanksForRating;
    default:
      return null;
  }
}
