import type { FrameToLoaderMessage, LoaderToFrameMessage } from '../../protocol/frame-messages.js';

/** The tag on every frame message, checked against the protocol's constant. */
export const SOURCE: FrameToLoaderMessage['source'] = 'switchboard';

/** The parts of a `MessageEvent` the check needs, so it runs without a DOM. */
export interface ReceivedMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The loader's message if it came from the host page's origin and the parent window and has a known shape,
 * else null. Anything else on the page's postMessage channel is ignored.
 */
export function readLoaderMessage(
  event: ReceivedMessage,
  hostOrigin: string,
  parent: unknown,
): LoaderToFrameMessage | null {
  if (event.origin !== hostOrigin || event.source !== parent) return null;
  const data = event.data;
  if (typeof data !== 'object' || data === null) return null;
  const { source, type } = data as Record<string, unknown>;
  if (source !== SOURCE) return null;
  if (type === 'panel:opened' || type === 'panel:closed') return { source: SOURCE, type };
  return null;
}
