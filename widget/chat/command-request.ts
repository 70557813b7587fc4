import { atom, type ReadableAtom } from 'nanostores';
import type { ErrorCode } from '../../protocol/errors.js';
import type { Ack } from '../../protocol/errors.js';
import type { VisitorAppended } from '../../protocol/visitor-events.js';

/**
 * One command the visitor gave (ask for a person, rate, leave a message): `idle`, `sending` (sent, or waiting
 * for a connection to send it), `sent` (committed; its entry is on its way), or `failed` (`error` says why).
 */
export interface CommandRequest {
  status: 'idle' | 'sending' | 'sent' | 'failed';
  /** The command's client id until its entry arrives; a resend after a drop reuses it. */
  clientId: string | null;
  error: string | null;
}

/** No request made, or the last one settled. */
export const IDLE_REQUEST: CommandRequest = { status: 'idle', clientId: null, error: null };

export interface CommandRequestOptions<Fields extends object> {
  createId: () => string;
  /** Whether the connection can take commands now. */
  canSend: () => boolean;
  send: (payload: Fields & { clientId: string }) => Promise<Ack<VisitorAppended>>;
  /** Refusals that mean the visitor already has what they asked for, or it no longer applies: no error. */
  settledBy: readonly ErrorCode[];
  /** The relay committed the command: `appended` says where, with the entries it appended. */
  onAcknowledged: (appended: VisitorAppended) => void;
  /** A refusal in `settledBy` ended the command. */
  onSettledByRefusal?: () => void;
}

/** A command sent once: one at a time, resent with the same client id until the relay answers. */
export interface CommandRequestStore<Fields extends object> {
  readonly $request: ReadableAtom<CommandRequest>;
  /** Sends the command, unless one is already on its way. */
  request(fields: Fields): void;
  /** Sends the command waiting for a connection. */
  flush(): Promise<void>;
  /** Ends the command whose entry has arrived. */
  settle(committed: ReadonlySet<string>): void;
}

export function createCommandRequest<Fields extends object>(
  options: CommandRequestOptions<Fields>,
): CommandRequestStore<Fields> {
  const $request = atom<CommandRequest>(IDLE_REQUEST);
  let fields: Fields | null = null;
  let isSending = false;

  async function flush(): Promise<void> {
    if (isSending) return;
    isSending = true;
    try {
      for (;;) {
        const { status, clientId } = $request.get();
        if (status !== 'sending' || clientId === null || fields === null || !options.canSend()) return;
        let ack;
        try {
          ack = await options.send({ ...fields, clientId });
        } catch {
          continue;
        }
        if ($request.get().clientId !== clientId) continue;
        if (ack.ok) {
          $request.set({ status: 'sent', clientId, error: null });
          options.onAcknowledged(ack);
        } else if (options.settledBy.includes(ack.error.code)) {
          $request.set(IDLE_REQUEST);
          options.onSettledByRefusal?.();
        } else {
          $request.set({ status: 'failed', clientId: null, error: ack.error.message });
        }
      }
    } finally {
      isSending = false;
    }
  }

  return {
    $request,
    request(next) {
      const { status } = $request.get();
      if (status === 'sending' || status === 'sent') return;
      fields = next;
      $request.set({ status: 'sending', clientId: options.createId(), error: null });
      void flush();
    },
    flush,
    settle(committed) {
      const { clientId } = $request.get();
      if (clientId !== null && committed.has(clientId)) $request.set(IDLE_REQUEST);
    },
  };
}
