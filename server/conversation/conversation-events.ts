import type { VisitorContext } from '../../protocol/conversation.js';
import type { Entry } from '../../protocol/entries.js';
import type { WebhookEvent, WebhookEventType } from '../../protocol/webhook-events.js';

/** What an event needs to know of the conversation besides its entries. */
export interface EventSource {
  id: string;
  siteId: string;
  visitor: VisitorContext;
}

/**
 * The webhook events that committed `entries` mean, in log order. Each event is keyed by the entry it comes
 * from, so the same entries always give the same events with the same ids.
 */
export function conversationEvents(conversation: EventSource, entries: readonly Entry[]): WebhookEvent[] {
  return entries.flatMap((entry) => eventsOf(conversation, entry));
}

function eventsOf(conversation: EventSource, entry: Entry): WebhookEvent[] {
  const envelope = <Type extends WebhookEventType>(type: Type) => ({
    id: `${conversation.id}:${entry.seq}:${type}`,
    type,
    siteId: conversation.siteId,
    conversationId: conversation.id,
    seq: entry.seq,
    createdAt: entry.at,
  });
  const events: WebhookEvent[] = [];
  // Any first entry starts the conversation: usually a visitor message, but a visitor may ask for a person
  // before writing anything.
  if (entry.seq === 1 && entry.kind !== 'reopened') {
    events.push({
      ...envelope('conversation.started'),
      data: { visitor: conversation.visitor, isReopened: false },
    });
  }
  switch (entry.kind) {
    case 'reopened':
      events.push({
        ...envelope('conversation.started'),
        data: { visitor: conversation.visitor, isReopened: true },
      });
      break;
    case 'visitor_message':
      events.push({ ...envelope('message.created'), data: { author: 'visitor', text: entry.text } });
      break;
    case 'bot_message':
      events.push({
        ...envelope('message.created'),
        data: { author: 'bot', text: entry.text, sources: entry.sources, isMiss: entry.isMiss },
      });
      break;
    case 'agent_message':
      events.push({
        ...envelope('message.created'),
        data: { author: 'agent', text: entry.text, agent: entry.agent },
      });
      break;
    case 'handoff_requested':
      events.push({
        ...envelope('handoff.requested'),
        data: { trigger: entry.trigger, reason: entry.reason },
      });
      break;
    case 'agent_joined':
      events.push({ ...envelope('agent.assigned'), data: { agent: entry.agent } });
      break;
    // The receiving agent is assigned as surely as one who joins; the note stays among agents.
    case 'transferred':
      events.push({ ...envelope('agent.assigned'), data: { agent: entry.to } });
      break;
    case 'resolved':
      events.push({
        ...envelope('conversation.resolved'),
        data: { resolvedBy: entry.agent, reason: 'agent' },
      });
      break;
    case 'idle_closed':
      events.push({ ...envelope('conversation.resolved'), data: { resolvedBy: null, reason: 'idle' } });
      break;
    case 'handed_back':
    case 'agent_left':
    case 'wait_timed_out':
    case 'handoff_unavailable':
    case 'message_left':
    case 'wait_escalated':
    case 'note_added':
    case 'internal':
    case 'rated':
      break;
  }
  return events;
}
