import { describe, expect, it } from 'vitest';
import { createTestClock } from '../chat/test-clock.js';
import type { OutgoingMessage } from './host-bridge.js';
import { HOST_STORAGE_WAIT_MS, requestHostStorage } from './host-storage.js';

const RECORD = '{"token":"tok_0123456789abcdef","conversationId":"c1","seenSeq":3}';

/** A loader's end of the bridge that records what the frame posts. */
function recordingLoader() {
  const posted: OutgoingMessage[] = [];
  return { posted, post: (message: OutgoingMessage) => void posted.push(message) };
}

describe('requestHostStorage', () => {
  it('asks the loader for the frame’s items at once', () => {
    const loader = recordingLoader();
    requestHostStorage(loader.post, createTestClock());
    expect(loader.posted).toEqual([{ type: 'storage:request' }]);
  });

  it('starts from the loader’s snapshot and sends every write back to the host page', async () => {
    const loader = recordingLoader();
    const request = requestHostStorage(loader.post, createTestClock());
    request.receive({ 'switchboard:visitor:demo': RECORD });
    const storage = await request.storage;
    expect(storage.getItem('switchboard:visitor:demo')).toBe(RECORD);

    storage.setItem('switchboard:outbox:demo', '[]');
    storage.removeItem('switchboard:outbox:demo');
    expect(loader.posted.slice(1)).toEqual([
      { type: 'storage:set', key: 'switchboard:outbox:demo', value: '[]' },
      { type: 'storage:set', key: 'switchboard:outbox:demo', value: null },
    ]);
  });

  it('keeps a key outside the frame’s prefix to itself', async () => {
    const loader = recordingLoader();
    const request = requestHostStorage(loader.post, createTestClock());
    request.receive({});
    (await request.storage).setItem('session', 'x');
    expect(loader.posted).toEqual([{ type: 'storage:request' }]);
  });

  it('starts with a storage that forgets when the loader is silent, and ignores a late snapshot', async () => {
    const loader = recordingLoader();
    const clock = createTestClock();
    const request = requestHostStorage(loader.post, clock);
    clock.advance(HOST_STORAGE_WAIT_MS);
    request.receive({ 'switchboard:visitor:demo': RECORD });
    const storage = await request.storage;
    expect(storage.getItem('switchboard:visitor:demo')).toBeNull();
    storage.setItem('switchboard:visitor:demo', RECORD);
    expect(loader.posted).toEqual([{ type: 'storage:request' }]);
  });

  it('takes the first snapshot only', async () => {
    const loader = recordingLoader();
    const clock = createTestClock();
    const request = requestHostStorage(loader.post, clock);
    request.receive({ 'switchboard:visitor:demo': RECORD });
    request.receive({});
    clock.advance(HOST_STORAGE_WAIT_MS);
    expect((await request.storage).getItem('switchboard:visitor:demo')).toBe(RECORD);
  });
});
