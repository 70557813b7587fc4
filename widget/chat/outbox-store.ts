import { atom, type ReadableAtom } from 'nanostores';
import type { VisitorAppended, SendMessagePayload } from '../../protocol/visitor-events.js';
import {
  enqueue,
  nextToSend,
  removePending,
  requeueInFlight,
  setStatus,
  settle,
  type PendingMessage,
} from './outbox.js';
import type { CommandAck } from './ports.js';

export interface OutboxOptions {
  /** The messages left from an earlier page load. */
  initial: readonly PendingMessage[];
  createId: () => string;
  /** Whether the connection can take commands now. */
  canSend: () => boolean;
  send: (payload: SendMessagePayload) => Promise<CommandAck<'message:send'>>;
  /** A message was committed: `appended` says where, with the entries it appended. */
  onAcknowledged: (appended: VisitorAppended) => void;
}

/** The visitor's unsent messages, and the loop that sends them. */
export interface OutboxStore {
  readonly $outbox: ReadableAtom<readonly PendingMessage[]>;
  /** Adds a message and sends it when the connection allows. */
  add(text: string): void;
  /** Queues a refused message again, with the same client id. */
  retry(clientId: string): void;
  remove(clientId: string): void;
  /** Sends whatever is queued, oldest first. */
  flush(): Promise<void>;
  /** Drops the messages whose committed entries have arrived. */
  settle(committed: ReadonlySet<string>): void;
  /** The connection dropped: a message waiting for its ack goes back to the queue. */
  requeue(): void;
}

/** Creates the outbox. Messages are sent one at a time so the relay commits them in the order written. */
export function createOutboxStore(options: OutboxOptions): OutboxStore {
  const $outbox = atom<readonly PendingMessage[]>(options.initial);
  let isFlushing = false;

  async function flush(): Promise<void> {
    if (isFlushing) return;
    isFlushing = true;
    try {
      for (;;) {
        if (!options.canSend()) return;
        const message = nextToSend($outbox.get());
        if (message === undefined) return;
        const { clientId, text } = message;
        $outbox.set(setStatus($outbox.get(), clientId, 'sending'));
        let ack;
        try {
          ack = await options.send({ clientId, text });
        } catch {
          // Unknown whether it was committed: queue it again; the resend carries the same client id.
          $outbox.set(requeueInFlight($outbox.get()));
          continue;
        }
        if (ack.ok) {
          $outbox.set(setStatus($outbox.get(), clientId, 'sent'));
          options.onAcknowledged(ack);
        } else {
          $outbox.set(setStatus($outbox.get(), clientId, 'failed', ack.error.message));
        }
      }
    } finally {
      isFlushing = false;
    }
  }

  return {
    $outbox,
    add(text) {
      if (text.trim() === '') return;
      $outbox.set(enqueue($outbox.get(), options.createId(), text));
      void flush();
    },
    retry(clientId) {
      const message = $outbox.get().find((pending) => pending.clientId === clientId);
      if (message?.status !== 'failed') return;
      $outbox.set(setStatus($outbox.get(), clientId, 'queued'));
      void flush();
    },
    remove(clientId) {
      $outbox.set(removePending($outbox.get(), clientId));
    },
    flush,
    settle(committed) {
      $outbox.set(settle($outbox.get(), committed));
    },
    requeue() {
      $outbox.set(requeueInFlight($outbox.get()));
    },
  };
}
