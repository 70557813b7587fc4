import type { FrameToLoaderMessage, LoaderToFrameMessage } from '../../protocol/frame-messages.js';
import { readLoaderMessage, SOURCE } from '../chat/loader-message.js';

type WithoutSource<Message> = Message extends unknown ? Omit<Message, 'source'> : never;

/** A frame-to-loader message without its `source` tag, which the bridge adds. */
export type OutgoingMessage = WithoutSource<FrameToLoaderMessage>;

/** The frame's end of the postMessage channel to the loader on the host page. */
export interface HostBridge {
  post(message: OutgoingMessage): void;
  stop(): void;
}

/**
 * Listens for the loader's messages from `hostOrigin` and the parent window only, and posts to that origin
 * only, so no other page can read what the frame says.
 */
export function createHostBridge(
  hostOrigin: string,
  onMessage: (message: LoaderToFrameMessage) => void,
): HostBridge {
  const listener = (event: MessageEvent): void => {
    const message = readLoaderMessage(event, hostOrigin, window.parent);
    if (message !== null) onMessage(message);
  };
  window.addEventListener('message', listener);
  return {
    post(message) {
      window.parent.postMessage({ ...message, source: SOURCE }, hostOrigin);
    },
    stop() {
      window.removeEventListener('message', listener);
    },
  };
}
