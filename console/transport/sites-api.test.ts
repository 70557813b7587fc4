import { describe, expect, it } from 'vitest';
import { recordingFetch } from './recording-fetch.js';
import { siteDetails } from '../chat/site-fixtures.js';
import { createSitesApi } from './sites-api.js';

function answering(status: number, body: unknown) {
  const { fetch, requests } = recordingFetch(status, body);
  return { api: createSitesApi(fetch), requests };
}

const SHOP = siteDetails({ id: 'shop', name: 'Shop' });

describe('createSitesApi', () => {
  it('reads a site in full', async () => {
    const { api, requests } = answering(200, { site: SHOP });
    expect(await api.get('shop')).toEqual({ ok: true, value: SHOP });
    expect(requests).toEqual([{ url: '/api/sites/shop', method: 'GET', body: undefined }]);
  });

  it('creates a site and reads the stored one', async () => {
    const { api, requests } = answering(201, { site: SHOP });
    const request = { id: 'shop', name: 'Shop', allowedOrigins: ['https://shop.example'] };
    expect(await api.create(request)).toEqual({ ok: true, value: SHOP });
    expect(requests).toEqual([{ url: '/api/sites', method: 'POST', body: request }]);
  });

  it('passes on a taken id as site_exists', async () => {
    const { api } = answering(409, { error: { code: 'site_exists', message: 'Taken.' } });
    expect(await api.create({ id: 'shop', name: 'Shop', allowedOrigins: [] })).toEqual({
      ok: false,
      code: 'site_exists',
      message: 'Taken.',
    });
  });

  it('sends only the parts that change', async () => {
    const { api, requests } = answering(200, { site: SHOP });
    await api.update('shop', { identity: { isRequired: true } });
    expect(requests).toEqual([
      { url: '/api/sites/shop', method: 'PATCH', body: { identity: { isRequired: true } } },
    ]);
  });

  it('generates an identity secret', async () => {
    const secret = 'a'.repeat(64);
    const { api, requests } = answering(200, { secret });
    expect(await api.generateIdentitySecret('shop')).toEqual({ ok: true, value: secret });
    expect(requests[0]).toMatchObject({ url: '/api/sites/shop/identity-secret', method: 'POST' });
  });
});
