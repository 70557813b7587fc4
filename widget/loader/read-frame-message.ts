import type { ProtocolError } from '../../protocol/errors.js';
import type { FrameToLoaderMessage, HostMessageEvent } from '../../protocol/frame-messages.js';

/** The parts of a `MessageEvent` the check needs, so it runs without a DOM. */
export interface ReceivedMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The frame's message if it came from the relay's origin and our own iframe's window and has a known shape,
 * else null. The host page's other postMessage traffic, and anything forged, is ignored.
 */
export function readFrameMessage(
  event: ReceivedMessage,
  relayOrigin: string,
  frameWindow: unknown,
): FrameToLoaderMessage | null {
  if (event.origin !== relayOrigin || event.source !== frameWindow || frameWindow == null) return null;
  const data = event.data;
  if (typeof data !== 'object' || data === null) return null;
  const { source, type, count, isLive, message, error } = data as Record<string, unknown>;
  if (source !== 'switchboard') return null;
  switch (type) {
    case 'frame:ready':
    case 'panel:close-requested':
      return { source, type };
    case 'unread:changed':
      return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0
        ? { source, type, count }
        : null;
    case 'conversation:live':
      return typeof isLive === 'boolean' ? { source, type, isLive } : null;
    // The frame is the relay's own code: its reports need only be there.
    case 'message:added':
      return typeof message === 'object' && message !== null
        ? { source, type, message: message as HostMessageEvent }
        : null;
    case 'visitor:identify-refused':
      return typeof error === 'object' && error !== null ? { source, type, error: error as ProtocolError } : null;
    default:
      return null;
  }
}
