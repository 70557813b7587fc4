import type { FrameStorageKey } from '../../protocol/frame-messages.js';
import { isFrameStorageKey } from '../chat/frame-storage-key.js';
import type { Clock, KeyValueStorage } from '../chat/ports.js';
import type { OutgoingMessage } from './host-bridge.js';
import { memoryStorage } from './memory-storage.js';

/**
 * How long the frame waits for the loader's snapshot before it starts with a storage that forgets on reload;
 * a loader from before the storage bridge, still in the visitor's cache, never answers.
 */
export const HOST_STORAGE_WAIT_MS = 1000;

/** The frame's request for its items kept in the host page's localStorage. */
export interface HostStorageRequest {
  /** The storage to start the session with: the host page's items, or memory alone if the loader is silent. */
  storage: Promise<KeyValueStorage>;
  /** Takes the loader's `storage:snapshot`; one that comes late, or twice, changes nothing. */
  receive(items: Record<FrameStorageKey, string>): void;
}

/**
 * Asks the loader for the frame's items, for when the browser denies the frame its own localStorage. The
 * storage the snapshot seeds lives in memory and sends every write back with `storage:set`, so the next page
 * of the host site finds the same visitor.
 */
export function requestHostStorage(
  post: (message: OutgoingMessage) => void,
  clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>,
): HostStorageRequest {
  const forward = (key: string, value: string | null): void => {
    if (isFrameStorageKey(key)) post({ type: 'storage:set', key, value });
  };
  let receive!: HostStorageRequest['receive'];
  // A promise settles once: whichever of the snapshot and the end of the wait comes first chooses.
  const storage = new Promise<KeyValueStorage>((resolve) => {
    const timer = clock.setTimeout(() => resolve(memoryStorage()), HOST_STORAGE_WAIT_MS);
    receive = (items) => {
      clock.clearTimeout(timer);
      resolve(memoryStorage(items, forward));
    };
  });
  post({ type: 'storage:request' });
  return { storage, receive };
}
