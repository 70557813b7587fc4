import type { KeyValueStorage } from '../chat/ports.js';

/** Hears each write to a memory storage: the new value, or null for a removal. */
export type StorageWriteListener = (key: string, value: string | null) => void;

/**
 * A storage in memory that starts with `items`. It forgets on reload, unless `onWrite` keeps a copy
 * elsewhere.
 */
export function memoryStorage(
  items: Record<string, string> = {},
  onWrite: StorageWriteListener = () => undefined,
): KeyValueStorage {
  const values = new Map(Object.entries(items));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem(key, value) {
      values.set(key, value);
      onWrite(key, value);
    },
    removeItem(key) {
      values.delete(key);
      onWrite(key, null);
    },
  };
}
