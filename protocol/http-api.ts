/**
 * The console's REST API: signing in and out, transcript export, the admins' site settings (webhooks and
 * retention), and Insights. Every response is JSON unless it is a file to download; a refusal has the same
 * `{ error: { code, message } }` shape as a Socket.IO acknowledgement's.
 */
import type { AgentProfile } from './agent-events.js';
import type { VisitorContext } from './conversation.js';
import type { Entry } from './entries.js';
import type { ProtocolError } from './errors.js';
import type { WebhookEventType } from './webhook-events.js';
import type { InsightsReport, IsoDay, SiteOption } from './insights.js';

/** `POST /api/session`: sign in. Sets the httpOnly session cookie on success. */
export interface SignInRequest {
  email: string;
  password: string;
}

/** The body of `POST /api/session` and `GET /api/session` on success. */
export interface SessionResponse {
  agent: AgentProfile;
}

/** The body of every refused request. */
export interface ErrorResponse {
  error: ProtocolError;
}

/** The signed-in agent's session cookie. */
export const SESSION_COOKIE = 'sb_session';

/** The formats `GET /api/conversations/:id/transcript?format=` exports. */
export type TranscriptFormat = 'json' | 'csv';

/** The body of `GET /api/conversations/:id/transcript?format=json`: the conversation and its whole log. */
export interface TranscriptJson {
  conversation: { id: string; siteId: string; createdAt: number; visitor: VisitorContext };
  /** When the export was made, in ms since the Unix epoch. */
  exportedAt: number;
  /** Every entry, in seq order. */
  entries: Entry[];
}

/** A site as its admins manage it. */
export interface SiteSettings {
  id: string;
  name: string;
  /** Conversations with no new entry for this many days are deleted; null keeps them forever. */
  retentionDays: number | null;
}

/** The body of `GET /api/sites` (admins only). */
export interface SitesResponse {
  sites: SiteSettings[];
}

/** `PUT /api/sites/:siteId/retention`; answered with {@link SiteResponse}. */
export interface RetentionRequest {
  /** Whole days, 1 to 3650, or null to keep conversations forever. */
  retentionDays: number | null;
}

export interface SiteResponse {
  site: SiteSettings;
}

/** A record that retention deleted conversations: counts only, never content. */
export interface RetentionDeletion {
  id: string;
  siteId: string;
  /** When they were deleted, in ms since the Unix epoch. */
  at: number;
  /** Conversations with no entry since this moment were deleted, in ms since the Unix epoch. */
  before: number;
  conversations: number;
  entries: number;
  webhookDeliveries: number;
}

/** The body of `GET /api/sites/:siteId/retention-deletions`, newest first. */
export interface RetentionDeletionsResponse {
  deletions: RetentionDeletion[];
}

/** An address the relay posts a site's events to. Its secret is never part of this view. */
export interface WebhookEndpoint {
  id: string;
  siteId: string;
  url: string;
  /** The event types it receives. */
  events: WebhookEventType[];
  /** A disabled endpoint receives nothing; its pending deliveries wait until it is enabled again. */
  isEnabled: boolean;
  createdAt: number;
}

/** `POST /api/sites/:siteId/webhooks`; answered with 201 and {@link CreatedWebhookResponse}. */
export interface CreateWebhookRequest {
  /** An absolute `http:` or `https:` URL without a user name or password. */
  url: string;
  events: WebhookEventType[];
  /** True when left out. */
  isEnabled?: boolean;
}

/** `PATCH /api/sites/:siteId/webhooks/:endpointId`: the fields to change; answered with {@link WebhookResponse}. */
export interface UpdateWebhookRequest {
  url?: string;
  events?: WebhookEventType[];
  isEnabled?: boolean;
}

export interface WebhookResponse {
  endpoint: WebhookEndpoint;
}

export interface CreatedWebhookResponse extends WebhookResponse {
  /** The signing secret the relay generated; admins can read it again at `.../secret`. */
  secret: string;
}

/** The body of `GET /api/sites/:siteId/webhooks`. */
export interface WebhooksResponse {
  endpoints: WebhookEndpoint[];
}

/** The body of `GET /api/sites/:siteId/webhooks/:endpointId/secret`. */
export interface WebhookSecretResponse {
  secret: string;
}

/** Where a delivery stands: `failed` after its last attempt failed, with no more to come. */
export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One HTTP request of a delivery. */
export interface WebhookAttempt {
  /** 1 for the first attempt. */
  number: number;
  /** When it was sent, in ms since the Unix epoch. */
  at: number;
  durationMs: number;
  /** The receiver's HTTP status; null when no response came. */
  statusCode: number | null;
  /** Why it failed without a response (timeout, refused connection), or null. */
  error: string | null;
}

/** One event on its way to one endpoint, with every attempt so far. */
export interface WebhookDelivery {
  /** Sent as the `Switchboard-Delivery-Id` header on every attempt. */
  id: string;
  endpointId: string;
  endpointUrl: string;
  eventId: string;
  eventType: WebhookEventType;
  conversationId: string;
  status: WebhookDeliveryStatus;
  /** While pending: when the next attempt is due, in ms since the Unix epoch. */
  nextAttemptAt: number | null;
  createdAt: number;
  /** Oldest first. */
  attempts: WebhookAttempt[];
}

/** The body of `GET /api/sites/:siteId/webhook-deliveries`: the most recent deliveries, newest first. */
export interface WebhookDeliveriesResponse {
  deliveries: WebhookDelivery[];
}

/**
 * The query of `GET /api/insights` (signed-in agents): the report of one site's conversations that began
 * from the start of `from` to the end of `to`, days counted in `timeZone`. At most 366 days; `from` not
 * after `to`. A malformed query is refused with 400 `invalid_payload`, an unknown site with 404
 * `unknown_site`.
 */
export interface InsightsQuery {
  siteId: string;
  from: IsoDay;
  to: IsoDay;
  /** An IANA time zone such as `Europe/Paris`; `UTC` when left out. */
  timeZone?: string;
}

/** The body of `GET /api/insights` on success. */
export interface InsightsResponse {
  report: InsightsReport;
}

/** The body of `GET /api/insights/sites` (signed-in agents): the sites a report can be asked for. */
export interface InsightsSitesResponse {
  sites: SiteOption[];
}

/**
 * A reply agents insert by typing its shortcut in the reply box (`/refund`, say). Shared by the whole team:
 * any agent reads them, admins manage them.
 */
export interface CannedResponse {
  id: string;
  /** Letters, digits and `-`, 1 to 32 of them, unique; typed after a `/`. */
  shortcut: string;
  /** The reply's text, which the agent can edit before sending. */
  text: string;
}

/** The body of `GET /api/canned-responses`, sorted by shortcut. */
export interface CannedResponsesResponse {
  cannedResponses: CannedResponse[];
}

/** The body of `POST /api/canned-responses` (create) and `PUT /api/canned-responses/:id` (replace). */
export type CannedResponseRequest = Omit<CannedResponse, 'id'>;

/** The body of `GET /api/agents` (admins only): every agent, by name. */
export interface TeamResponse {
  agents: AgentProfile[];
}

/** The body of `POST /api/agents` (admins only): a new teammate who signs in with this email and password. */
export interface NewAgentRequest {
  email: string;
  name: string;
  role: AgentProfile['role'];
  /** At least `MIN_PASSWORD_LENGTH` (protocol/limits.ts) characters; only its hash is kept. */
  password: string;
}

/** The body of `POST /api/agents` on success (201). */
export interface NewAgentResponse {
  agent: AgentProfile;
}

/** The formats a site's knowledge documents are ingested from. */
export type KnowledgeKind = 'markdown' | 'html' | 'faq';

/** One of a site's knowledge documents, as the Settings page lists it. */
export interface KnowledgeDocumentSummary {
  /** The file's path relative to the folder it was ingested from, such as `help/returns.html`. */
  id: string;
  title: string;
  /** Where visitors can read the document; null when it has no public address. */
  url: string | null;
  kind: KnowledgeKind;
  /** When the document's content last changed, in ms since the Unix epoch. */
  updatedAt: number;
  /** How many bot messages cited the document in the last 30 days. */
  citations: number;
}

/** `GET /api/sites/:siteId/knowledge`: the site's knowledge documents, by title. */
export interface KnowledgeResponse {
  documents: KnowledgeDocumentSummary[];
}
