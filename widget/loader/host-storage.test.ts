import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameItems, setHostItem } from './host-storage.js';

/**
 * The host page's localStorage as browsers expose it: each item is an own enumerable property of the
 * storage object, and the methods live on its prototype.
 */
class PageStorage {
  [key: string]: unknown;
  constructor(items: Record<string, string>) {
    Object.assign(this, items);
  }
  getItem(key: string): string | null {
    return Object.hasOwn(this, key) ? (this[key] as string) : null;
  }
  setItem(key: string, value: string): void {
    this[key] = value;
  }
  removeItem(key: string): void {
    delete this[key];
  }
}

// As in browsers, the methods are enumerable too, so a `for…in` over the storage meets them.
for (const method of ['getItem', 'setItem', 'removeItem']) {
  Object.defineProperty(PageStorage.prototype, method, { enumerable: true });
}

/** The host page's localStorage where a privacy setting forbids it: reading the property throws. */
function blockStorage(): void {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      throw new Error('SecurityError: Access is denied for this document.');
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('the host page’s storage for the chat frame', () => {
  it('gives the frame its own items only, never the page’s others', () => {
    vi.stubGlobal(
      'localStorage',
      new PageStorage({
        'switchboard:visitor:demo': '{"token":"t"}',
        'switchboard:demo:live': '1',
        session: 'the page’s own secret',
        'cart:switchboard:': '3 lamps',
      }),
    );
    expect(frameItems()).toEqual({
      'switchboard:visitor:demo': '{"token":"t"}',
      'switchboard:demo:live': '1',
    });
  });

  it('writes and removes the frame’s items', () => {
    const storage = new PageStorage({ session: 'kept' });
    vi.stubGlobal('localStorage', storage);
    setHostItem('switchboard:outbox:demo', '[]');
    setHostItem('switchboard:visitor:demo', '{"token":"t"}');
    setHostItem('switchboard:outbox:demo', null);
    expect({ ...storage }).toEqual({ session: 'kept', 'switchboard:visitor:demo': '{"token":"t"}' });
  });

  it('gives an empty snapshot and drops writes when the page’s storage is blocked too', () => {
    blockStorage();
    expect(frameItems()).toEqual({});
    expect(() => setHostItem('switchboard:visitor:demo', '{"token":"t"}')).not.toThrow();
  });

  it('drops a write the page’s storage refuses, when it is full', () => {
    const storage = new PageStorage({});
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    vi.stubGlobal('localStorage', storage);
    expect(() => setHostItem('switchboard:visitor:demo', 'x'.repeat(10))).not.toThrow();
  });
});
