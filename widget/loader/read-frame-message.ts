import type { FrameToLoaderMessage } from '../../protocol/frame-messages.js';
import { isFrameStorageKey } from '../chat/frame-storage-key.js';

/** The parts of a `MessageEvent` the check needs, so it runs without a DOM. */
export interface ReceivedMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The frame's message if it came from the relay's origin and our own iframe's window and carries our tag,
 * else null: the host page's other postMessage traffic, and anything forged there, is ignored. The frame is
 * the relay's own code, as this loader is, so its messages are taken as they come (a type the loader does
 * not know falls through its switch), except that a write to the host page's localStorage must be to one of
 * the frame's own keys: the page's other items are never touched through the bridge.
 */
export function readFrameMessage(
  event: ReceivedMessage,
  relayOrigin: string,
  frameWindow: unknown,
): FrameToLoaderMessage | null {
  if (event.origin !== relayOrigin || event.source !== frameWindow || frameWindow == null) return null;
  // Anything but null and undefined destructures; a string or a number then has no tag.
  const data = event.data ?? {};
  const { source, type, key, value } = data as Record<string, unknown>;
  const isOurs =
    source === 'switchboard' &&
    (type !== 'storage:set' || (isFrameStorageKey(key) && (value === null || typeof value === 'string')));
  return isOurs ? (data as FrameToLoaderMessage) : null;
}
