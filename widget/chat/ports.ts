/**
 * What the chat stores need from the outside world, implemented by `transport/`. The stores depend on these
 * interfaces only, so they run in tests without a network or a browser.
 */
import type { QueueStatus, VisitorConversation } from '../../protocol/conversation.js';
import type { AgentRef, Entry } from '../../protocol/entries.js';
import type { VisitorClientEvents, VisitorHandshake } from '../../protocol/visitor-events.js';

/** The name of a command the frame sends on the `/visitor` namespace. */
export type CommandName = keyof VisitorClientEvents;

/** A command's payload. */
export type CommandPayload<Name extends CommandName> = Parameters<VisitorClientEvents[Name]>[0];

/** A command's acknowledgement: `{ ok: true, ... }` or `{ ok: false, error }`. */
export type CommandAck<Name extends CommandName> = Parameters<Parameters<VisitorClientEvents[Name]>[1]>[0];

/**
 * Sends a command and resolves with its acknowledgement. Rejects at once when offline, and when the relay does
 * not answer in time or the connection drops; the command may then have been committed or not, so callers
 * resend with the same client id.
 */
export type SendCommand = <Name extends CommandName>(
  name: Name,
  payload: CommandPayload<Name>,
) => Promise<CommandAck<Name>>;

/** What the live connection reports. */
export interface VisitorLinkEvents {
  /** Connected, the first time or again after a drop. */
  connected(): void;
  /** The connection dropped, or an attempt failed; it reconnects by itself. */
  disconnected(): void;
  /** The relay refused the connection; no retry follows. `code` is the relay's error code when it gave one. */
  refused(code: string | null): void;
  entryAdded(entry: Entry): void;
  conversationUpdated(conversation: VisitorConversation): void;
  /** The visitor's place in the queue; null when they are no longer waiting. */
  queueUpdated(status: QueueStatus | null): void;
  /** The answering agent started or stopped typing. */
  typingChanged(typing: { isTyping: boolean; agent: AgentRef }): void;
}

/** The live connection to the relay's `/visitor` namespace. */
export interface VisitorLink {
  /** Starts connecting; also starts again after a refusal. */
  connect(): void;
  /** Disconnects for good and stops reporting events. */
  close(): void;
  send: SendCommand;
}

/**
 * Opens a connection that reports to `events`; it connects when `connect()` is called and asks `handshake`
 * for its credentials on every attempt, so a token learned meanwhile is used on the next reconnect.
 */
export type OpenVisitorLink = (events: VisitorLinkEvents, handshake: () => VisitorHandshake) => VisitorLink;

/** The subset of the Web Storage API the stores use. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Time and timers, injected so tests can drive them. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Calls `callback` once after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
