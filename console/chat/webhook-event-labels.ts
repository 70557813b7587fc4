import type { WebhookEventType } from '../../protocol/webhook-events.js';

/** Each event type as admins read it, in the order a conversation meets them; a Record, so none is missed. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  'conversation.started': 'Conversation started',
  'handoff.requested': 'Handoff requested',
  'agent.assigned': 'Agent assigned',
  'message.created': 'Message created',
  'conversation.resolved': 'Conversation resolved',
};

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_LABELS) as WebhookEventType[];
