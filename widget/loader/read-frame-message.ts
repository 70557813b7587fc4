import type { FrameToLoaderMessage } from '../../protocol/frame-messages.js';

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
  const { source, type, count, isLive } = data as Record<string, unknown>;
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
    // The frame is the relay's own code: its reports for the host page are passed on as they come.
    case 'message:added':
    case 'visitor:identify-refused':
      return data as FrameToLoaderMessage;
    default:
      return null;
  }
}
