/**
 * Where a visitor's message is on its way: `queued` (waiting for a connection, or to be resent with the same
 * client id), `sending` (waiting for the ack), `sent` (acknowledged, its entry not arrived yet), or `failed`
 * (refused by the relay; the visitor may retry or remove it).
 */
export type PendingStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** A message the visitor wrote whose committed entry the frame does not hold yet. */
export interface PendingMessage {
  /** Generated once per message, so a resend is acknowledged with the original seq, never appended twice. */
  clientId: string;
  text: string;
  status: PendingStatus;
  /** Why the relay refused it, while `failed`. */
  error: string | null;
}

/** Adds a new message at the end, queued. */
export function enqueue(outbox: readonly PendingMessage[], clientId: string, text: string): PendingMessage[] {
  return [...outbox, { clientId, text, status: 'queued', error: null }];
}

/** Changes one message's status; the others are kept as they are. */
export function setStatus(
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

/** Drops the messages whose committed entries have arrived; returns the same array if none has. */
export function settle(
  outbox: readonly PendingMessage[],
  committed: ReadonlySet<string>,
): readonly PendingMessage[] {
  return outbox.some((message) => committed.has(message.clientId))
    ? outbox.filter((message) => !committed.has(message.clientId))
    : outbox;
}

/** The oldest message still to send, so messages reach the relay in the order they were written. */
export function nextToSend(outbox: readonly PendingMessage[]): PendingMessage | undefined {
  return outbox.find((message) => message.status === 'queued');
}

/** After the connection dropped: the messages whose ack never came go back to the queue. */
export function requeueInFlight(outbox: readonly PendingMessage[]): readonly PendingMessage[] {
  return outbox.some((message) => message.status === 'sending')
    ? outbox.map((message) => (message.status === 'sending' ? { ...message, status: 'queued' } : message))
    : outbox;
}

/**
 * The outbox as stored across page loads. Acknowledged messages are kept too: after a reload they are sent
 * again with the same client id, which the relay answers with the original seq.
 */
export function serialiseOutbox(outbox: readonly PendingMessage[]): string {
  return JSON.stringify(
    outbox.map(({ clientId, text, status, error }) => ({
      clientId,
      text,
      error: status === 'failed' ? error : null,
    })),
  );
}

/** Reads a stored outbox; anything malformed is dropped. Every message not refused is queued again. */
export function parseOutbox(raw: string | null): PendingMessage[] {
  if (raw === null) return [];
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  const outbox: PendingMessage[] = [];
  for (const item of stored as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { clientId, text, error } = item as Record<string, unknown>;
    if (typeof clientId !== 'string' || typeof text !== 'string') continue;
    if (outbox.some((message) => message.clientId === clientId)) continue;
    outbox.push(
      typeof error === 'string'
        ? { clientId, text, status: 'failed', error }
        : { clientId, text, status: 'queued', error: null },
    );
  }
  return outbox;
}
