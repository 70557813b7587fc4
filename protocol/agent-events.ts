/**
 * The `/agent` namespace: what the agent console and the relay say to each other. The handshake is
 * authenticated by the console's session cookie; every command is acknowledged after the store commits.
 */
import type { ConversationSummary } from './conversation.js';
import type { AgentRef, Entry } from './entries.js';
import type { Ack } from './errors.js';
import type { Appended } from './visitor-events.js';

/**
 * A console command's acknowledgement: where it landed, and the entries its commit appended (for a resend,
 * the entry the original appended). The console that sent the command reads them here; the relay sends them
 * as `entry:added` only to the other consoles that have the conversation open.
 */
export interface AgentAppended extends Appended {
  entries: Entry[];
}

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

/**
 * What an agent said about taking conversations. Only `online` agents are assigned conversations or count as
 * available; an `away` agent keeps their conversations; `offline` is the same while their console is open.
 */
export type AgentStatus = 'online' | 'away' | 'offline';

/** A teammate as the console shows them: connected on any relay process or not, their status and load. */
export interface AgentPresence extends AgentRef {
  /** True while one of the agent's consoles is connected. */
  isOnline: boolean;
  /** What the agent set; counts only while `isOnline`. */
  status: AgentStatus;
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

/** Passes a conversation the agent owns to another agent, who becomes its owner at once. */
export interface TransferPayload {
  conversationId: string;
  /** The receiving agent; they must be connected and `online`. */
  toAgentId: string;
  /** A note for the receiving agent, which the visitor never sees; null for none. */
  note: string | null;
}

/** A private note, for agents only. */
export interface AddNotePayload {
  conversationId: string;
  clientId: string;
  text: string;
}

export interface AgentTypingPayload {
  conversationId: string;
  isTyping: boolean;
}

export interface SetStatusPayload {
  status: AgentStatus;
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
  'conversation:claim': (payload: ConversationRef, ack: (result: Ack<AgentAppended>) => void) => void;
  'message:send': (payload: AgentSendMessagePayload, ack: (result: Ack<AgentAppended>) => void) => void;
  /** Gives the conversation back to the bot. */
  'conversation:hand-back': (payload: ConversationRef, ack: (result: Ack<AgentAppended>) => void) => void;
  'conversation:resolve': (payload: ConversationRef, ack: (result: Ack<AgentAppended>) => void) => void;
  'conversation:transfer': (payload: TransferPayload, ack: (result: Ack<AgentAppended>) => void) => void;
  'note:add': (payload: AddNotePayload, ack: (result: Ack<AgentAppended>) => void) => void;
  /** Tells the visitor whether the agent is typing; only in a conversation the agent owns. Nothing is stored. */
  'typing:set': (payload: AgentTypingPayload, ack: (result: Ack) => void) => void;
  /** Sets the agent's status for every one of their consoles; the team sees it at once. */
  'agent:set-status': (payload: SetStatusPayload, ack: (result: Ack) => void) => void;
}

/**
 * The console's commands whose acknowledgement is an `AgentAppended`: the console that sends one gets its
 * entries there only.
 */
export type AgentAppendingCommand = {
  [Name in keyof AgentClientEvents]: AcknowledgementOf<Name> extends Ack<AgentAppended> ? Name : never;
}[keyof AgentClientEvents];

/** What the relay acknowledges the console's command `Name` with. */
type AcknowledgementOf<Name extends keyof AgentClientEvents> = Parameters<
  Parameters<AgentClientEvents[Name]>[1]
>[0];

/** Facts from the relay. */
export interface AgentServerEvents {
  /**
   * A committed entry of a conversation the console has open; not sent to the console whose command appended
   * it, which has it in the acknowledgement (see `AgentAppended`).
   */
  'entry:added': (entry: Entry) => void;
  /**
   * Conversations in the inbox were created or changed: each once, as it is now. The relay sends together
   * what changed within one turn of its event loop.
   */
  'conversations:changed': (conversations: ConversationSummary[]) => void;
  /** Someone's presence or load changed: the whole team as it is now. */
  'team:changed': (team: AgentPresence[]) => void;
  /** The visitor of a conversation the console has open started or stopped typing. */
  'typing:changed': (typing: { conversationId: string; isTyping: boolean }) => void;
}
