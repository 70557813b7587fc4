import type { Entry } from '../../protocol/entries.js';
import type { ProtocolError } from '../../protocol/errors.js';
import type { BotReply, DialogManager } from '../bot/dialog-manager.js';
import { availabilityAt } from '../conversation/availability.js';
import type { Command } from '../conversation/command.js';
import { decide, type DecisionContext } from '../conversation/decide.js';
import type { HandoffRulesBook } from '../handoff-rules-file.js';
import type { NewEntry, StoredConversation, Store } from '../store/store.js';
import type { Logger } from '../logger.js';
import { createKeyedQueue } from './keyed-queue.js';
import { createRecentConversations } from './recent-conversations.js';
import type { RelayObserver } from './relay-observer.js';
import type { TeamAvailability } from './team-availability.js';

/** How often a command is decided again after losing a compare-and-set before the relay gives up. */
const MAX_COMMIT_ATTEMPTS = 20;
/** How much of the log the bot sees when it answers. */
const BOT_HISTORY_ENTRIES = 20;

/**
 * The entry kinds that carry a command's client id, and whose seq acknowledges the command: the first entry
 * of any of them. A request for a person is acknowledged by the handoff, or by the entry saying nobody can
 * take the conversation.
 */
const CLIENT_ENTRY_KINDS: Partial<Record<Command['type'], ReadonlySet<Entry['kind']>>> = {
  visitor_message: new Set(['visitor_message']),
  request_handoff: new Set(['handoff_requested', 'handoff_unavailable']),
  agent_message: new Set(['agent_message']),
  bot_reply: new Set(['bot_message']),
  add_note: new Set(['note_added']),
  leave_message: new Set(['message_left']),
  rate: new Set(['rated']),
};

/**
 * The id of the bot's reply to the visitor message at `seq`. The relay writes it like a client id, so asking
 * the bot again (after a crash, or from two nodes) can never append a second reply to the same message.
 */
function botReplyId(seq: number): string {
  return `bot-reply-to-${seq}`;
}

/** What the visitor reads when the bot fails to answer: an apology and the way to a person. */
const BOT_FAILURE_REPLY: BotReply = {
  messages: [
    {
      text: 'Sorry, I can’t answer right now. Press “Talk to a person” and someone from the team will help you.',
      sources: [],
    },
  ],
  isMiss: true,
};

export type ExecuteResult =
  /**
   * `seq` acknowledges the command; `entries` are what its commit appended, or, for a resend, the entry
   * the original appended.
   */
  | { ok: true; seq: number; entries: Entry[]; conversation: StoredConversation }
  | { ok: false; error: ProtocolError };

export interface ConversationServiceOptions {
  store: Store;
  dialogManager: DialogManager;
  /** Milliseconds since the Unix epoch. */
  now: () => number;
  /** Each site's handoff rules. */
  rules: HandoffRulesBook;
  /** How many agents can take conversations now, for availability before a promise. */
  team: Pick<TeamAvailability, 'onlineAgents'>;
  /**
   * Called after every commit, in commit order, to fan the entries out to clients: the conversation after
   * the commit, its entries, the conversation before it, and the socket whose acknowledgement carries the
   * entries (see `execute`), if any.
   */
  publish: (
    conversation: StoredConversation,
    entries: Entry[],
    before: StoredConversation,
    acknowledgedSocket: string | null,
  ) => void;
  logger: Logger;
  /** Told of every commit, with the conversation before and after it. */
  observer: Pick<RelayObserver, 'committed'>;
}

/** Runs commands against conversations: decide on the latest state, commit by compare-and-set, publish. */
export interface ConversationService {
  /**
   * Executes `command`. A command whose `clientId` is already in the log is acknowledged with the original
   * seq and appends nothing. Resolves after the store committed and the entries were published. The
   * entries are published to every client but `acknowledgedSocket`, whose acknowledgement carries them.
   */
  execute(
    conversationId: string,
    command: Command,
    clientId: string | null,
    acknowledgedSocket?: string | null,
  ): Promise<ExecuteResult>;
  /**
   * Answers the visitor's newest message if the bot owns the conversation and has not answered it, as after
   * a relay stopped between the two. Safe to call on every resume, from any number of relay processes.
   */
  answerUnansweredQuestion(conversationId: string): Promise<void>;
  /** Bot replies that arrived after the bot lost the conversation, and so were dropped. */
  droppedBotReplies(): number;
  /**
   * Resolves when every command and bot reply under way has been committed, refused or dropped, including
   * those that start meanwhile: what a graceful shutdown waits for before it closes the store.
   */
  settled(): Promise<void>;
  /**
   * The conversation as stored once the commands this process queued for it so far have been committed and
   * published. A change made outside a command (the visitor's identity, context or pages) is announced with
   * it, so that a commit already under way, whose result was read before that change, is announced first
   * and cannot stand as the conversation's latest state.
   */
  readAfterQueued(conversationId: string): Promise<StoredConversation | null>;
}

export function createConversationService(options: ConversationServiceOptions): ConversationService {
  const { store, dialogManager, now, publish, logger, observer, rules, team } = options;
  /** Bot turns under way in this process, by conversation and reply id. */
  const botTurnsUnderWay = new Map<string, Promise<void>>();
  /** Commands under way in this process, queued or running. */
  const commandsUnderWay = new Set<Promise<unknown>>();
  let droppedBotReplies = 0;

  const inTurn = createKeyedQueue();
  const recent = createRecentConversations();

  /** Queues the command behind the conversation's earlier ones in this process, then runs it. */
  function execute(
    conversationId: string,
    command: Command,
    clientId: string | null,
    acknowledgedSocket: string | null = null,
  ): Promise<ExecuteResult> {
    const result = inTurn(conversationId, () =>
      decideAndCommit(conversationId, command, clientId, acknowledgedSocket),
    );
    commandsUnderWay.add(result);
    const forget = () => commandsUnderWay.delete(result);
    result.then(forget, forget);
    return result;
  }

  async function decideAndCommit(
    conversationId: string,
    command: Command,
    clientId: string | null,
    acknowledgedSocket: string | null,
  ): Promise<ExecuteResult> {
    // A resend is found by the commit itself, which checks the client id inside its transaction: a read
    // here first would cost every message a query to spare the rare resend a decision.
    for (let attempt = 0; attempt < MAX_COMMIT_ATTEMPTS; attempt++) {
      // The first attempt decides on the state this process last saw, if any; the compare-and-set says
      // whether it was still current, and every later attempt reads the store.
      const remembered = attempt === 0 ? recent.get(conversationId) : undefined;
      const conversation = remembered ?? (await store.findConversation(conversationId));
      if (!conversation)
        return { ok: false, error: { code: 'conversation_not_found', message: 'No such conversation.' } };
      if (!remembered) recent.remember(conversation);

      const decision = decide(conversation, command, await contextFor(conversation));
      if (!decision.ok) {
        // Only the stored state may refuse: another process may have changed the remembered one.
        if (remembered) continue;
        // A resend the state machine refuses (its original changed the state) gets the original's seq.
        const sent = clientId === null ? null : await store.findEntryByClientId(conversationId, clientId);
        return sent ? acknowledgeDuplicate(conversationId, sent) : decision;
      }

      const clientEntryKinds = CLIENT_ENTRY_KINDS[command.type];
      const isClientEntry = (entry: { kind: Entry['kind'] }) => clientEntryKinds?.has(entry.kind) === true;
      // The client id goes on the first entry of its kinds only: a bot reply of several messages is one
      // command, and the store keeps each client id once per conversation.
      const clientEntryIndex = decision.entries.findIndex(isClientEntry);
      // Object.assign rather than a spread followed by a property, which V8 builds on a slow path.
      const entries: NewEntry[] = decision.entries.map((entry, index) =>
        Object.assign({}, entry, { clientId: index === clientEntryIndex ? clientId : null }),
      );
      const result = await store.commit({
        conversationId,
        expectedVersion: conversation.version,
        control: decision.control,
        entries,
        at: now(),
      });
      if (result.status === 'conflict') continue;
      if (result.status === 'duplicate') return acknowledgeDuplicate(conversationId, result.entry);
      recent.remember(result.conversation);

      publish(result.conversation, result.entries, conversation, acknowledgedSocket);
      observer.committed(conversation, result.conversation, result.entries);
      logChangeOfHands(conversation, result.conversation);
      const question = result.entries.find((entry) => entry.kind === 'visitor_message');
      if (decision.asksBot && question) askBot(result.conversation, question);
      const acknowledged = result.entries.find(isClientEntry) ?? result.entries.at(-1);
      return {
        ok: true,
        seq: acknowledged?.seq ?? result.conversation.lastSeq,
        entries: result.entries,
        conversation: result.conversation,
      };
    }
    logger.warn('commit attempts exhausted', { conversationId, command: command.type });
    return { ok: false, error: { code: 'internal', message: 'The conversation is too busy; try again.' } };
  }

  /** What a decision on `conversation` is made with: now, its site's rules, and whether a person can come. */
  async function contextFor(conversation: StoredConversation): Promise<DecisionContext> {
    const at = now();
    const siteRules = rules.forSite(conversation.siteId);
    return {
      now: at,
      rules: siteRules,
      availability: availabilityAt(siteRules, at, await team.onlineAgents()),
    };
  }

  /** One line per change of owner, to follow a conversation through the logs: ids and codes, no text. */
  function logChangeOfHands(before: StoredConversation, after: StoredConversation): void {
    if (before.state === after.state && before.agent?.id === after.agent?.id) return;
    logger.info('conversation changed hands', {
      conversationId: after.id,
      siteId: after.siteId,
      from: before.state,
      to: after.state,
      ...(after.agent ? { agentId: after.agent.id } : {}),
      ...(after.state === 'waiting' && after.handoff ? { trigger: after.handoff.trigger } : {}),
    });
  }

  async function acknowledgeDuplicate(conversationId: string, entry: Entry): Promise<ExecuteResult> {
    const conversation = await store.findConversation(conversationId);
    if (!conversation)
      return { ok: false, error: { code: 'conversation_not_found', message: 'No such conversation.' } };
    return { ok: true, seq: entry.seq, entries: [entry], conversation };
  }

  /**
   * Asks the bot to answer `question`, in the background: the visitor's acknowledgement does not wait for
   * the bot. The reply is computed for the conversation's version now, so if an agent takes over meanwhile,
   * the state machine refuses it and it is dropped, never shown. A question already being answered in this
   * process is not asked twice; across processes, the reply's id keeps it to one reply.
   */
  function askBot(
    conversation: StoredConversation,
    question: Extract<Entry, { kind: 'visitor_message' }>,
  ): void {
    const replyId = botReplyId(question.seq);
    const turnKey = `${conversation.id}:${replyId}`;
    if (botTurnsUnderWay.has(turnKey)) return;
    const turn = (async () => {
      const history = await store.readEntries(
        conversation.id,
        Math.max(0, conversation.lastSeq - BOT_HISTORY_ENTRIES),
        BOT_HISTORY_ENTRIES,
      );
      const reply = await dialogManager
        .reply({
          siteId: conversation.siteId,
          conversationId: conversation.id,
          seq: question.seq,
          text: question.text,
          history,
          visitor: conversation.visitor,
        })
        .catch((error: unknown) => {
          logger.error('bot failed to answer', { conversationId: conversation.id, error: String(error) });
          return BOT_FAILURE_REPLY;
        });
      const result = await execute(
        conversation.id,
        { type: 'bot_reply', reply, computedAtVersion: conversation.version },
        replyId,
      );
      if (!result.ok && result.error.code === 'not_owner') {
        droppedBotReplies++;
        logger.info('bot reply dropped after the bot lost the conversation', {
          conversationId: conversation.id,
        });
      } else if (!result.ok) {
        logger.warn('bot reply refused', { conversationId: conversation.id, code: result.error.code });
      }
    })().catch((error: unknown) => {
      logger.error('bot turn failed', { conversationId: conversation.id, error: String(error) });
    });
    botTurnsUnderWay.set(turnKey, turn);
    void turn.finally(() => botTurnsUnderWay.delete(turnKey));
  }

  /**
   * Answers the visitor's newest message if the bot owns the conversation and has not answered it: the case
   * after a relay stopped between committing a question and committing the bot's reply.
   */
  async function answerUnansweredQuestion(conversationId: string): Promise<void> {
    const conversation = await store.findConversation(conversationId);
    if (conversation?.state !== 'bot' || conversation.lastSeq === 0) return;
    const [newest] = await store.readEntries(conversationId, conversation.lastSeq - 1, 1);
    if (newest?.kind === 'visitor_message') askBot(conversation, newest);
  }

  return {
    execute,
    answerUnansweredQuestion,
    readAfterQueued: (conversationId) => inTurn(conversationId, () => store.findConversation(conversationId)),
    droppedBotReplies: () => droppedBotReplies,
    async settled() {
      while (botTurnsUnderWay.size > 0 || commandsUnderWay.size > 0) {
        await Promise.allSettled([...botTurnsUnderWay.values(), ...commandsUnderWay]);
      }
    },
  };
}
