import type { KeyValueStorage } from '../chat/ports.js';

/**
 * The frame's localStorage, or null when the browser denies it (third-party storage blocked, private modes):
 * then the caller chooses where the items live instead. A write that fails (quota) is dropped: the chat keeps
 * working, it just forgets on reload.
 */
export function browserStorage(): KeyValueStorage | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.getItem('switchboard:probe');
  } catch {
    return null;
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
