/**
 * The `/agent` namespace: what the agent console and the relay say to each other. The handshake is
 * authenticated by the console's session cookie; every command is acknowledged after the store commits.
 */
import type { ConversationSummary } from './conversation.js';
import type { AgentRef, Entry } from './entries.js';
import type { Ack } from './errors.js';
import type { Appended } from './visitor-events.js';

/** The Socket.IO namespace the console connects to. */
export const AGENT_NAMESPACE = '/agent';

/** The handshake's `auth` object; the agent's identity comes from the session cookie. */
export interface AgentHandshake {
  protocolVersion: number;
}

/** An agent's rights: admins also manage sites and agents. */
export type AgentRole = 'agent' | 'admin';

/** The signed-in agent. */
export interface AgentProfile extends AgentRef {
  email: string;
  role: AgentRole;
}

/** A teammate as the console shows them: online on any relay process or not, and their load. */
export interface AgentPresence extends AgentRef {
  isOnline: boolean;
  /** Conversations the agent owns now. */
  load: number;
}

export interface InboxResult {
  agent: AgentProfile;
  /** Every agent, online or not, with their load. */
  team: AgentPresence[];
  /** Every open conversation and the most recently resolved ones, newest activity first. */
  conversations: ConversationSummary[];
}

export interface OpenConversationPayload {
  conversationId: string;
  /** The seq of the newest entry the console holds for it; 0 when it holds none. */
  lastSeq: number;
}

export interface OpenConversationResult {
  conversation: ConversationSummary;
  /** Entries after `lastSeq`, in seq order. */
  entries: Entry[];
  hasMore: boolean;
}

export interface ConversationRef {
  conversationId: string;
}

export interface AgentSendMessagePayload {
  conversationId: string;
  clientId: string;
  text: string;
}

/** Commands from the console. */
export interface AgentClientEvents {
  /** Starts live inbox updates and answers with the inbox as it is now. */
  'inbox:subscribe': (payload: Record<string, never>, ack: (result: Ack<InboxResult>) => void) => void;
  /** Starts live entries for one conversation and answers with those after `lastSeq`. */
  'conversation:open': (
    payload: OpenConversationPayload,
    ack: (result: Ack<OpenConversationResult>) => void,
  ) => void;
  /** Stops live entries for one conversation. */
  'conversation:close': (payload: ConversationRef, ack: (result: Ack) => void) => void;
  /** Takes the conversation over, from the bot or the waiting queue. Exactly one of racing claims wins. */
  'conversation:claim': (payload: ConversationRef, ack: (result: Ack<Appended>) => void) => void;
  'message:send': (payload: AgentSendMessagePayload, ack: (result: Ack<Appended>) => void) => void;
  /** Gives the conversation back to the bot. */
  'conversation:hand-back': (payload: ConversationRef, ack: (result: Ack<Appended>) => void) => void;
  'conversation:resolve': (payload: ConversationRef, ack: (result: Ack<Appended>) => void) => void;
}

/** Facts from the relay. */
export interface AgentServerEvents {
  /** A committed entry of a conversation the console has open. */
  'entry:added': (entry: Entry) => void;
  /** A conversation in the inbox was created or changed. */
  'conversation:changed': (conversation: ConversationSummary) => void;
  /** Someone's presence or load changed: the whole team as it is now. */
  'team:changed': (team: AgentPresence[]) => void;
}
