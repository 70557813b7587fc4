import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage.js';

describe('memoryStorage', () => {
  it('starts with the items it is given', () => {
    const storage = memoryStorage({ 'switchboard:visitor:demo': '{"token":"t"}' });
    expect(storage.getItem('switchboard:visitor:demo')).toBe('{"token":"t"}');
    expect(storage.getItem('switchboard:outbox:demo')).toBeNull();
  });

  it('keeps what is written and reports each write, a removal as null', () => {
    const writes: Array<[string, string | null]> = [];
    const storage = memoryStorage({}, (key, value) => writes.push([key, value]));
    storage.setItem('switchboard:outbox:demo', '[]');
    storage.removeItem('switchboard:outbox:demo');
    storage.setItem('switchboard:visitor:demo', '{}');
    expect(storage.getItem('switchboard:outbox:demo')).toBeNull();
    expect(storage.getItem('switchboard:visitor:demo')).toBe('{}');
    expect(writes).toEqual([
      ['switchboard:outbox:demo', '[]'],
      ['switchboard:outbox:demo', null],
      ['switchboard:visitor:demo', '{}'],
    ]);
  });

  it('does not change the items it was seeded with', () => {
    const items = { 'switchboard:visitor:demo': 'first' };
    memoryStorage(items).setItem('switchboard:visitor:demo', 'second');
    expect(items).toEqual({ 'switchboard:visitor:demo': 'first' });
  });
});
