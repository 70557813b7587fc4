import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import type { SiteDetails } from '../../protocol/sites.js';
import { createFakeSitesApi } from './fake-sites-api.js';
import { createSiteEditorStore } from './site-editor-store.js';
import { siteDetails } from './site-fixtures.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mounted() {
  const api = createFakeSitesApi([
    siteDetails({ id: 'demo', name: 'Demo' }),
    siteDetails({ id: 'shop', name: 'Shop', allowedOrigins: ['https://shop.example'] }),
  ]);
  const $siteId = atom<string | null>('demo');
  const saved: SiteDetails[] = [];
  let rechecks = 0;
  const store = createSiteEditorStore({
    api,
    $siteId,
    onSaved: (site) => saved.push(site),
    onUnauthorized: () => rechecks++,
  });
  const stop = store.$site.listen(() => undefined);
  return { api, store, $siteId, saved, stop, rechecks: () => rechecks };
}

describe('createSiteEditorStore', () => {
  it('loads nothing until shown, then the selected site and a draft of it, again for another site', async () => {
    const api = createFakeSitesApi();
    createSiteEditorStore({ api, $siteId: atom('demo'), onSaved: () => undefined, onUnauthorized: () => 0 });
    await settle();
    expect(api.calls).toEqual([]);

    const { store, $siteId, api: shown } = mounted();
    await settle();
    expect(store.$draft.get()?.name).toBe('Demo');
    $siteId.set('shop');
    expect(store.$draft.get()).toBeNull();
    await settle();
    expect(store.$draft.get()?.allowedOrigins).toBe('https://shop.example');
    expect(shown.calls).toEqual(['get(demo)', 'get(shop)']);
  });

  it('previews the draft’s branding as it is typed', async () => {
    const { store } = mounted();
    await settle();
    store.edit({ assistantName: 'Nora', accentColor: '#aa0000' });
    expect(store.$preview.get()).toMatchObject({ assistantName: 'Nora', accentColor: '#aa0000' });
  });

  it('saves the draft, shows the stored site and tells the sites list', async () => {
    const { api, store, saved } = mounted();
    await settle();
    store.edit({ name: 'Demo shop', greeting: 'Bonjour !', locale: 'fr' });
    expect(await store.save()).toEqual({ isSaved: true });
    expect(api.sites[0]?.branding).toMatchObject({ greeting: 'Bonjour !', locale: 'fr' });
    expect(store.$site.get()?.name).toBe('Demo shop');
    expect(saved.map((site) => site.name)).toEqual(['Demo shop']);
    expect(store.$form.get()).toEqual({ isBusy: false, error: null, notice: 'Saved Demo shop.' });
  });

  it('sends nothing while a field needs fixing, names the first one, and forgets an error once edited', async () => {
    const { api, store } = mounted();
    await settle();
    store.edit({ allowedOrigins: 'shop.example', assistantName: '' });
    expect(await store.save()).toEqual({ isSaved: false, field: 'allowedOrigins' });
    expect(api.calls).toEqual(['get(demo)']);
    expect(Object.keys(store.$errors.get()).toSorted()).toEqual(['allowedOrigins', 'assistantName']);
    store.edit({ allowedOrigins: 'https://shop.example' });
    expect(Object.keys(store.$errors.get())).toEqual(['assistantName']);
  });

  it('puts the relay’s refusal on the field it names and keeps the draft', async () => {
    const { api, store } = mounted();
    await settle();
    store.edit({ greeting: 'Hello there' });
    api.refuseNext('invalid_payload', 'branding.logoUrl: expected an https: URL');
    expect(await store.save()).toEqual({ isSaved: false, field: 'logoUrl' });
    expect(store.$errors.get()).toEqual({ logoUrl: 'branding.logoUrl: expected an https: URL' });
    expect(store.$draft.get()?.greeting).toBe('Hello there');
  });

  it('generates a secret, then replaces it', async () => {
    const { store } = mounted();
    await settle();
    await store.generateSecret();
    const first = store.$site.get()?.identity.secret;
    expect(first).toMatch(/^[0-9]{64}$/);
    expect(store.$secretForm.get().notice).toBe('Secret generated. Copy it to your server.');
    await store.generateSecret();
    expect(store.$site.get()?.identity.secret).not.toBe(first);
    expect(store.$secretForm.get().notice).toContain('Secret replaced');
  });

  it('requires verified identities once a secret exists', async () => {
    const { api, store } = mounted();
    await settle();
    store.edit({ isIdentityRequired: true });
    expect(await store.save()).toEqual({ isSaved: false, field: 'isIdentityRequired' });
    await store.generateSecret();
    expect(await store.save()).toEqual({ isSaved: true });
    expect(api.sites[0]?.identity.isRequired).toBe(true);
  });

  it('asks the session to check itself when the relay no longer knows the agent', async () => {
    const { api, store, rechecks } = mounted();
    await settle();
    api.refuseNext('unauthorized', 'Sign in again.');
    await store.generateSecret();
    expect(store.$secretForm.get().error).toBe('Sign in again.');
    expect(rechecks()).toBe(1);
  });
});
