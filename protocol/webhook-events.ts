/**
 * What a site's webhook endpoints receive: one JSON event per HTTP POST, derived from the entries the relay
 * committed to a conversation's log. An event's `id` is stable (its conversation, seq and type), so a
 * receiver that is sent the same event twice (deliveries are at least once) can tell.
 */
import type { VisitorContext } from './conversation.js';
import type { AgentRef, HandoffTrigger, KnowledgeSource } from './entries.js';

/** Every event type an endpoint can subscribe to, in the order a conversation usually meets them. */
export const WEBHOOK_EVENT_TYPES = [
  'conversation.started',
  'handoff.requested',
  'agent.assigned',
  'message.created',
  'conversation.resolved',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The fields every event has; `data` depends on `type`. */
interface EventEnvelope<Type extends WebhookEventType, Data> {
  /** Stable across retries and processes: `<conversationId>:<seq>:<type>`. */
  id: string;
  type: Type;
  siteId: string;
  conversationId: string;
  /** The seq of the log entry the event comes from: orders a conversation's events. */
  seq: number;
  /** When the relay committed that entry, in ms since the Unix epoch. */
  createdAt: number;
  data: Data;
}

/** A message in the conversation, by who wrote it. */
export type WebhookMessage =
  | { author: 'visitor'; text: string }
  | {
      author: 'bot';
      text: string;
      /** The knowledge documents the answer came from. */
      sources: KnowledgeSource[];
      /** True when the bot found no good answer. */
      isMiss: boolean;
    }
  | { author: 'agent'; text: string; agent: AgentRef };

export type WebhookEvent =
  /** The conversation's first entry, or its reopening by a new visitor message after it was resolved. */
  | EventEnvelope<'conversation.started', { visitor: VisitorContext; isReopened: boolean }>
  /** The visitor asked for a person, or an agent took over from the bot (trigger `agent_takeover`). */
  | EventEnvelope<'handoff.requested', { trigger: HandoffTrigger; reason: string }>
  /** An agent joined and now answers the visitor. */
  | EventEnvelope<'agent.assigned', { agent: AgentRef }>
  | EventEnvelope<'message.created', WebhookMessage>
  /** Resolved by an agent, or closed after a long silence (`resolvedBy` null, reason `idle`). */
  | EventEnvelope<'conversation.resolved', { resolvedBy: AgentRef | null; reason: 'agent' | 'idle' }>;

/**
 * The HTTP headers of every delivery. The signature is `v1=` and the hex HMAC-SHA256, keyed with the
 * endpoint's secret, of `<timestamp>.<body>`: the timestamp header's value, a dot, and the raw body.
 */
export const WEBHOOK_HEADERS = {
  /** The same for every attempt of one delivery: receivers dedupe on it. */
  deliveryId: 'Switchboard-Delivery-Id',
  /** The event's type, as in the body. */
  event: 'Switchboard-Event',
  /** When this attempt was signed, in whole seconds since the Unix epoch. */
  timestamp: 'Switchboard-Timestamp',
  signature: 'Switchboard-Signature',
} as const;
