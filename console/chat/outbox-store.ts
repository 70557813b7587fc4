import { atom, type ReadableAtom } from 'nanostores';
import type { Entry } from '../../protocol/entries.js';
import { MAX_MESSAGE_LENGTH, MAX_NOTE_LENGTH } from '../../protocol/limits.js';
import {
  removePending,
  settleOutbox,
  unacknowledged,
  updatePending,
  type PendingKind,
  type PendingMessage,
} from './outbox.js';
import type { SendCommand } from './ports.js';

export interface OutboxDeps {
  send: SendCommand;
  onUnauthorized(): void;
  newClientId(): string;
  /** True when the console already holds the entry at `seq`, or will never show it (not open). */
  isCommitted(conversationId: string, seq: number): boolean;
}

/** The agent's messages and notes on their way: each shown once, pending until its committed entry arrives. */
export interface Outbox {
  $pending: ReadableAtom<PendingMessage[]>;
  /** Queues and sends a message (or a private note); false when the text is blank or too long. */
  send(conversationId: string, text: string, kind?: PendingKind): boolean;
  /** Sends again, with the same client ids, every message the relay never acknowledged. */
  resendUnacknowledged(): void;
  /** Sends again, now, a message that was refused or not acknowledged. */
  retry(clientId: string): void;
  discard(clientId: string): void;
  /** Drops the messages whose committed entries have arrived. */
  settle(entries: readonly Entry[]): void;
  clear(): void;
}

/** Creates the outbox. */
export function createOutbox(deps: OutboxDeps): Outbox {
  const $pending = atom<PendingMessage[]>([]);

  async function deliver(message: PendingMessage): Promise<void> {
    $pending.set(updatePending($pending.get(), message.clientId, 'sending'));
    try {
      const ack = await deps.send(message.kind === 'note' ? 'note:add' : 'message:send', {
        conversationId: message.conversationId,
        clientId: message.clientId,
        text: message.text,
      });
      if (ack.ok) {
        $pending.set(
          deps.isCommitted(ack.conversationId, ack.seq)
            ? removePending($pending.get(), message.clientId)
            : updatePending($pending.get(), message.clientId, 'sent'),
        );
      } else {
        if (ack.error.code === 'unauthorized') deps.onUnauthorized();
        $pending.set(updatePending($pending.get(), message.clientId, 'failed', ack.error.message));
      }
    } catch {
      $pending.set(updatePending($pending.get(), message.clientId, 'unsent'));
    }
  }

  function send(conversationId: string, text: string, kind: PendingKind = 'message'): boolean {
    const maxLength = kind === 'note' ? MAX_NOTE_LENGTH : MAX_MESSAGE_LENGTH;
    if (text.trim() === '' || text.length > maxLength) return false;
    const message: PendingMessage = {
      kind,
      clientId: deps.newClientId(),
      conversationId,
      text,
      status: 'sending',
      error: null,
    };
    $pending.set([...$pending.get(), message]);
    void deliver(message);
    return true;
  }

  function retry(clientId: string): void {
    const message = $pending.get().find((pending) => pending.clientId === clientId);
    if (message !== undefined && (message.status === 'failed' || message.status === 'unsent'))
      void deliver(message);
  }

  return {
    $pending,
    send,
    resendUnacknowledged: () => {
      for (const message of unacknowledged($pending.get())) void deliver(message);
    },
    retry,
    discard: (clientId) => $pending.set(removePending($pending.get(), clientId)),
    settle: (entries) => {
      const pending = $pending.get();
      const settled = settleOutbox(pending, entries);
      if (settled.length !== pending.length) $pending.set(settled);
    },
    clear: () => $pending.set([]),
  };
}
