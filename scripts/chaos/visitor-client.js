/**
 * A simulated visitor: one real socket.io-client connection to `/visitor`, kept the way the widget's chat
 * frame keeps it. On every (re)connect it resumes with the conversation and last seq it holds, applying full
 * resyncs and pages; it drops entries it already holds and resumes on a gap; its outbox sends only once the
 * first resume of the connection has answered. Socket.IO's own reconnection (backoff with jitter) carries it
 * through relay restarts.
 */
import { randomUUID } from 'node:crypto';
import { emitWithAck, openClientSocket, PROTOCOL_VERSION } from './client-socket.js';
import { createCommandOutbox, newRecord, summarizeAck } from './command-outbox.js';
import { createDisplayedTranscript } from './displayed-transcript.js';

/** @typedef {import('../../protocol/visitor-events.js').VisitorServerEvents} VisitorServerEvents */
/** @typedef {import('../../protocol/visitor-events.js').VisitorClientEvents} VisitorClientEvents */
/** @typedef {import('../../protocol/visitor-events.js').ResumeResult} ResumeResult */
/** @typedef {import('../../protocol/conversation.js').ConversationState} ConversationState */
/** @typedef {import('./command-outbox.js').SentRecord} SentRecord */
/** @typedef {import('./seeded-random.js').Random} Random */
/**
 * What the relay acknowledges a command with.
 * @template {keyof VisitorClientEvents} Name
 * @typedef {Parameters<Parameters<VisitorClientEvents[Name]>[1]>[0]} AckOf
 */

const SITE_ID = 'demo';
const RESUME_RETRY_MS = 200;
/** A resume loop that has not caught up after this many rounds gives up until the next trigger. */
const MAX_RESUME_ROUNDS = 200;
const CONTEXT = {
  pageUrl: 'http://127.0.0.1/chaos',
  pageTitle: 'Chaos',
  referrer: null,
  locale: 'en-GB',
};

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {object} options
 * @param {string} options.name
 * @param {string} options.url The relay's base URL.
 * @param {Random} options.random
 * @param {boolean} [options.isWebSocketOnly]
 */
export function createVisitorClient({ name, url, random, isWebSocketOnly = false }) {
  /** @type {string | null} */
  let token = null;
  const display = createDisplayedTranscript(null);
  /** @type {ConversationState | null} */
  let state = null;
  let isSynced = false;
  /** @type {'behind' | 'ahead' | null} */
  let staleness = null;
  let isResuming = false;
  let isResumeRequested = false;
  /** @type {SentRecord[]} */
  const records = [];
  const stats = {
    resumeRefusals: 0,
    aheadResumesNotResynced: 0,
    resentBursts: 0,
    resentCopies: 0,
  };

  const link = openClientSocket({
    url: `${url}/visitor`,
    isWebSocketOnly,
    random,
    // Read again on every attempt, so a reconnect carries the token the first resume gave.
    auth: (reply) => reply({ protocolVersion: PROTOCOL_VERSION, siteId: SITE_ID, token }),
    onConnect() {
      isSynced = false;
      void resume();
    },
    onDisconnect() {
      isSynced = false;
    },
  });
  const outbox = createCommandOutbox({
    canSend: () => link.isConnected() && isSynced,
    isClosed: link.isClosed,
  });

  /**
   * @template {keyof VisitorClientEvents} Name
   * @param {Name} event
   * @param {Parameters<VisitorClientEvents[Name]>[0]} payload
   */
  function emit(event, payload) {
    return /** @type {Promise<AckOf<Name>>} */ (emitWithAck(link.socket, event, payload));
  }

  /** The last seq to claim: the real one, or a stale one when a fault asked for it. */
  function claimedLastSeq() {
    const held = display.lastSeq();
    const claimed =
      staleness === 'behind'
        ? random.int(0, Math.max(0, held - 1))
        : staleness === 'ahead'
          ? held + 1000
          : held;
    return claimed;
  }

  /**
   * Applies one resume answer; returns whether the transcript is complete.
   * @param {ResumeResult} result
   * @param {'behind' | 'ahead' | null} claimedAs
   */
  function applyResume(result, claimedAs) {
    if (claimedAs === 'ahead' && !result.isFullResync && result.conversation !== null) {
      stats.aheadResumesNotResynced++;
    }
    const first = result.entries[0];
    if (result.isFullResync) {
      display.replace(result.conversation?.id ?? first?.conversationId ?? null, first?.seq ?? 1);
    }
    token = result.token;
    if (result.conversation !== null) state = result.conversation.state;
    for (const entry of result.entries) {
      const outcome = display.receive(entry);
      if (outcome === 'gap' || outcome === 'foreign') return false;
    }
    return !result.hasMore;
  }

  /** Resumes one at a time; a resume asked for meanwhile runs right after, from the newer last seq. */
  async function resume() {
    if (isResuming) {
      isResumeRequested = true;
      return;
    }
    isResuming = true;
    try {
      for (let round = 0; round < MAX_RESUME_ROUNDS && link.isActive(); round++) {
        isResumeRequested = false;
        const claimedAs = staleness;
        const payload = {
          conversationId: display.conversationId(),
          lastSeq: claimedLastSeq(),
          context: CONTEXT,
        };
        /** @type {AckOf<'session:resume'>} */
        let ack;
        try {
          ack = await emit('session:resume', payload);
        } catch {
          await sleep(RESUME_RETRY_MS);
          continue;
        }
        if (!ack.ok) {
          stats.resumeRefusals++;
          await sleep(RESUME_RETRY_MS);
          continue;
        }
        staleness = null;
        const isComplete = applyResume(ack, claimedAs);
        if (!isSynced) {
          isSynced = true;
          void outbox.flush();
        }
        if (isComplete && !isResumeRequested) return;
      }
    } finally {
      isResuming = false;
    }
  }

  // The same socket, seen through the `/visitor` namespace's event map.
  const socket = /** @type {import('socket.io-client').Socket<VisitorServerEvents, VisitorClientEvents>} */ (
    /** @type {unknown} */ (link.socket)
  );
  /** @param {import('../../protocol/entries.js').Entry} entry */
  function receive(entry) {
    const outcome = display.receive(entry);
    if (outcome === 'gap' || outcome === 'foreign') void resume();
  }
  socket.on('entry:added', receive);
  socket.on('conversation:updated', (conversation) => {
    state = conversation.state;
  });

  /**
   * @param {'visitor_message' | 'handoff_requested'} kind
   * @param {string | null} text
   */
  function queue(kind, text) {
    const record = newRecord(name, kind, randomUUID(), null, text);
    records.push(record);
    outbox.add({
      record,
      emit: () =>
        text === null
          ? emit('handoff:request', { clientId: record.clientId })
          : emit('message:send', { clientId: record.clientId, text }),
      // As the widget does: the acknowledgement carries the command's entries, which the relay sends to the
      // visitor's other tabs only.
      settled(ack) {
        if (!ack.ok) return;
        if ('entries' in ack) ack.entries.forEach(receive);
        if (display.conversationId() !== ack.conversationId || display.lastSeq() < ack.seq) void resume();
      },
    });
    return record;
  }

  return {
    name,
    connect: link.connect,
    close: link.close,
    /** @param {string} text */
    send: (text) => queue('visitor_message', text),
    /** Presses "Talk to a person". */
    requestHandoff: () => queue('handoff_requested', null),
    /** Who answers, as the relay last said. */
    state: () => state,
    isConnected: link.isConnected,
    /** Connected, caught up and with nothing left to send. */
    isSettled: () => link.isConnected() && isSynced && !isResuming && outbox.size() === 0,
    conversationId: () => display.conversationId(),
    lastSeq: () => display.lastSeq(),
    drop: link.drop,
    /**
     * Drops the connection and reconnects claiming an older last seq (or, for `ahead`, one the log never
     * reached, which the relay must answer with a full resync).
     * @param {'behind' | 'ahead'} how
     */
    reconnectStale(how) {
      if (!link.isConnected() || display.lastSeq() === 0) return false;
      staleness = how;
      return link.drop();
    },
    /** The next message leaves as `copies` simultaneous emits with one client id. @param {number} copies */
    burstNext: (copies) => outbox.burstNext(copies),
    /**
     * Sends an acknowledged message again `copies` times at once, with its client id, as a client that
     * missed the acknowledgement would. Returns false when there is nothing to resend or no connection.
     * @param {number} copies
     */
    async resendAcknowledged(copies) {
      const sent = records.filter(
        (record) => record.status === 'acknowledged' && record.kind === 'visitor_message',
      );
      if (sent.length === 0 || !link.isConnected() || !isSynced) return false;
      const record = random.pick(sent);
      record.emits += copies;
      stats.resentBursts++;
      stats.resentCopies += copies;
      const answers = await Promise.all(
        Array.from({ length: copies }, () =>
          emit('message:send', { clientId: record.clientId, text: record.text ?? '' }).then(
            summarizeAck,
            () => null,
          ),
        ),
      );
      for (const answer of answers) if (answer !== null) record.laterAcks.push(answer);
      return true;
    },
    records: () => records,
    /** What this visitor shows, for the audit. */
    displays: () =>
      display.conversationId() === null
        ? []
        : [
            {
              client: name,
              conversationId: /** @type {string} */ (display.conversationId()),
              shown: display.shown(),
            },
          ],
    stats: () => {
      const { sent, copies } = outbox.bursts();
      return {
        ...display.stats(),
        handshakeRefusals: link.refusals(),
        resumeRefusals: stats.resumeRefusals,
        bursts: sent + stats.resentBursts,
        burstCopies: copies + stats.resentCopies,
        aheadResumesNotResynced: stats.aheadResumesNotResynced,
      };
    },
  };
}

/** @typedef {ReturnType<typeof createVisitorClient>} VisitorClient */
