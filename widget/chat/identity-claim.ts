import type { ProtocolError } from '../../protocol/errors.js';
import type { VisitorIdentityClaim } from '../../protocol/sites.js';
import type { CommandAck } from './ports.js';

export interface IdentityClaimOptions {
  /** Whether the relay can take a command now: connected and resumed. */
  canSend: () => boolean;
  send: (claim: VisitorIdentityClaim) => Promise<CommandAck<'visitor:identify'>>;
  /** The relay refused the claim (`identity_unverified`, `invalid_payload`): it is not sent again. */
  onRefused: (error: ProtocolError) => void;
}

/** Who the host page says the visitor is, told to the relay once per visitor and conversation. */
export interface IdentityClaimSender {
  /** The host page's newest claim: sent now if the relay can take it, else once it can. */
  identify(claim: VisitorIdentityClaim): void;
  /** The relay may no longer know the claim (a new token, a full resync): send it again when it can. */
  invalidate(): void;
  /** Sends the claim if it is due and the relay can take it. */
  flush(): Promise<void>;
}

/**
 * Keeps the latest identity claim and sends it after each resume that needs it. A claim lost with the
 * connection stays due; a refused one is reported and dropped until the host page or the relay changes.
 */
export function createIdentityClaim(options: IdentityClaimOptions): IdentityClaimSender {
  let claim: VisitorIdentityClaim | null = null;
  let isDue = false;
  let isSending = false;

  async function flush(): Promise<void> {
    if (isSending) return;
    isSending = true;
    try {
      // `identify()` may replace the claim while one is on its way; the loop then sends the newer one.
      for (let sent = claim; isDue && sent !== null && options.canSend(); sent = claim) {
        isDue = false;
        let ack: CommandAck<'visitor:identify'>;
        try {
          ack = await options.send(sent);
        } catch {
          // Offline or no answer in time: the next resume sends it again.
          isDue = true;
          return;
        }
        if (!ack.ok && sent === claim) options.onRefused(ack.error);
      }
    } finally {
      isSending = false;
    }
  }

  return {
    identify(next) {
      claim = next;
      isDue = true;
      void flush();
    },
    invalidate() {
      isDue = claim !== null;
    },
    flush,
  };
}
