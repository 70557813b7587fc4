/**
 * What the console's stores need from the outside world, implemented by `transport/`. The stores depend on
 * these interfaces only, so they run in tests without a network.
 */
import type { ConversationSummary } from '../../protocol/conversation.js';
import type { AgentClientEvents, AgentPresence, AgentProfile } from '../../protocol/agent-events.js';
import type { Entry } from '../../protocol/entries.js';
import type { ErrorCode } from '../../protocol/errors.js';
import type {
  CannedResponse,
  CannedResponseRequest,
  NewAgentRequest,
  CreatedWebhookResponse,
  CreateWebhookRequest,
  InsightsQuery,
  KnowledgeDocumentSummary,
  RetentionDeletion,
  SignInRequest,
  SiteSettings,
  UpdateWebhookRequest,
  WebhookDelivery,
  WebhookEndpoint,
} from '../../protocol/http-api.js';
import type { InsightsReport, SiteOption } from '../../protocol/insights.js';
import type { CreateSiteRequest, SiteDetails, UpdateSiteRequest } from '../../protocol/sites.js';

/** Why a REST call failed: the relay's code, `network` (no answer) or `unexpected_response`. */
export type SessionErrorCode = ErrorCode | 'network' | 'unexpected_response';

/** The outcome of a session call: the signed-in agent, or why there is none. */
export type SessionOutcome =
  | { ok: true; agent: AgentProfile }
  | { ok: false; code: SessionErrorCode; message: string };

/** The console's sign-in REST API. */
export interface SessionApi {
  /** The agent the session cookie belongs to; `unauthorized` when there is none. */
  current(): Promise<SessionOutcome>;
  signIn(request: SignInRequest): Promise<SessionOutcome>;
  /** Ends the session; resolves even if the relay cannot be reached. */
  signOut(): Promise<void>;
}

/** The outcome of a REST call that reads something: its value, or why there is none. */
export type ApiOutcome<Value> =
  | { ok: true; value: Value }
  | { ok: false; code: SessionErrorCode; message: string };

/** The Insights REST API. */
export interface InsightsApi {
  /** The sites a report can be asked for. */
  sites(): Promise<ApiOutcome<SiteOption[]>>;
  report(query: InsightsQuery): Promise<ApiOutcome<InsightsReport>>;
}

/** The page's address: the console keeps its current page in the location hash. */
export interface ConsoleLocation {
  hash(): string;
  setHash(hash: string): void;
  /** Calls `listener` whenever the hash changes; returns the function that stops it. */
  onHashChange(listener: () => void): () => void;
}

/** The name of a command the console sends on the `/agent` namespace. */
export type CommandName = keyof AgentClientEvents;

/** A command's payload. */
export type CommandPayload<Name extends CommandName> = Parameters<AgentClientEvents[Name]>[0];

/** A command's acknowledgement: `{ ok: true, ... }` or `{ ok: false, error }`. */
export type CommandAck<Name extends CommandName> = Parameters<Parameters<AgentClientEvents[Name]>[1]>[0];

/**
 * Sends a command and resolves with its acknowledgement. Rejects when the console is offline or the relay
 * does not answer in time; the command may then have been committed or not, so callers resend with the
 * same client id.
 */
export type SendCommand = <Name extends CommandName>(
  name: Name,
  payload: CommandPayload<Name>,
) => Promise<CommandAck<Name>>;

/** What the live connection reports. */
export interface AgentLinkEvents {
  /** Connected, the first time or again after a drop. */
  connected(): void;
  /** The connection dropped, or an attempt failed; `willRetry` tells whether it reconnects by itself. */
  disconnected(willRetry: boolean): void;
  /** The relay refused the connection (no valid session, unsupported protocol); no retry follows. */
  refused(message: string): void;
  entryAdded(entry: Entry): void;
  /** Conversations in the inbox were created or changed, each once. */
  conversationsChanged(conversations: ConversationSummary[]): void;
  /** The team's presence or load changed, on any relay process. */
  teamChanged(team: AgentPresence[]): void;
  /** The visitor of a conversation the console has open started or stopped typing. */
  typingChanged(typing: { conversationId: string; isTyping: boolean }): void;
}

/** The live connection to the relay's `/agent` namespace. */
export interface AgentLink {
  connect(): void;
  /** Disconnects for good and stops reporting events. */
  close(): void;
  send: SendCommand;
}

/** Opens a connection that reports to `events`; it connects when `connect()` is called. */
export type OpenAgentLink = (events: AgentLinkEvents) => AgentLink;

/** The admins' site settings REST API: retention, webhook endpoints and their delivery log. */
export interface SettingsApi {
  listSites(): Promise<ApiOutcome<SiteSettings[]>>;
  setRetention(siteId: string, retentionDays: number | null): Promise<ApiOutcome<SiteSettings>>;
  listDeletions(siteId: string): Promise<ApiOutcome<RetentionDeletion[]>>;
  listWebhooks(siteId: string): Promise<ApiOutcome<WebhookEndpoint[]>>;
  addWebhook(siteId: string, request: CreateWebhookRequest): Promise<ApiOutcome<CreatedWebhookResponse>>;
  updateWebhook(
    siteId: string,
    endpointId: string,
    changes: UpdateWebhookRequest,
  ): Promise<ApiOutcome<WebhookEndpoint>>;
  deleteWebhook(siteId: string, endpointId: string): Promise<ApiOutcome<null>>;
  readSecret(siteId: string, endpointId: string): Promise<ApiOutcome<string>>;
  listDeliveries(siteId: string): Promise<ApiOutcome<WebhookDelivery[]>>;
  /** The site's knowledge documents, by title, with how often the bot cited each in the last 30 days. */
  listKnowledge(siteId: string): Promise<ApiOutcome<KnowledgeDocumentSummary[]>>;
}

/** Timers, behind a port so that tests drive time by hand. */
export interface Scheduler {
  /** Now, in ms since the Unix epoch. */
  now(): number;
  /** Calls `callback` once after `ms`; returns the function that cancels it. */
  after(ms: number, callback: () => void): () => void;
}

/** Whether the browser lets the console raise desktop notifications; `unsupported` when it has none. */
export type NotificationPermission = 'default' | 'granted' | 'denied' | 'unsupported';

/** The browser's ways of getting an agent's attention while the console is in the background. */
export interface AttentionPorts {
  /** True while the console's tab is not visible. */
  isHidden(): boolean;
  notificationPermission(): NotificationPermission;
  /** Asks the agent for permission; must run in a user gesture (a click). */
  requestNotificationPermission(): Promise<NotificationPermission>;
  /** Raises a desktop notification; `tag` replaces an earlier one about the same conversation. */
  notify(notification: { title: string; body: string; tag: string }): void;
  /** Plays a short tone. */
  playTone(): void;
}

/** The team's accounts, for admins: who can sign in, and adding a teammate. */
export interface TeamApi {
  /** Every agent, by name. */
  list(): Promise<ApiOutcome<AgentProfile[]>>;
  add(request: NewAgentRequest): Promise<ApiOutcome<AgentProfile>>;
}

/** The team's canned responses: any agent lists them, admins manage them. */
export interface CannedResponsesApi {
  /** Every canned response, by shortcut. */
  list(): Promise<ApiOutcome<CannedResponse[]>>;
  create(request: CannedResponseRequest): Promise<ApiOutcome<CannedResponse>>;
  replace(id: string, request: CannedResponseRequest): Promise<ApiOutcome<CannedResponse>>;
  remove(id: string): Promise<ApiOutcome<null>>;
}

/** The admins' sites: each one's branding, origins, identity verification and bot. */
export interface SitesApi {
  /** The site in full, its identity secret included; the bot's secret never is. */
  get(siteId: string): Promise<ApiOutcome<SiteDetails>>;
  /** Adds a site; refused with `site_exists` when the id is taken. */
  create(request: CreateSiteRequest): Promise<ApiOutcome<SiteDetails>>;
  update(siteId: string, request: UpdateSiteRequest): Promise<ApiOutcome<SiteDetails>>;
  /** Generates the site's identity secret, replacing the old one at once; resolves with the new one. */
  generateIdentitySecret(siteId: string): Promise<ApiOutcome<string>>;
}
