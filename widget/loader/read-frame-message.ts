import type { ErrorCode } from '../../protocol/errors.js';
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
    case 'message:added': {
      const { author, text, at } = (message ?? {}) as Record<string, unknown>;
      const isAuthor = author === 'visitor' || author === 'assistant' || author === 'agent';
      return isAuthor && typeof text === 'string' && typeof at === 'number'
        ? { source, type, message: { author, text, at } as HostMessageEvent }
        : null;
    }
    case 'visitor:identify-refused': {
      const { code, message: why } = (error ?? {}) as Record<string, unknown>;
      return typeof code === 'string' && typeof why === 'string'
        ? { source, type, error: { code: code as ErrorCode, message: why } }
        : null;
    }
    default:
      return null;
  }
}
