import { atom, type ReadableAtom } from 'nanostores';
import type { RequestHandoffPayload } from '../../protocol/visitor-events.js';
import type { CommandAck } from './ports.js';

/**
 * The visitor's request for a person: `idle`, `requesting` (sent, or waiting for a connection to send it), or
 * `failed` (refused; `error` says why).
 */
export interface HandoffRequest {
  status: 'idle' | 'requesting' | 'failed';
  /** The request's client id while requesting; a resend after a drop reuses it. */
  clientId: string | null;
  error: string | null;
}

const IDLE: HandoffRequest = { status: 'idle', clientId: null, error: null };

export interface HandoffOptions {
  createId: () => string;
  /** Whether the connection can take commands now. */
  canSend: () => boolean;
  send: (payload: RequestHandoffPayload) => Promise<CommandAck<'handoff:request'>>;
}

/** The "Talk to a person" request: one at a time, resent with the same client id until answered. */
export function createHandoff(options: HandoffOptions): {
  $request: ReadableAtom<HandoffRequest>;
  request(): void;
  flush(): Promise<void>;
  settle(committed: ReadonlySet<string>): void;
} {
  const $request = atom<HandoffRequest>(IDLE);
  let isSending = false;

  async function flush(): Promise<void> {
    if (isSending) return;
    isSending = true;
    try {
      for (;;) {
        const { status, clientId } = $request.get();
        if (status !== 'requesting' || clientId === null || !options.canSend()) return;
        let ack;
        try {
          ack = await options.send({ clientId });
        } catch {
          continue;
        }
        if ($request.get().clientId !== clientId) continue;
        // Already waiting or with a person is what the visitor wanted; the panel shows that state.
        if (ack.ok || ack.error.code === 'already_waiting' || ack.error.code === 'already_with_agent') {
          $request.set(IDLE);
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
    request() {
      if ($request.get().status === 'requesting') return;
      $request.set({ status: 'requesting', clientId: options.createId(), error: null });
      void flush();
    },
    flush,
    settle(committed) {
      const { clientId } = $request.get();
      if (clientId !== null && committed.has(clientId)) $request.set(IDLE);
    },
  };
}
