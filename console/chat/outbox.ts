import type { Entry } from '../../protocol/entries.js';

/**
 * Where an agent's message is on its way: `sending` (waiting for the ack), `unsent` (the connection dropped
 * first; resent with the same client id on the next connect), `sent` (acknowledged, its entry not yet
 * arrived), or `failed` (refused by the relay; the agent may retry or discard it).
 */
export type PendingStatus = 'sending' | 'unsent' | 'sent' | 'failed';

/** What the agent wrote: a `message` the visitor reads, or a private `note` only agents read. */
export type PendingKind = 'message' | 'note';

/** A message or note the agent wrote whose committed entry the console does not hold yet. */
export interface PendingMessage {
  kind: PendingKind;
  /** Generated once per message, so a resend never appends it twice. */
  clientId: string;
  conversationId: string;
  text: string;
  status: PendingStatus;
  /** Why the relay refused it, while `failed`. */
  error: string | null;
}

/** Drops the messages whose committed entries have arrived, matched by client id. */
export function settleOutbox(
  outbox: readonly PendingMessage[],
  committed: readonly Entry[],
): PendingMessage[] {
  const arrived = new Set<string>();
  for (const entry of committed) {
    if (entry.clientId !== null) arrived.add(`${entry.conversationId}\u0000${entry.clientId}`);
  }
  if (arrived.size === 0) return [...outbox];
  return outbox.filter((message) => !arrived.has(`${message.conversationId}\u0000${message.clientId}`));
}

/** Changes one message's status; the other messages are kept as they are. */
export function updatePending(
  outbox: readonly PendingMessage[],
  clientId: string,
  status: PendingStatus,
  error: string | null = null,
): PendingMessage[] {
  return outbox.map((message) => (message.clientId === clientId ? { ...message, status, error } : message));
}

/** Removes one message. */
export function removePending(outbox: readonly PendingMessage[], clientId: string): PendingMessage[] {
  return outbox.filter((message) => message.clientId !== clientId);
}

/** The messages to send again after a reconnect: those the relay never acknowledged. */
export function unacknowledged(outbox: readonly PendingMessage[]): PendingMessage[] {
  return outbox.filter((message) => message.status === 'unsent');
}
