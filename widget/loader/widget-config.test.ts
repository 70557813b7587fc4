import express from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SiteBranding } from '../../protocol/sites.js';
import { fetchBranding } from './widget-config.js';

const NORA: SiteBranding = {
  assistantName: 'Nora',
  greeting: 'Bonjour !',
  tone: 'friendly',
  accentColor: '#0b6e4f',
  accentTextColor: '#ffffff',
  logoUrl: null,
  launcherPosition: 'bottom-left',
  locale: 'fr',
  suggestedPrompts: [],
};

/** A relay that answers the widget-config request as the real one does, for a few sites. */
let relay: ReturnType<ReturnType<typeof express>['listen']>;
let relayOrigin = '';

beforeAll(async () => {
  const app = express();
  app.get('/sites/demo/widget-config', (_request, response) => {
    response.json({ siteId: 'demo', branding: NORA, isIdentityRequired: false });
  });
  app.get('/sites/painted/widget-config', (_request, response) => {
    response.json({ siteId: 'painted', branding: { ...NORA, accentColor: 'red;x:url(y)' } });
  });
  app.get('/sites/proxied/widget-config', (_request, response) => {
    response.status(502).type('html').send('<h1>Bad gateway</h1>');
  });
  app.get('/sites/elsewhere/widget-config', (_request, response) => {
    response.status(403).json({ error: { code: 'origin_not_allowed', message: 'Not allowed.' } });
  });
  app.use((_request, response) => {
    response.status(404).json({ error: { code: 'unknown_site', message: 'No such site.' } });
  });
  relay = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => relay.once('listening', resolve));
  relayOrigin = `http://127.0.0.1:${(relay.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((resolve) => relay.close(() => resolve())));
afterEach(() => vi.restoreAllMocks());

describe('fetchBranding', () => {
  it('reads the site’s branding', async () => {
    expect(await fetchBranding(relayOrigin, 'demo')).toEqual(NORA);
  });

  it('refuses colours that are not #rrggbb, which would reach the launcher’s style sheet', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await fetchBranding(relayOrigin, 'painted')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('gives nothing and warns once when the relay refuses the page’s origin', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await fetchBranding(relayOrigin, 'elsewhere')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]).toEqual(['Switchboard: no chat for site "elsewhere":', 'origin_not_allowed']);
  });

  it('gives nothing and warns for an unknown site, a failing relay or an unreachable one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await fetchBranding(relayOrigin, 'nobody')).toBeNull();
    expect(await fetchBranding(relayOrigin, 'proxied')).toBeNull();
    expect(await fetchBranding('http://127.0.0.1:1', 'demo')).toBeNull();
    expect(warn.mock.calls).toEqual([
      ['Switchboard: no chat for site "nobody":', 'unknown_site'],
      ['Switchboard: no chat for site "proxied":', 502],
      ['Switchboard: no chat for site "demo":', 'unreachable'],
    ]);
  });
});
