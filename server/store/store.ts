/**
 * The store port: everything Switchboard keeps. The conversation log is append-only, and a conversation's
 * control (who owns it) changes only by compare-and-set on its version, so the store, not process memory,
 * decides ownership: any number of relay processes can share one store without two agents ever owning the
 * same conversation. Every adapter passes `store.contract.ts`.
 */
import type { AgentPresence, AgentProfile, AgentStatus } from '../../protocol/agent-events.js';
import type {
  ConversationSummary,
  ConversationState,
  VisitorContext,
  VisitedPage,
} from '../../protocol/conversation.js';
import type { AgentRef, Entry, EntryBody } from '../../protocol/entries.js';
import type { VisitorIdentity } from '../../protocol/sites.js';
import type { ConversationControl } from '../conversation/conversation-control.js';
import type { NextControl } from '../conversation/decide.js';
import type { CannedResponseStore } from './canned-response-store.js';
import type { IdentityStore } from './identity-store.js';
import type { KnowledgeStore } from './knowledge-store.js';
import type { RetentionStore } from './retention-store.js';
import type { SiteStore } from './site-store.js';
import type { WebhookStore } from './webhook-store.js';

/** A conversation as stored: its control, its place in the log, and what the agent sees of the visitor. */
export interface StoredConversation extends ConversationControl {
  id: string;
  siteId: string;
  visitorId: string;
  /** The seq of the newest entry; 0 when the log is empty. */
  lastSeq: number;
  visitor: VisitorContext;
  /** The newest message's text, shortened for the inbox. */
  preview: string | null;
  /** In ms since the Unix epoch. */
  createdAt: number;
  /** When the newest entry was committed, in ms since the Unix epoch. */
  updatedAt: number;
  /** The pages the visitor opened, oldest first, at most `MAX_VISITED_PAGES`. */
  pages: VisitedPage[];
  /** The newest message the visitor left for the team (a `message_left` entry): set by the commit. */
  lead: ConversationSummary['lead'];
  /** The newest rating (a `rated` entry): set by the commit. */
  rating: ConversationSummary['rating'];
  /** Who the host page says the visitor is (see {@link IdentityStore}). */
  identity: VisitorIdentity | null;
}

/** A conversation in the queue, as routing, queue positions and escalation need it. */
export interface WaitingConversation {
  id: string;
  siteId: string;
  visitorId: string;
  /** When the visitor started waiting, in ms since the Unix epoch. */
  waitingSince: number;
  isRequeued: boolean;
  escalation: StoredConversation['escalation'];
}

/** The states of a conversation that is not resolved. */
export type OpenState = Exclude<ConversationState, 'resolved'>;

/** An entry to append: its content and the id of the client that sent it, if a client did. */
export type NewEntry = EntryBody & { clientId: string | null };

/** Entries to append and the control after them, committed only if the version is still `expectedVersion`. */
export interface CommitRequest {
  conversationId: string;
  expectedVersion: number;
  control: NextControl;
  entries: NewEntry[];
  /** The commit time, in ms since the Unix epoch; every entry gets it. */
  at: number;
}

export type CommitResult =
  /** Appended: the conversation after the commit (version bumped) and the entries with their seqs. */
  | { status: 'committed'; conversation: StoredConversation; entries: Entry[] }
  /** The version moved on since it was read: nothing was written; decide again on the fresh state. */
  | { status: 'conflict' }
  /** An entry with one of the request's client ids is already in the log: nothing was written. */
  | { status: 'duplicate'; entry: Entry };

/** The part of a conversation's log that falls in a time range, for analytics. */
export interface ConversationLog {
  conversationId: string;
  /** The entries committed in the range, in seq order. */
  entries: Entry[];
}

/** Which conversation logs to read: a page of one site's, with entries committed in [from, to). */
export interface ConversationLogsRequest {
  siteId: string;
  /** The range's first instant, in ms since the Unix epoch. */
  from: number;
  /** The first instant after the range. */
  to: number;
  /** Only conversations whose id sorts after this one: the last id of the previous page, or null. */
  afterId: string | null;
  /** The most conversations to return. */
  limit: number;
}

/** A site that embeds the widget. */
export interface Site {
  id: string;
  name: string;
  /** Origins whose pages may embed the widget, besides the relay's own. */
  allowedOrigins: string[];
  createdAt: number;
}

export interface Visitor {
  id: string;
  siteId: string;
  createdAt: number;
}

/** An agent with the hash of their password, for signing in. */
export interface AgentCredentials {
  agent: AgentProfile;
  passwordHash: string;
}

export interface NewAgent extends AgentProfile {
  passwordHash: string;
  createdAt: number;
}

/**
 * A deadline that has passed, found from stored times: the relay turns each into a command, so whichever
 * relay process finds it first carries it out, and the compare-and-set makes sure it happens once.
 */
export type Deadline =
  /** The owning agent's consoles have all been disconnected since before the grace period. */
  | { kind: 'agent_grace'; conversationId: string; agent: AgentRef; ownerVersion: number }
  /** The visitor has waited for a person since before the wait timeout. */
  | { kind: 'wait_timeout'; conversationId: string; waitingSince: number }
  /** Nothing was committed since before the idle timeout. */
  | { kind: 'idle_close'; conversationId: string; version: number; idleSince: number };

/** The moments, in ms since the Unix epoch, before which each kind of deadline has passed. */
export interface DeadlineCutoffs {
  /** Relay processes whose heartbeat is older are dead, and their agent connections do not count. */
  aliveSince: number;
  agentOfflineBefore: number;
  waitingBefore: number;
  idleBefore: number;
  /** The most deadlines of each kind to return. */
  limit: number;
}

export interface AgentConnection {
  socketId: string;
  nodeId: string;
  agentId: string;
  at: number;
}

/** The whole port; webhooks, retention, canned responses, knowledge, sites and identities have their own files. */
export interface Store
  extends WebhookStore, RetentionStore, CannedResponseStore, KnowledgeStore, SiteStore, IdentityStore {
  /** Brings the schema up to date. Safe to run at every start, from any number of processes. */
  migrate(): Promise<void>;
  /** Releases connections. */
  close(): Promise<void>;
  /** Resolves when the store answers a trivial query; rejects when it cannot be reached. For readiness. */
  ping(): Promise<void>;

  /** Creates the site, or sets its name and allowed origins; the rest of its profile stays as it is. */
  upsertSite(site: Site): Promise<void>;
  findSite(id: string): Promise<Site | null>;
  /** Every site, by name. */
  listSites(): Promise<Site[]>;

  /** Records a visitor; only the hash of their token is kept. */
  createVisitor(visitor: Visitor & { tokenHash: string }): Promise<void>;
  /** The visitor whose token hashes to `tokenHash`, if they belong to `siteId`. */
  findVisitorByToken(siteId: string, tokenHash: string): Promise<Visitor | null>;

  /**
   * The visitor's conversation, created with an empty log if they have none. A visitor has one conversation,
   * reopened after it is resolved; two tabs creating it at once get the same one.
   */
  ensureConversation(request: {
    id: string;
    siteId: string;
    visitorId: string;
    visitor: VisitorContext;
    at: number;
  }): Promise<StoredConversation>;
  findConversation(id: string): Promise<StoredConversation | null>;
  findConversationOfVisitor(visitorId: string): Promise<StoredConversation | null>;
  /**
   * Records where the visitor is now; not a log entry, and it does not change the version. When the page
   * differs from the newest visited one, it is appended to `pages` as visited at `at`, forgetting the
   * oldest beyond `MAX_VISITED_PAGES`. Resolves to true when it was.
   */
  updateVisitorContext(conversationId: string, visitor: VisitorContext, at: number): Promise<boolean>;
  /** Every open conversation, and the `resolvedLimit` most recently resolved, newest activity first. */
  listConversations(options: { resolvedLimit: number }): Promise<StoredConversation[]>;
  /**
   * How many conversations are open in each state (0 when none), over all sites. Resolved ones are left
   * out: they only ever grow in number, and counting them would cost more the longer the store is kept.
   */
  countOpenConversations(): Promise<Record<OpenState, number>>;
  /**
   * The waiting conversations, of one site or (with null) of all, in queue order: requeued ones first,
   * then by `waitingSince`, oldest first.
   */
  listWaitingConversations(siteId: string | null): Promise<WaitingConversation[]>;
  /**
   * How long the site's visitors waited before an agent joined (`agent_joined.waitedMs`), for the newest
   * `limit` joins committed since `since`, newest first. Takeovers from the bot, without a wait, are left out.
   */
  listRecentWaits(siteId: string, since: number, limit: number): Promise<number[]>;

  /**
   * Appends entries and sets the control in one transaction, if and only if the conversation's version is
   * still `expectedVersion` and none of the entries' client ids is already in its log. Seqs continue the log
   * without a gap. The same transaction enqueues a webhook delivery for each event the entries mean, for
   * each of the site's enabled endpoints subscribed to it.
   */
  commit(request: CommitRequest): Promise<CommitResult>;
  /** The entry a client sent with `clientId`, if it was committed. */
  findEntryByClientId(conversationId: string, clientId: string): Promise<Entry | null>;
  /** Up to `limit` entries with seq greater than `afterSeq`, in seq order. */
  readEntries(conversationId: string, afterSeq: number, limit: number): Promise<Entry[]>;
  /**
   * Up to `limit` of the site's conversations that have entries committed in [from, to), in id order after
   * `afterId`, each with those entries and no others. Paging by id visits each conversation once.
   */
  readConversationLogs(request: ConversationLogsRequest): Promise<ConversationLog[]>;

  /** Adds an agent; false, and nothing stored, when another agent has the email. */
  createAgent(agent: NewAgent): Promise<boolean>;
  countAgents(): Promise<number>;
  /** Every agent, by name. */
  listAgents(): Promise<AgentProfile[]>;
  findAgentByEmail(email: string): Promise<AgentCredentials | null>;

  /** Records a signed-in session; only the hash of its token is kept. */
  createSession(session: {
    tokenHash: string;
    agentId: string;
    createdAt: number;
    expiresAt: number;
  }): Promise<void>;
  /** The agent of an unexpired session. */
  findSessionAgent(tokenHash: string, now: number): Promise<AgentProfile | null>;
  deleteSession(tokenHash: string): Promise<void>;

  /** Records that the relay process `nodeId` is alive at `at`. */
  heartbeatNode(nodeId: string, at: number): Promise<void>;
  /**
   * Forgets the relay processes silent since before `aliveSince`, and their agent connections; their agents
   * count as last seen at the process's last heartbeat. Returns how many processes were forgotten.
   */
  reapSilentNodes(aliveSince: number): Promise<number>;
  /** Forgets a relay process that stops cleanly, and its agent connections, as of `at`. */
  removeNode(nodeId: string, at: number): Promise<void>;
  addAgentConnection(connection: AgentConnection): Promise<void>;
  /** Forgets one agent socket; the agent counts as last seen at `at`. */
  removeAgentConnection(socketId: string, at: number): Promise<void>;
  /**
   * Every agent, online when a live relay process holds one of their sockets, with the status they set and
   * their load.
   */
  listAgentPresence(aliveSince: number): Promise<AgentPresence[]>;
  /** Sets what the agent says about taking conversations; kept until they set it again. */
  setAgentStatus(agentId: string, status: AgentStatus): Promise<void>;
  /** Deadlines that have passed, oldest first within each kind. */
  findDueDeadlines(cutoffs: DeadlineCutoffs): Promise<Deadline[]>;
}
