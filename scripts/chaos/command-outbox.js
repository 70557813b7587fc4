/**
 * A simulated client's outbox, as the widget and the console keep theirs: commands leave one at a time in
 * the order they were written, and a command whose acknowledgement did not come (a dropped connection, a
 * killed relay, a timeout) is sent again with the same client id until an answer comes. Every command with
 * a client id leaves a `SentRecord`, which the audit compares with the store.
 */

/** @typedef {import('../../protocol/visitor-events.js').VisitorAppended} VisitorAppended */
/** @typedef {import('../../protocol/agent-events.js').AgentAppended} AgentAppended */
/** @typedef {import('../../protocol/errors.js').Ack<VisitorAppended | AgentAppended>} AppendAck */
/** @typedef {'visitor_message' | 'handoff_requested' | 'agent_message'} SentKind */
/** @typedef {{ ok: true, seq: number } | { ok: false, code: string }} AckSummary */

/**
 * @typedef {object} SentRecord
 * @property {string} clientId
 * @property {string} sender The simulated client's name.
 * @property {SentKind} kind The kind of entry the command appends.
 * @property {string | null} text The message's text; null for a handoff request.
 * @property {string | null} conversationId The conversation it went to, once known.
 * @property {'pending' | 'acknowledged' | 'refused'} status
 * @property {number | null} seq The seq the first acknowledgement gave.
 * @property {string | null} refusal The error code, when refused.
 * @property {number} emits How many times it was emitted, resends and burst copies included.
 * @property {AckSummary[]} laterAcks Answers to copies sent in a burst, besides the first answer.
 */

/**
 * @typedef {object} OutboxCommand
 * @property {SentRecord | null} record Null for commands without a client id (claim, hand back, resolve).
 * @property {() => Promise<AppendAck>} emit Emits the command once and waits for its acknowledgement.
 * @property {(ack: AppendAck) => void} [settled] Called with the first answer.
 */

/** How long a command waits before it is sent again while the connection stays up. */
const RETRY_DELAY_MS = 250;

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {AppendAck} ack
 * @returns {AckSummary}
 */
export function summarizeAck(ack) {
  return ack.ok ? { ok: true, seq: ack.seq } : { ok: false, code: ack.error.code };
}

/**
 * @param {object} options
 * @param {() => boolean} options.canSend Connected and caught up: commands may leave now.
 * @param {() => boolean} options.isClosed The client is gone; stop sending.
 */
export function createCommandOutbox({ canSend, isClosed }) {
  /** @type {OutboxCommand[]} */
  const queue = [];
  let isFlushing = false;
  let burstCopies = 1;
  const bursts = { sent: 0, copies: 0 };

  /** @param {OutboxCommand} command */
  async function sendOnce(command) {
    const copies = command.record === null ? 1 : burstCopies;
    if (command.record !== null) {
      burstCopies = 1;
      command.record.emits += copies;
    }
    if (copies > 1) {
      bursts.sent++;
      bursts.copies += copies;
    }
    const attempts = await Promise.all(
      Array.from({ length: copies }, () =>
        command.emit().then(
          (ack) => ({ ack }),
          () => null,
        ),
      ),
    );
    return attempts.flatMap((attempt) => (attempt === null ? [] : [attempt.ack]));
  }

  async function flush() {
    if (isFlushing) return;
    isFlushing = true;
    try {
      while (queue.length > 0 && canSend() && !isClosed()) {
        const command = /** @type {OutboxCommand} */ (queue[0]);
        const [first, ...later] = await sendOnce(command);
        if (first === undefined) {
          // No answer: unknown whether it was committed. It goes again with the same client id.
          if (canSend()) await sleep(RETRY_DELAY_MS);
          continue;
        }
        queue.shift();
        const { record } = command;
        if (record !== null) {
          record.status = first.ok ? 'acknowledged' : 'refused';
          record.seq = first.ok ? first.seq : null;
          record.refusal = first.ok ? null : first.error.code;
          if (first.ok) record.conversationId = first.conversationId;
          record.laterAcks.push(...later.map(summarizeAck));
        }
        command.settled?.(first);
      }
    } finally {
      isFlushing = false;
    }
  }

  return {
    /** @param {OutboxCommand} command */
    add(command) {
      queue.push(command);
      void flush();
    },
    flush,
    /** Commands not answered yet. */
    size: () => queue.length,
    /**
     * The next command with a client id goes out as `copies` simultaneous emits, as a client retrying
     * impatiently would send it.
     * @param {number} copies
     */
    burstNext(copies) {
      burstCopies = copies;
    },
    /** The bursts sent so far and their emits. */
    bursts: () => ({ ...bursts }),
  };
}

/**
 * A new record for a command about to be queued.
 * @param {string} sender
 * @param {SentKind} kind
 * @param {string} clientId
 * @param {string | null} conversationId
 * @param {string | null} text
 * @returns {SentRecord}
 */
export function newRecord(sender, kind, clientId, conversationId, text) {
  return {
    clientId,
    sender,
    kind,
    text,
    conversationId,
    status: 'pending',
    seq: null,
    refusal: null,
    emits: 0,
    laterAcks: [],
  };
}
