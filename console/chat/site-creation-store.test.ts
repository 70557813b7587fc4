import { describe, expect, it } from 'vitest';
import type { SiteDetails } from '../../protocol/sites.js';
import { createFakeSitesApi } from './fake-sites-api.js';
import { createSiteCreationStore } from './site-creation-store.js';

function created() {
  const api = createFakeSitesApi();
  const sites: SiteDetails[] = [];
  const store = createSiteCreationStore({
    api,
    onCreated: (site) => sites.push(site),
    onUnauthorized: () => 0,
  });
  return { api, store, sites };
}

describe('createSiteCreationStore', () => {
  it('adds a site with its origins and hands it to the page', async () => {
    const { api, store, sites } = created();
    const outcome = await store.create({
      id: ' shop ',
      name: 'Shop',
      allowedOrigins: 'https://shop.example\nhttp://localhost:4000/',
    });
    expect(outcome).toEqual({ isSaved: true });
    expect(api.calls).toEqual(['create(shop)']);
    expect(sites.map((site) => [site.id, site.allowedOrigins])).toEqual([
      ['shop', ['https://shop.example', 'http://localhost:4000']],
    ]);
    expect(store.$form.get().notice).toContain('Added Shop.');
  });

  it('sends nothing while a field needs fixing, and names the first one', async () => {
    const { api, store } = created();
    const outcome = await store.create({ id: 'Shop!', name: ' ', allowedOrigins: 'shop.example' });
    expect(outcome).toEqual({ isSaved: false, field: 'id' });
    expect(Object.keys(store.$errors.get())).toEqual(['id', 'name', 'allowedOrigins']);
    expect(api.calls).toEqual([]);
  });

  it('puts a taken id on the id field', async () => {
    const { api, store, sites } = created();
    api.refuseNext('site_exists', 'A site with the id demo already exists.');
    const outcome = await store.create({ id: 'demo', name: 'Demo', allowedOrigins: '' });
    expect(outcome).toEqual({ isSaved: false, field: 'id' });
    expect(store.$errors.get()).toEqual({ id: 'A site with the id demo already exists.' });
    expect(sites).toEqual([]);
  });

  it('forgets the last answer when the form closes', async () => {
    const { store } = created();
    await store.create({ id: '', name: '', allowedOrigins: '' });
    store.reset();
    expect(store.$errors.get()).toEqual({});
    expect(store.$form.get().error).toBeNull();
  });
});
