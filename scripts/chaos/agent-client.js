/**
 * A simulated agent: signed in over HTTP, with one real socket.io-client connection to `/agent` carrying the
 * session cookie, kept the way the console keeps it. On every (re)connect it subscribes to the inbox and
 * opens again every conversation it follows from the last seq it holds; it drops entries it already holds
 * and opens again on a gap; its outbox sends only once that catch-up has answered.
 */
import { randomUUID } from 'node:crypto';
import { emitWithAck, openClientSocket, PROTOCOL_VERSION } from './client-socket.js';
import { createCommandOutbox, newRecord } from './command-outbox.js';
import { createDisplayedTranscript } from './displayed-transcript.js';

/** @typedef {import('../../protocol/agent-events.js').AgentServerEvents} AgentServerEvents */
/** @typedef {import('../../protocol/agent-events.js').AgentClientEvents} AgentClientEvents */
/** @typedef {import('../../protocol/agent-events.js').AgentProfile} AgentProfile */
/** @typedef {import('../../protocol/agent-events.js').AgentAppended} AgentAppended */
/** @typedef {import('../../protocol/entries.js').Entry} Entry */
/** @typedef {import('../../protocol/conversation.js').ConversationSummary} ConversationSummary */
/** @typedef {import('./command-outbox.js').SentRecord} SentRecord */
/** @typedef {import('./command-outbox.js').AppendAck} AppendAck */
/** @typedef {import('./displayed-transcript.js').DisplayedTranscript} DisplayedTranscript */
/** @typedef {import('./seeded-random.js').Random} Random */
/**
 * What the relay acknowledges a command with.
 * @template {keyof AgentClientEvents} Name
 * @typedef {Parameters<Parameters<AgentClientEvents[Name]>[1]>[0]} AckOf
 */

/**
 * The commands acknowledged with the entries they appended, every one as the type check sees: the relay sends
 * those to the sending console in the acknowledgement only, as the console reads them.
 * @type {Record<import('../../protocol/agent-events.js').AgentAppendingCommand, true>}
 */
const APPENDS_ENTRIES = {
  'conversation:claim': true,
  'message:send': true,
  'conversation:hand-back': true,
  'conversation:resolve': true,
  'conversation:transfer': true,
  'note:add': true,
};

const RETRY_MS = 200;
/** An open that has not caught up after this many rounds gives up until the next trigger. */
const MAX_OPEN_ROUNDS = 200;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {string} options.name
 * @param {string} options.url
 * @param {string} options.cookie
 * @param {Random} options.random
 * @param {boolean} [options.isWebSocketOnly]
 */
export function createAgentClient({ name, url, cookie, random, isWebSocketOnly = false }) {
  /** @type {AgentProfile | null} */
  let me = null;
  /** @type {Map<string, ConversationSummary>} */
  const inbox = new Map();
  /** @type {Map<string, { display: DisplayedTranscript, isOpening: boolean, isReopenRequested: boolean, isStale: boolean }>} */
  const follows = new Map();
  let isSynced = false;
  let isSyncing = false;
  /** @type {SentRecord[]} */
  const records = [];
  let openRefusals = 0;

  const link = openClientSocket({
    url: `${url}/agent`,
    isWebSocketOnly,
    random,
    auth: { protocolVersion: PROTOCOL_VERSION },
    extraHeaders: { cookie },
    onConnect() {
      isSynced = false;
      void sync();
    },
    onDisconnect() {
      isSynced = false;
    },
  });
  // The same socket, seen through the `/agent` namespace's event map.
  const socket = /** @type {import('socket.io-client').Socket<AgentServerEvents, AgentClientEvents>} */ (
    /** @type {unknown} */ (link.socket)
  );
  const outbox = createCommandOutbox({
    canSend: () => link.isConnected() && isSynced,
    isClosed: link.isClosed,
  });

  /**
   * @template {keyof AgentClientEvents} Name
   * @param {Name} event
   * @param {Parameters<AgentClientEvents[Name]>[0]} payload
   */
  async function emit(event, payload) {
    const ack = /** @type {AckOf<Name>} */ (await emitWithAck(link.socket, event, payload));
    if (ack.ok && Object.hasOwn(APPENDS_ENTRIES, event))
      /** @type {AgentAppended} */ (ack).entries.forEach(receive);
    return ack;
  }

  /**
   * Opens one followed conversation from the last seq held, until caught up. One open at a time per
   * conversation; an open asked for meanwhile runs right after.
   * @param {string} conversationId
   */
  async function open(conversationId) {
    const followed = follows.get(conversationId);
    if (followed === undefined) return;
    if (followed.isOpening) {
      followed.isReopenRequested = true;
      return;
    }
    followed.isOpening = true;
    try {
      for (let round = 0; round < MAX_OPEN_ROUNDS && link.isActive(); round++) {
        followed.isReopenRequested = false;
        const held = followed.display.lastSeq();
        const lastSeq = followed.isStale ? random.int(0, Math.max(0, held - 1)) : held;
        /** @type {AckOf<'conversation:open'>} */
        let ack;
        try {
          ack = await emit('conversation:open', { conversationId, lastSeq });
        } catch {
          await sleep(RETRY_MS);
          continue;
        }
        if (!ack.ok) {
          openRefusals++;
          await sleep(RETRY_MS);
          continue;
        }
        followed.isStale = false;
        inbox.set(conversationId, ack.conversation);
        let isComplete = !ack.hasMore;
        for (const entry of ack.entries) {
          const outcome = followed.display.receive(entry);
          if (outcome === 'gap' || outcome === 'foreign') {
            isComplete = false;
            break;
          }
        }
        if (isComplete && !followed.isReopenRequested) return;
      }
    } finally {
      followed.isOpening = false;
    }
  }

  /** After a (re)connect: the inbox, then every followed conversation, then the outbox. */
  async function sync() {
    if (isSyncing) return;
    isSyncing = true;
    try {
      while (link.isActive()) {
        const ack = await emit('inbox:subscribe', {}).catch(() => null);
        if (ack === null || !ack.ok) {
          await sleep(RETRY_MS);
          continue;
        }
        me = ack.agent;
        for (const conversation of ack.conversations) inbox.set(conversation.id, conversation);
        await Promise.all([...follows.keys()].map(open));
        if (!link.isConnected()) return;
        isSynced = true;
        void outbox.flush();
        return;
      }
    } finally {
      isSyncing = false;
    }
  }

  /** @param {Entry} entry */
  function receive(entry) {
    const followed = follows.get(entry.conversationId);
    if (followed === undefined) return;
    const outcome = followed.display.receive(entry);
    if (outcome === 'gap' || outcome === 'foreign') void open(entry.conversationId);
  }
  socket.on('entry:added', receive);
  socket.on('conversations:changed', (conversations) => {
    for (const conversation of conversations) inbox.set(conversation.id, conversation);
  });

  /**
   * Queues a command without a client id.
   * @param {'conversation:claim' | 'conversation:hand-back' | 'conversation:resolve'} event
   * @param {string} conversationId
   * @param {(ack: AppendAck) => void} [settled]
   */
  function control(event, conversationId, settled) {
    outbox.add({
      record: null,
      emit: () => emit(event, { conversationId }),
      ...(settled ? { settled } : {}),
    });
  }

  /** @param {string} conversationId */
  function follow(conversationId) {
    if (follows.has(conversationId)) return;
    const display = createDisplayedTranscript(conversationId);
    follows.set(conversationId, { display, isOpening: false, isReopenRequested: false, isStale: false });
    // While a catch-up is under way it may have listed the followed conversations already: open it anyway.
    if (link.isConnected()) void open(conversationId);
  }

  return {
    name,
    connect: link.connect,
    close: link.close,
    isSynced: () => link.isConnected() && isSynced,
    isSettled: () =>
      link.isConnected() &&
      isSynced &&
      outbox.size() === 0 &&
      [...follows.values()].every((followed) => !followed.isOpening),
    /** The conversations as this agent's inbox shows them. */
    inbox: () => [...inbox.values()],
    /** The conversations this agent owns, as its inbox shows them. */
    owned: () =>
      [...inbox.values()].filter(
        (conversation) => conversation.state === 'agent' && conversation.agent?.id === me?.id,
      ),
    follows: () => [...follows.keys()],
    follow,
    /** @param {string} conversationId */
    lastSeqOf: (conversationId) => follows.get(conversationId)?.display.lastSeq() ?? 0,
    /** @param {string} conversationId @param {(ack: AppendAck) => void} [settled] */
    claim(conversationId, settled) {
      follow(conversationId);
      control('conversation:claim', conversationId, settled);
    },
    /** @param {string} conversationId @param {string} text */
    reply(conversationId, text) {
      const record = newRecord(name, 'agent_message', randomUUID(), conversationId, text);
      records.push(record);
      outbox.add({
        record,
        emit: () => emit('message:send', { conversationId, clientId: record.clientId, text }),
      });
    },
    /** @param {string} conversationId @param {(ack: AppendAck) => void} [settled] */
    handBack: (conversationId, settled) => control('conversation:hand-back', conversationId, settled),
    /** @param {string} conversationId @param {(ack: AppendAck) => void} [settled] */
    resolve: (conversationId, settled) => control('conversation:resolve', conversationId, settled),
    /**
     * Claims at once, outside the outbox, as a second console racing another would; retried only when no
     * answer came. Resolves with the answer's error code, `ok`, or null when none came before `deadline`.
     * @param {string} conversationId
     * @param {number} deadline
     */
    async raceClaim(conversationId, deadline) {
      follow(conversationId);
      while (Date.now() < deadline && !link.isClosed()) {
        const ack = await emit('conversation:claim', { conversationId }).catch(() => null);
        if (ack !== null) return ack.ok ? 'ok' : ack.error.code;
        await sleep(RETRY_MS);
      }
      return null;
    },
    drop: link.drop,
    /** Drops the connection; on reconnect, one followed conversation is opened from an older seq. */
    reconnectStale() {
      const candidates = [...follows.values()].filter((followed) => followed.display.lastSeq() > 0);
      if (!link.isConnected() || candidates.length === 0) return false;
      random.pick(candidates).isStale = true;
      return link.drop();
    },
    /** @param {number} copies */
    burstNext: (copies) => outbox.burstNext(copies),
    records: () => records,
    displays: () =>
      [...follows.entries()].map(([conversationId, followed]) => ({
        client: name,
        conversationId,
        shown: followed.display.shown(),
      })),
    stats: () => {
      const { sent, copies } = outbox.bursts();
      const totals = {
        received: 0,
        redelivered: 0,
        gaps: 0,
        resyncs: 0,
        handshakeRefusals: link.refusals(),
        resumeRefusals: openRefusals,
        bursts: sent,
        burstCopies: copies,
        aheadResumesNotResynced: 0,
      };
      for (const followed of follows.values()) {
        const counts = followed.display.stats();
        totals.received += counts.received;
        totals.redelivered += counts.redelivered;
        totals.gaps += counts.gaps;
      }
      return totals;
    },
  };
}

/** @typedef {ReturnType<typeof createAgentClient>} AgentClient */
