import { describe, expect, it } from 'vitest';
import type { CannedResponse } from '../../protocol/http-api.js';
import { createCannedResponseStore } from './canned-response-store.js';
import type { ApiOutcome, CannedResponsesApi } from './ports.js';

/** An in-memory API with the relay's rules: unique shortcuts, ids it chooses. */
function createFakeApi(held: CannedResponse[] = []) {
  let responses = [...held];
  let count = 0;
  const taken = (shortcut: string, id: string | null) =>
    responses.some((response) => response.shortcut === shortcut && response.id !== id);
  const refuseTaken = <Value>(): ApiOutcome<Value> => ({
    ok: false,
    code: 'shortcut_taken',
    message: 'Another canned response already has that shortcut.',
  });
  const api: CannedResponsesApi = {
    list: () => Promise.resolve({ ok: true, value: responses }),
    create: (request) => {
      if (taken(request.shortcut, null)) return Promise.resolve(refuseTaken());
      const response = { id: `r${++count}`, ...request };
      responses = [...responses, response];
      return Promise.resolve({ ok: true, value: response });
    },
    replace: (id, request) => {
      if (taken(request.shortcut, id)) return Promise.resolve(refuseTaken());
      responses = responses.map((response) => (response.id === id ? { id, ...request } : response));
      return Promise.resolve({ ok: true, value: { id, ...request } });
    },
    remove: (id) => {
      responses = responses.filter((response) => response.id !== id);
      return Promise.resolve({ ok: true, value: null });
    },
  };
  return api;
}

const HELLO = { id: 'h', shortcut: 'hello', text: 'Hello!' };

describe('createCannedResponseStore', () => {
  it('loads the list sorted by shortcut and keeps it sorted as responses are added', async () => {
    const store = createCannedResponseStore(createFakeApi([HELLO]), () => undefined);
    await store.load();
    expect(await store.save(null, { shortcut: 'bye', text: 'Bye!' })).toBe(true);
    expect(store.$responses.get().map((response) => response.shortcut)).toEqual(['bye', 'hello']);
    expect(store.$form.get()).toEqual({ isBusy: false, error: null, notice: 'Saved /bye.' });
  });

  it('shows the relay’s refusal of a taken shortcut and keeps the list', async () => {
    const store = createCannedResponseStore(createFakeApi([HELLO]), () => undefined);
    await store.load();
    expect(await store.save(null, { shortcut: 'hello', text: 'Hi' })).toBe(false);
    expect(store.$form.get().error).toBe('Another canned response already has that shortcut.');
    expect(store.$responses.get()).toEqual([HELLO]);
  });

  it('replaces a response in place and deletes one', async () => {
    const store = createCannedResponseStore(createFakeApi([HELLO]), () => undefined);
    await store.load();
    await store.save('h', { shortcut: 'hi', text: 'Hi there' });
    expect(store.$responses.get()).toEqual([{ id: 'h', shortcut: 'hi', text: 'Hi there' }]);
    await store.remove('h');
    expect(store.$responses.get()).toEqual([]);
    expect(store.$form.get().notice).toBe('Deleted /hi.');
  });
});
