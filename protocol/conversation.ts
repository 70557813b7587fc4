import type { AgentRef, HandoffTrigger, RatingScore } from './entries.js';
import type { VisitorIdentity } from './sites.js';

/**
 * Who answers the visitor. Derived from the log; changed only by compare-and-set on the conversation's
 * version in the store, so two agents can never both own it.
 */
export type ConversationState =
  /** The bot answers. */
  | 'bot'
  /** The visitor asked for a person; the bot is silent until one joins. */
  | 'waiting'
  /** An agent answers; the bot is silent. */
  | 'agent'
  /** Closed by an agent; a new visitor message reopens it with the bot. */
  | 'resolved';

/** What the relay knows of the visitor's surroundings, as the widget reported them. */
export interface VisitorContext {
  /** The host page the visitor is on. */
  pageUrl: string | null;
  pageTitle: string | null;
  /** The page that sent the visitor to the host page. */
  referrer: string | null;
  /** The browser's preferred language, a BCP 47 tag such as `en-GB`. */
  locale: string | null;
}

/** The conversation as the visitor's widget needs it. */
export interface VisitorConversation {
  id: string;
  state: ConversationState;
  /** The agent answering, while the state is `agent`. */
  agent: AgentRef | null;
  /** The seq of the newest entry. */
  lastSeq: number;
}

/** A page the visitor opened during the conversation. */
export interface VisitedPage {
  url: string;
  title: string | null;
  /** When the widget reported it, in ms since the Unix epoch. */
  at: number;
}

/** The most pages a conversation remembers the visitor opening; older ones are forgotten first. */
export const MAX_VISITED_PAGES = 10;

/** A waiting visitor's place in the queue, as the widget shows it. */
export interface QueueStatus {
  /** 1 for the next visitor an agent will take. */
  position: number;
  /**
   * How long the visitor can expect to wait from now, in ms, estimated from the site's recent waits; null
   * when there are too few recent waits to say.
   */
  estimatedWaitMs: number | null;
}

/** The conversation as an agent's inbox shows it. */
export interface ConversationSummary extends VisitorConversation {
  siteId: string;
  visitor: VisitorContext;
  /** When the visitor started the conversation, in ms since the Unix epoch. */
  createdAt: number;
  /** When the newest entry was committed, in ms since the Unix epoch. */
  updatedAt: number;
  /** While waiting: when the visitor asked for a person, in ms since the Unix epoch. */
  waitingSince: number | null;
  /**
   * True while waiting again because the agent's connection dropped: the queue puts such visitors first,
   * then everyone else by `waitingSince`.
   */
  isRequeued: boolean;
  /** The newest handoff's trigger and reason, if the conversation was ever handed to a person. */
  handoff: { trigger: HandoffTrigger; reason: string } | null;
  /** The newest message's text, shortened for the inbox list. */
  preview: string | null;
  /** Who the visitor is, when the host page identified them. */
  identity: VisitorIdentity | null;
  /** The pages the visitor opened, oldest first, at most {@link MAX_VISITED_PAGES}; the last is the current one. */
  pages: VisitedPage[];
  /** The newest message the visitor left for the team while nobody was available: a lead to answer by email. */
  lead: { email: string; at: number } | null;
  /** The visitor's rating, after the conversation was resolved. */
  rating: { score: RatingScore; comment: string | null } | null;
}
