/**
 * Hand-built conversation logs for the insights tests: a conversation is written entry by entry, as the
 * relay would commit it, with a clock that moves only when told to (`after`).
 */
import type {
  AgentRef,
  Entry,
  EntryBody,
  HandoffTrigger,
  KnowledgeSource,
  RatingScore,
} from '../../protocol/entries.js';
import type { ConversationLog } from '../store/store.js';

export const MINUTE_MS = 60_000;
export const ALICE: AgentRef = { id: 'agent-alice', name: 'Alice' };
export const BOB: AgentRef = { id: 'agent-bob', name: 'Bob' };
export const RETURNS: KnowledgeSource = { title: 'Returns and refunds', url: '/returns.html' };
export const SHIPPING: KnowledgeSource = { title: 'Shipping', url: null };

export interface LogBuilder {
  /** Moves the clock on by `minutes`. */
  after(minutes: number): LogBuilder;
  visitor(text: string): LogBuilder;
  bot(text: string, sources?: KnowledgeSource[]): LogBuilder;
  /** A bot reply that found no good answer. */
  miss(): LogBuilder;
  handoff(trigger: HandoffTrigger, reason?: string): LogBuilder;
  joined(agent?: AgentRef): LogBuilder;
  agent(text: string, agent?: AgentRef): LogBuilder;
  handedBack(agent?: AgentRef): LogBuilder;
  left(agent?: AgentRef): LogBuilder;
  resolved(agent?: AgentRef): LogBuilder;
  reopened(): LogBuilder;
  timedOut(): LogBuilder;
  idleClosed(): LogBuilder;
  rated(score: RatingScore, comment?: string): LogBuilder;
  /** The visitor left a message for the team, with their email address. */
  leftMessage(email: string, text: string): LogBuilder;
  /** The log so far. */
  log(): ConversationLog;
}

/**
 * A conversation `id` whose first entry is written at `startAt` (ms since the Unix epoch). `firstSeq`
 * above 1 builds a log that a range cut after the conversation's beginning.
 */
export function conversation(id: string, startAt: number, firstSeq = 1): LogBuilder {
  const entries: Entry[] = [];
  let now = startAt;

  function add(body: EntryBody): LogBuilder {
    entries.push({ ...body, conversationId: id, seq: firstSeq + entries.length, at: now, clientId: null });
    return builder;
  }

  const builder: LogBuilder = {
    after(minutes) {
      now += minutes * MINUTE_MS;
      return builder;
    },
    visitor: (text) => add({ kind: 'visitor_message', text }),
    bot: (text, sources = []) => add({ kind: 'bot_message', text, sources, isMiss: false }),
    miss: () => add({ kind: 'bot_message', text: 'Sorry, I do not know.', sources: [], isMiss: true }),
    handoff: (trigger, reason = `Because of ${trigger}.`) =>
      add({ kind: 'handoff_requested', trigger, reason }),
    joined: (agent = ALICE) => add({ kind: 'agent_joined', agent }),
    agent: (text, agent = ALICE) => add({ kind: 'agent_message', text, agent }),
    handedBack: (agent = ALICE) => add({ kind: 'handed_back', agent }),
    left: (agent = ALICE) => add({ kind: 'agent_left', agent, reason: 'disconnected' }),
    resolved: (agent = ALICE) => add({ kind: 'resolved', agent }),
    reopened: () => add({ kind: 'reopened' }),
    timedOut: () => add({ kind: 'wait_timed_out', waitedMs: 0 }),
    idleClosed: () => add({ kind: 'idle_closed', idleMs: 0 }),
    rated: (score, comment) => add({ kind: 'rated', score, comment: comment ?? null }),
    leftMessage: (email, text) => add({ kind: 'message_left', email, text }),
    log: () => ({ conversationId: id, entries: [...entries] }),
  };
  return builder;
}
