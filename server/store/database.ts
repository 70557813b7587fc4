/** The tables, as Kysely sees them. Times are integers in ms since the Unix epoch; JSON is kept as text. */
import type { Generated } from 'kysely';
import type { ConversationState } from '../../protocol/conversation.js';

export interface Database {
  sites: {
    id: string;
    name: string;
    allowed_origins: string;
    created_at: number;
    /** Null keeps conversations forever. */
    retention_days: number | null;
    /** The branding fields set for the site, as a JSON object; those left out take `DEFAULT_BRANDING`'s. */
    branding: Generated<string>;
    /** The identity verification secret (64 hex characters), or null until an admin generates one. */
    identity_secret: string | null;
    /** 1 when identities without a valid hash are refused, else 0. */
    identity_required: Generated<number>;
    /** The site's `SiteBot` as JSON, with its secret: only the relay reads it. */
    bot: Generated<string>;
  };
  visitors: {
    id: string;
    site_id: string;
    token_hash: string;
    created_at: number;
    /** The newest identity the host page gave, as JSON `VisitorIdentity`, or null. */
    identity: string | null;
  };
  conversations: {
    id: string;
    site_id: string;
    visitor_id: string;
    state: ConversationState;
    agent_id: string | null;
    agent_name: string | null;
    version: number;
    owner_version: number;
    last_seq: number;
    bot_miss_streak: number;
    waiting_since: number | null;
    handoff_trigger: string | null;
    handoff_reason: string | null;
    visitor_context: string;
    preview: string | null;
    created_at: number;
    updated_at: number;
    /** 1 while waiting again after the agent's connection dropped, else 0. */
    is_requeued: number;
    escalation: string | null;
    frustration_signals: number;
    last_question: string | null;
    /** 1 from a resolution until it is rated or the visitor writes again, else 0. */
    is_rating_open: number;
    /** The visited pages as a JSON array of `VisitedPage`, oldest first. */
    pages: string;
    /** The newest message the visitor left: where to answer, and when. */
    lead_email: string | null;
    lead_at: number | null;
    rating_score: number | null;
    rating_comment: string | null;
    /** The visitor's identity, copied from `visitors.identity`. */
    visitor_identity: string | null;
  };
  entries: {
    conversation_id: string;
    seq: number;
    kind: string;
    client_id: string | null;
    at: number;
    /** The entry's kind-specific fields as JSON. */
    body: string;
  };
  agents: {
    id: string;
    email: string;
    name: string;
    role: string;
    password_hash: string;
    created_at: number;
    /** What the agent set: `online`, `away` or `offline`; kept across reconnects. */
    status: string;
  };
  /** When each agent's last console disconnected; no row while they have never disconnected. */
  agent_last_seen: { agent_id: string; last_seen_at: number };
  /** Relay processes, alive while their heartbeat is recent. */
  relay_nodes: { id: string; started_at: number; heartbeat_at: number };
  /** Every agent socket open on a relay process: presence, shared by all processes. */
  agent_connections: { socket_id: string; node_id: string; agent_id: string; connected_at: number };
  agent_sessions: { token_hash: string; agent_id: string; created_at: number; expires_at: number };
  /** Where each site's events are posted. `events` is a JSON array; `is_enabled` is 1 or 0. */
  webhook_endpoints: {
    id: string;
    site_id: string;
    url: string;
    /** Kept as it is: the relay signs with it. */
    secret: string;
    events: string;
    is_enabled: number;
    created_at: number;
  };
  /**
   * The outbox: one row per event per endpoint, written in the transaction that committed the event's
   * entry. A relay process delivers a row while it holds its lease (`lease_owner` until `lease_until`).
   */
  webhook_deliveries: {
    id: string;
    endpoint_id: string;
    site_id: string;
    conversation_id: string;
    event_id: string;
    event_type: string;
    /** The event as JSON: the exact body every attempt sends. */
    payload: string;
    status: string;
    /** Attempts made so far. */
    attempts: number;
    next_attempt_at: number;
    /** The newest attempt's outcome, on the row itself for operators reading the table. */
    last_status_code: number | null;
    last_error: string | null;
    lease_owner: string | null;
    lease_until: number | null;
    created_at: number;
    updated_at: number;
  };
  /** Every HTTP request made for a delivery: the console's delivery log. */
  webhook_attempts: {
    id: string;
    delivery_id: string;
    number: number;
    at: number;
    duration_ms: number;
    status_code: number | null;
    error: string | null;
  };
  /** What retention deleted, and when: counts, never content. */
  retention_deletions: {
    id: string;
    site_id: string;
    at: number;
    before: number;
    conversations: number;
    entries: number;
    webhook_deliveries: number;
  };
  /** Replies agents insert by typing their shortcut; shared by the whole team. */
  canned_responses: { id: string; shortcut: string; text: string; created_at: number };
  /** Each site's knowledge documents. `sections` is a JSON array of `{ heading, text }`. */
  knowledge_documents: {
    site_id: string;
    document_id: string;
    title: string;
    url: string | null;
    topic: string | null;
    kind: string;
    content_hash: string;
    sections: string;
    updated_at: number;
  };
}
