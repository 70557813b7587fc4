import type { FRAME_STORAGE_PREFIX, FrameStorageKey } from '../../protocol/frame-messages.js';

/** The protocol's prefix, checked against its constant, which the widget imports as a type only. */
const PREFIX: typeof FRAME_STORAGE_PREFIX = 'switchboard:';

/**
 * Whether `key` is one of the frame's storage keys: the only keys the storage bridge between the frame and
 * the loader carries, so the host page's other items are never read or written through it.
 */
export function isFrameStorageKey(key: unknown): key is FrameStorageKey {
  return typeof key === 'string' && key.startsWith(PREFIX);
}
