import { describe, expect, it } from 'vitest';
import { createFakeSettingsApi } from './fake-settings-api.js';
import { createSettingsStore, describeRetention } from './settings-store.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mounted() {
  const api = createFakeSettingsApi();
  api.sites = [
    { id: 'demo', name: 'Demo', retentionDays: null },
    { id: 'shop', name: 'Shop', retentionDays: 30 },
  ];
  const unauthorized: string[] = [];
  const store = createSettingsStore(api, () => unauthorized.push('recheck'));
  const stop = store.$sites.listen(() => undefined);
  return { api, store, stop, unauthorized };
}

describe('createSettingsStore', () => {
  it('loads nothing until the page shows it, then the sites and the first site’s deletions', async () => {
    const api = createFakeSettingsApi();
    createSettingsStore(api, () => undefined);
    await settle();
    expect(api.calls).toEqual([]);

    const { api: shown, store } = mounted();
    await settle();
    expect(shown.calls).toEqual(['listSites', 'listDeletions(demo)']);
    expect(store.$site.get()).toEqual({ id: 'demo', name: 'Demo', retentionDays: null });
  });

  it('switches to another site and loads its deletions', async () => {
    const { api, store } = mounted();
    await settle();
    store.selectSite('shop');
    await settle();
    expect(store.$site.get()?.retentionDays).toBe(30);
    expect(api.calls.at(-1)).toBe('listDeletions(shop)');
  });

  it('saves the retention and says what it now means', async () => {
    const { store } = mounted();
    await settle();
    await store.saveRetention(7);
    expect(store.$site.get()?.retentionDays).toBe(7);
    expect(store.$retentionForm.get()).toEqual({
      isBusy: false,
      error: null,
      notice: 'Saved. Conversations with no new message for 7 days are deleted.',
    });
  });

  it('shows the relay’s refusal and keeps the setting as it was', async () => {
    const { api, store } = mounted();
    await settle();
    api.refuseNext('forbidden', 'Only admins may do this.');
    await store.saveRetention(7);
    expect(store.$retentionForm.get()).toMatchObject({ error: 'Only admins may do this.', notice: null });
    expect(store.$site.get()?.retentionDays).toBeNull();
  });

  it('asks the session to check itself when the relay no longer knows the agent', async () => {
    const { api, store, unauthorized } = mounted();
    await settle();
    api.refuseNext('unauthorized', 'Not signed in.');
    await store.saveRetention(7);
    expect(unauthorized).toEqual(['recheck']);
  });

  it('lists a new site after the others and renames a listed one in place', async () => {
    const { store } = mounted();
    await settle();
    store.upsertSite({ id: 'blog', name: 'Blog', retentionDays: null });
    store.upsertSite({ id: 'demo', name: 'Demo shop', retentionDays: null });
    expect(store.$sites.get()?.map((site) => site.name)).toEqual(['Demo shop', 'Shop', 'Blog']);
  });
});

describe('describeRetention', () => {
  it('says whether and when conversations are deleted', () => {
    expect(describeRetention(null)).toBe('Conversations are kept forever.');
    expect(describeRetention(1)).toBe('Conversations with no new message for 1 day are deleted.');
  });
});
