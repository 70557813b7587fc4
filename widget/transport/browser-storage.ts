import type { KeyValueStorage } from '../chat/ports.js';

/** A storage that forgets on reload, for when the browser refuses the frame its localStorage. */
function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * The frame's localStorage, or memory when it is blocked (third-party storage off, private modes). A write
 * that fails (quota) is dropped: the chat keeps working, it just forgets on reload.
 */
export function browserStorage(): KeyValueStorage {
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.getItem('switchboard:probe');
  } catch {
    return memoryStorage();
  }
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => {
      try {
        storage.setItem(key, value);
      } catch {
        // Full: keep chatting without persistence.
      }
    },
    removeItem: (key) => storage.removeItem(key),
  };
}
