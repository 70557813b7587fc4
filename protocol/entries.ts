/**
 * A conversation is an append-only log of entries. The relay assigns each entry a `seq` that starts at 1 and
 * is gap-free per conversation; state (who owns the conversation) is derived from the log, so nothing can be
 * lost at a handoff: the handoff is itself an entry.
 */

/** An agent as others see them. */
export interface AgentRef {
  /** The agent's stable id. */
  id: string;
  /** The display name shown to visitors and other agents. */
  name: string;
}

/** A knowledge document the bot answered from. */
export interface KnowledgeSource {
  /** The document's title, shown to the visitor as the source. */
  title: string;
  /** Where the visitor can read the whole document, when it has a public address. */
  url: string | null;
}

/** An answer the bot offers the visitor, to pick with one press instead of typing. */
export interface QuickReply {
  /** The button's label. Pressing it sends this text as the visitor's message. */
  title: string;
  /**
   * What the bot receives when the visitor picks this reply (a Rasa intent such as `/affirm`, say); the
   * visitor never sees it. The same as `title` when the bot gave none.
   */
  payload: string;
}

/** Why a conversation went to a person. */
export type HandoffTrigger =
  /** The visitor pressed "Talk to a person". */
  | 'visitor_button'
  /** The visitor wrote that they want a person ("human", "real person", …). */
  | 'visitor_phrase'
  /** The bot found no good answer several times in a row (the site's rules say how many). */
  | 'bot_misses'
  /** The bot answered, but less sure than the site's rules accept, several times in a row. */
  | 'low_confidence'
  /** The visitor raised a topic the site's rules always give to a person ("refund", "complaint", …). */
  | 'keyword'
  /** The visitor repeated a question or said the bot is not helping, as often as the site's rules allow. */
  | 'frustration'
  /** The bot itself asked for a person (a webhook or Rasa bot's handoff request). */
  | 'bot_request'
  /** An agent took the conversation over from the bot without being asked. */
  | 'agent_takeover';

/** The conversation's content: what was said, and each change of who is answering. */
export type EntryBody =
  | { kind: 'visitor_message'; text: string }
  | {
      kind: 'bot_message';
      text: string;
      /** The documents the answer came from; empty for small talk and for misses. */
      sources: KnowledgeSource[];
      /**
       * True when the bot found no good answer, or answered with less confidence than the relay accepts;
       * two misses in a row hand the visitor to a person.
       */
      isMiss: boolean;
      /** How sure the bot was of this answer, from 0 to 1, when it said. */
      confidence?: number;
      /**
       * Answers offered after this message, in order. Only the last message of a bot turn carries them, and
       * clients offer them only while that message is the newest line of the conversation.
       */
      quickReplies?: QuickReply[];
    }
  | { kind: 'agent_message'; text: string; agent: AgentRef }
  | {
      kind: 'handoff_requested';
      trigger: HandoffTrigger;
      /** A sentence for the agent: why the visitor needs a person. */
      reason: string;
    }
  | {
      kind: 'agent_joined';
      agent: AgentRef;
      /** How long the visitor waited in the queue, in ms; absent when the agent took over from the bot. */
      waitedMs?: number;
      /** True when routing assigned the agent, rather than the agent claiming the conversation. */
      isAssigned?: boolean;
    }
  /**
   * The visitor or the bot asked for a person, but nobody can take the conversation: outside business hours,
   * or no agent online. The assistant keeps the conversation and the visitor is offered to leave a message.
   */
  | {
      kind: 'handoff_unavailable';
      trigger: HandoffTrigger;
      reason: string;
      why: UnavailableReason;
      /** When the team is next open, in ms since the Unix epoch; null when unknown or not a matter of hours. */
      opensAt: number | null;
    }
  /** The visitor left a message for the team to answer by email: a lead. */
  | { kind: 'message_left'; email: string; text: string }
  /** Nobody accepted the waiting conversation in time: agents were asked again, or the visitor was offered to leave a message. */
  | { kind: 'wait_escalated'; stage: EscalationStage; waitedMs: number }
  /** The owning agent passed the conversation to another agent. */
  | {
      kind: 'transferred';
      from: AgentRef;
      to: AgentRef;
      /** The note for the receiving agent; agents only (the visitor's copy has null). */
      note: string | null;
    }
  /** A note agents write for each other; the visitor never sees it (their copy is `internal`). */
  | { kind: 'note_added'; agent: AgentRef; text: string }
  /**
   * What the visitor receives in place of an entry only agents may read, so their log keeps its seq and
   * stays gap-free. Never stored.
   */
  | { kind: 'internal' }
  | { kind: 'handed_back'; agent: AgentRef }
  | {
      kind: 'resolved';
      /** The agent who resolved it. */
      agent: AgentRef;
    }
  | { kind: 'reopened' }
  | {
      kind: 'agent_left';
      agent: AgentRef;
      /** Why: the agent's consoles stayed disconnected past the grace period. */
      reason: 'disconnected';
    }
  /** Nobody took the waiting conversation in time: it went back to the assistant. */
  | { kind: 'wait_timed_out'; waitedMs: number }
  /** Nothing happened in the conversation for a long time: it was closed as resolved. */
  | { kind: 'idle_closed'; idleMs: number }
  /** The visitor rated the conversation after it was resolved. */
  | { kind: 'rated'; score: RatingScore; comment: string | null };

/** Why nobody can take a conversation now. */
export type UnavailableReason =
  /** Outside the site's business hours, or on a holiday. */
  | 'closed'
  /** Within hours, but no agent is online (away and offline agents do not count). */
  | 'no_agents';

/** How far a wait has been escalated: agents asked again, then the visitor offered to leave a message. */
export type EscalationStage = 'reoffered' | 'message_offered';

/** A visitor's rating of a resolved conversation: 1 (poor) to 5 (excellent). */
export type RatingScore = 1 | 2 | 3 | 4 | 5;

/** The kinds of entry, one per member of {@link EntryBody}. */
export type EntryKind = EntryBody['kind'];

/** One committed entry of a conversation's log. */
export type Entry = EntryBody & {
  conversationId: string;
  /** Position in the log: starts at 1, gap-free per conversation, never reused. */
  seq: number;
  /** When the relay committed it, in milliseconds since the Unix epoch (server clock). */
  at: number;
  /**
   * The id the sending client generated for this entry, or null for entries the relay wrote itself. A resend
   * with the same id returns this entry's `seq` instead of appending again.
   */
  clientId: string | null;
};
