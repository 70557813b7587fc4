import type { FrameStorageKey } from '../../protocol/frame-messages.js';
import { isFrameStorageKey } from '../chat/frame-storage-key.js';

/**
 * Runs `use` on the host page's localStorage; undefined when a privacy setting forbids it, or when a write
 * fails because it is full.
 */
export function withHostStorage<Value>(use: (storage: Storage) => Value): Value | undefined {
  try {
    return use(localStorage);
  } catch {
    return undefined;
  }
}

/**
 * The chat frame's items kept in the host page's localStorage, for a frame the browser denies its own: those
 * under the frame's prefix only, so the page's other items never leave it. Empty when the page's storage is
 * blocked too.
 */
export function frameItems(): Record<FrameStorageKey, string> {
  return (
    withHostStorage((storage) => {
      const items: Record<FrameStorageKey, string> = {};
      // A storage's keys are its enumerable properties, alongside its methods, which the prefix leaves out.
      for (const key in storage) if (isFrameStorageKey(key)) items[key] = storage[key];
      return items;
    }) ?? {}
  );
}

/** Stores an item in the host page's localStorage, or removes it for null; a blocked or full storage drops it. */
export function setHostItem(key: FrameStorageKey, value: string | null): void {
  withHostStorage((storage) => (value === null ? storage.removeItem(key) : storage.setItem(key, value)));
}
