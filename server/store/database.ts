/** The tables, as Kysely sees them. Times are integers in ms since the Unix epoch; JSON is kept as text. */
import type { ConversationState } from '../../protocol/conversation.js';

export interface Database {
  sites: { id: string; name: string; allowed_origins: string; created_at: number };
  visitors: { id: string; site_id: string; token_hash: string; created_at: number };
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
  };
  /** When each agent's last console disconnected; no row while they have never disconnected. */
  agent_last_seen: { agent_id: string; last_seen_at: number };
  /** Relay processes, alive while their heartbeat is recent. */
  relay_nodes: { id: string; started_at: number; heartbeat_at: number };
  /** Every agent socket open on a relay process: presence, shared by all processes. */
  agent_connections: { socket_id: string; node_id: string; agent_id: string; connected_at: number };
  agent_sessions: { token_hash: string; agent_id: string; created_at: number; expires_at: number };
}
