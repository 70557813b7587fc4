import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import type { KnowledgeDocumentSummary } from '../../protocol/http-api.js';
import { createFakeSettingsApi } from './fake-settings-api.js';
import { createKnowledgeSettingsStore } from './knowledge-settings-store.js';

const SHIPPING: KnowledgeDocumentSummary = {
  id: 'shipping.md',
  title: 'Shipping',
  url: 'https://shop.example/shipping',
  kind: 'markdown',
  updatedAt: 1,
  citations: 4,
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mounted() {
  const api = createFakeSettingsApi();
  api.knowledge = [SHIPPING];
  const $siteId = atom<string | null>('demo');
  const store = createKnowledgeSettingsStore(api, $siteId, () => undefined);
  const stop = store.$documents.listen(() => undefined);
  return { api, store, $siteId, stop };
}

describe('createKnowledgeSettingsStore', () => {
  it('loads the selected site’s documents while shown, and again for another site', async () => {
    const { api, store, $siteId, stop } = mounted();
    expect(store.$documents.get()).toBeNull();
    await settle();
    expect(store.$documents.get()).toEqual([SHIPPING]);
    api.knowledge = [];
    $siteId.set('other');
    expect(store.$documents.get()).toBeNull();
    await settle();
    expect(store.$documents.get()).toEqual([]);
    expect(api.calls).toEqual(['listKnowledge(demo)', 'listKnowledge(other)']);
    stop();
  });

  it('keeps the relay’s refusal for an alert, and rechecks the session when signed out', async () => {
    const api = createFakeSettingsApi();
    api.refuseNext('unauthorized', 'Sign in again.');
    let rechecks = 0;
    const store = createKnowledgeSettingsStore(api, atom<string | null>('demo'), () => rechecks++);
    const stop = store.$loadError.listen(() => undefined);
    store.$documents.listen(() => undefined);
    await settle();
    expect(store.$loadError.get()).toBe('Sign in again.');
    expect(store.$documents.get()).toBeNull();
    expect(rechecks).toBe(1);
    stop();
  });

  it('loads nothing until the page shows the documents', async () => {
    const api = createFakeSettingsApi();
    createKnowledgeSettingsStore(api, atom<string | null>('demo'), () => undefined);
    await settle();
    expect(api.calls).toEqual([]);
  });
});
