/** Conversions between the tables' rows and the port's types. */
import type { Selectable } from 'kysely';
import type { AgentProfile, AgentRole } from '../../protocol/agent-events.js';
import type { AgentPresence, AgentStatus } from '../../protocol/agent-events.js';
import type { VisitedPage, VisitorContext } from '../../protocol/conversation.js';
import type {
  Entry,
  EntryBody,
  EscalationStage,
  HandoffTrigger,
  RatingScore,
} from '../../protocol/entries.js';
import type { NextControl } from '../conversation/decide.js';
import type { Database } from './database.js';
import { parseIdentity } from './identity-queries.js';
import type { NewEntry, Site, StoredConversation } from './store.js';

type ConversationRow = Selectable<Database['conversations']>;
type EntryRow = Selectable<Database['entries']>;
type AgentRow = Selectable<Database['agents']>;
type SiteRow = Selectable<Database['sites']>;

const PREVIEW_LENGTH = 140;

export function toStoredConversation(row: ConversationRow): StoredConversation {
  return {
    id: row.id,
    siteId: row.site_id,
    visitorId: row.visitor_id,
    state: row.state,
    agent: row.agent_id === null ? null : { id: row.agent_id, name: row.agent_name ?? '' },
    version: Number(row.version),
    ownerVersion: Number(row.owner_version),
    lastSeq: Number(row.last_seq),
    botMissStreak: Number(row.bot_miss_streak),
    waitingSince: row.waiting_since === null ? null : Number(row.waiting_since),
    handoff:
      row.handoff_trigger === null
        ? null
        : { trigger: row.handoff_trigger as HandoffTrigger, reason: row.handoff_reason ?? '' },
    visitor: JSON.parse(row.visitor_context) as VisitorContext,
    preview: row.preview,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    isRequeued: Number(row.is_requeued) === 1,
    escalation: row.escalation as EscalationStage | null,
    frustrationSignals: Number(row.frustration_signals),
    lastQuestion: row.last_question,
    isRatingOpen: Number(row.is_rating_open) === 1,
    pages: JSON.parse(row.pages) as VisitedPage[],
    lead: row.lead_email === null ? null : { email: row.lead_email, at: Number(row.lead_at) },
    rating:
      row.rating_score === null
        ? null
        : { score: Number(row.rating_score) as RatingScore, comment: row.rating_comment },
    identity: parseIdentity(row.visitor_identity),
  };
}

/** The columns that hold a conversation's control, as a commit sets them from `control`. */
export function controlColumns(
  control: NextControl,
): Pick<
  ConversationRow,
  | 'state'
  | 'agent_id'
  | 'agent_name'
  | 'owner_version'
  | 'bot_miss_streak'
  | 'waiting_since'
  | 'handoff_trigger'
  | 'handoff_reason'
  | 'is_requeued'
  | 'escalation'
  | 'frustration_signals'
  | 'last_question'
  | 'is_rating_open'
> {
  return {
    state: control.state,
    agent_id: control.agent?.id ?? null,
    agent_name: control.agent?.name ?? null,
    owner_version: control.ownerVersion,
    bot_miss_streak: control.botMissStreak,
    waiting_since: control.waitingSince,
    handoff_trigger: control.handoff?.trigger ?? null,
    handoff_reason: control.handoff?.reason ?? null,
    is_requeued: control.isRequeued ? 1 : 0,
    escalation: control.escalation,
    frustration_signals: control.frustrationSignals,
    last_question: control.lastQuestion,
    is_rating_open: control.isRatingOpen ? 1 : 0,
  };
}

/**
 * The columns a commit of `entries` at `at` sets besides the control: the newest lead and rating among
 * them, if any. Nothing for entries that hold neither, so a commit keeps the ones already stored.
 */
export function leadAndRatingColumns(
  entries: readonly NewEntry[],
  at: number,
): Partial<Pick<ConversationRow, 'lead_email' | 'lead_at' | 'rating_score' | 'rating_comment'>> {
  const lead = entries.findLast((entry) => entry.kind === 'message_left');
  const rated = entries.findLast((entry) => entry.kind === 'rated');
  const columns: ReturnType<typeof leadAndRatingColumns> = {};
  if (lead) Object.assign(columns, { lead_email: lead.email, lead_at: at });
  if (rated) Object.assign(columns, { rating_score: rated.score, rating_comment: rated.comment });
  return columns;
}

/** An agent's presence from a row of `listAgentPresence`'s query. */
export function toAgentPresence(row: {
  id: string;
  name: string;
  status: string;
  is_online: unknown;
  load: number | string | null;
}): AgentPresence {
  return {
    id: row.id,
    name: row.name,
    isOnline: Boolean(row.is_online),
    status: row.status as AgentStatus,
    load: Number(row.load ?? 0),
  };
}

export function toEntry(row: EntryRow): Entry {
  const body = JSON.parse(row.body) as Omit<EntryBody, 'kind'>;
  return {
    ...body,
    kind: row.kind,
    conversationId: row.conversation_id,
    seq: Number(row.seq),
    at: Number(row.at),
    clientId: row.client_id,
  } as Entry;
}

/**
 * The entry a commit appended, built from what was committed rather than parsed back from its row: the
 * same value `toEntry` gives for the row, without a JSON round trip on every message.
 */
export function toCommittedEntry(conversationId: string, seq: number, at: number, entry: NewEntry): Entry {
  // Object.assign, not a literal with a spread and more properties: V8 builds those on a slow path (several
  // microseconds an entry, on every message).
  return Object.assign({}, entry, { conversationId, seq, at }) as Entry;
}

export function toEntryRow(conversationId: string, seq: number, at: number, entry: NewEntry): EntryRow {
  const { kind, clientId, ...body } = entry;
  return { conversation_id: conversationId, seq, kind, client_id: clientId, at, body: JSON.stringify(body) };
}

export function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    name: row.name,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    createdAt: Number(row.created_at),
  };
}

export function toAgentProfile(row: Pick<AgentRow, 'id' | 'email' | 'name' | 'role'>): AgentProfile {
  return { id: row.id, email: row.email, name: row.name, role: row.role as AgentRole };
}

/** The inbox preview `entries` bring: the newest message's text, shortened; null when they hold no message. */
export function previewOf(entries: readonly NewEntry[]): string | null {
  const newestMessage = entries.findLast(
    (entry) =>
      entry.kind === 'visitor_message' || entry.kind === 'bot_message' || entry.kind === 'agent_message',
  );
  if (!newestMessage || !('text' in newestMessage)) return null;
  const oneLine = newestMessage.text.replace(/\s+/g, ' ').trim();
  return oneLine.length > PREVIEW_LENGTH ? `${oneLine.slice(0, PREVIEW_LENGTH - 1)}…` : oneLine;
}

export function serializePages(pages: readonly VisitedPage[]): string {
  return JSON.stringify(pages);
}

export function serializeVisitorContext(visitor: VisitorContext): string {
  return JSON.stringify(visitor);
}
