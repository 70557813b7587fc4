import type { DialogManager } from './dialog-manager.js';

/**
 * Why a bot over HTTP gave no usable answer. Each is counted; the relay then apologises to the visitor and
 * offers a person in the bot's place.
 */
export const BOT_FAILURE_KINDS = [
  /** No whole answer within the timeout. */
  'timeout',
  /** The bot could not be reached: connection refused or reset, DNS failure, TLS error. */
  'network',
  /** The bot answered with an HTTP status other than 2xx (redirects are not followed). */
  'http_status',
  /** The answer's body was larger than the relay reads. */
  'too_large',
  /** The answer's body was not JSON in UTF-8. */
  'invalid_json',
  /** The answer was JSON of the wrong shape: a missing or mistyped field, a value out of bounds. */
  'invalid_reply',
  /** The answer was well formed but gave the visitor nothing to read and asked for no person. */
  'empty_reply',
] as const;

export type BotFailureKind = (typeof BOT_FAILURE_KINDS)[number];

/** How many answers failed, by why, since the adapter was created. */
export type BotFailureCounts = Record<BotFailureKind, number>;

/** A bot's answer that could not be used, and why. */
export class BotFailure extends Error {
  constructor(
    readonly kind: BotFailureKind,
    message: string,
  ) {
    super(`${kind}: ${message}`);
    this.name = 'BotFailure';
  }
}

/** A dialog manager that asks a bot over HTTP, and counts the answers it could not use. */
export interface RemoteDialogManager extends DialogManager {
  /** Failed answers by kind, since the adapter was created; for the relay's metrics. */
  failures(): BotFailureCounts;
}

/** Counts an adapter's failures by kind. */
export function createFailureCounter() {
  const counts = Object.fromEntries(BOT_FAILURE_KINDS.map((kind) => [kind, 0])) as BotFailureCounts;
  return {
    /** Runs `ask`, counting the {@link BotFailure} it rejects with, if any, before passing it on. */
    async counted<T>(ask: () => Promise<T>): Promise<T> {
      try {
        return await ask();
      } catch (error) {
        if (error instanceof BotFailure) counts[error.kind] += 1;
        throw error;
      }
    },
    snapshot: (): BotFailureCounts => ({ ...counts }),
  };
}
