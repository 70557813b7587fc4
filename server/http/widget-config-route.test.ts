import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../protocol/http-api.js';
import { DEFAULT_BRANDING, type PublicSiteConfig } from '../../protocol/sites.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot);
  await harness.store.setIdentitySecret(SITE_ID, 'f'.repeat(64));
});

afterAll(async () => {
  await harness.close();
});

async function widgetConfig(siteId: string, origin?: string) {
  const response = await fetch(`${harness.switchboard.url}/sites/${siteId}/widget-config`, {
    headers: origin === undefined ? {} : { origin },
  });
  const text = await response.text();
  return { response, text, body: JSON.parse(text) as PublicSiteConfig | ErrorResponse };
}

const CONFIG: PublicSiteConfig = { siteId: SITE_ID, branding: DEFAULT_BRANDING, isIdentityRequired: false };

describe('the widget’s public config', () => {
  it('lets a page of an allowed origin read it across origins', async () => {
    const { response, body, text } = await widgetConfig(SITE_ID, 'https://shop.example');
    expect(response.status).toBe(200);
    expect(body).toEqual(CONFIG);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(text).not.toContain('f'.repeat(64));
  });

  it('lets the relay’s own pages read it', async () => {
    const { response, body } = await widgetConfig(SITE_ID, harness.switchboard.url);
    expect(response.status).toBe(200);
    expect(body).toEqual(CONFIG);
    expect(response.headers.get('access-control-allow-origin')).toBe(harness.switchboard.url);
  });

  it('answers a request without an Origin header, with no CORS header', async () => {
    const { response, body } = await widgetConfig(SITE_ID);
    expect(response.status).toBe(200);
    expect(body).toEqual(CONFIG);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each(['https://evil.example', 'https://shop.example.evil.example', 'http://shop.example', 'null'])(
    'refuses the origin %s with origin_not_allowed, readable by the page so the loader can say why',
    async (origin) => {
      const { response, body } = await widgetConfig(SITE_ID, origin);
      expect(response.status).toBe(403);
      expect((body as ErrorResponse).error.code).toBe('origin_not_allowed');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('vary')).toBe('Origin');
    },
  );

  it('answers unknown_site for a site that does not exist', async () => {
    const { response, body } = await widgetConfig('nowhere', 'https://shop.example');
    expect(response.status).toBe(404);
    expect((body as ErrorResponse).error.code).toBe('unknown_site');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('shows an admin’s change at the next read', async () => {
    await harness.store.updateSite(SITE_ID, { branding: { assistantName: 'Nora' }, allowedOrigins: [] });
    const { body } = await widgetConfig(SITE_ID);
    expect((body as PublicSiteConfig).branding.assistantName).toBe('Nora');
    const { response } = await widgetConfig(SITE_ID, 'https://shop.example');
    expect(response.status).toBe(403);
  });
});
