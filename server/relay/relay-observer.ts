import type { Entry } from '../../protocol/entries.js';
import type { ProtocolError } from '../../protocol/errors.js';
import type { StoredConversation } from '../store/store.js';

/**
 * What the relay reports as it happens, for metrics. The relay calls these in the middle of its work, so
 * each must return at once and never throw.
 */
export interface RelayObserver {
  /** A command committed `entries`, taking the conversation from `before` to `after`. */
  committed(before: StoredConversation, after: StoredConversation, entries: readonly Entry[]): void;
  /** A command was refused; `event` is `unknown` for an event that is not a command. */
  commandRefused(namespace: 'visitor' | 'agent', event: string, error: ProtocolError): void;
}
