import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_BRANDING } from '../../protocol/sites.js';
import { fetchBranding } from './widget-config.js';

const NORA = { ...DEFAULT_BRANDING, assistantName: 'Nora', locale: 'fr' };

/** A relay that answers the widget-config request as the real one does, for a few sites. */
let relay: Server;
let relayOrigin = '';

beforeAll(async () => {
  relay = createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/sites/demo/widget-config') {
      reply(200, { siteId: 'demo', branding: NORA, isIdentityRequired: false });
    } else if (request.url === '/sites/painted/widget-config') {
      reply(200, { siteId: 'painted', branding: { ...NORA, accentColor: 'red;x:url(y)' }, isIdentityRequired: false });
    } else if (request.url === '/sites/elsewhere/widget-config') {
      reply(403, { error: { code: 'origin_not_allowed', message: 'Not allowed.' } });
    } else {
      reply(404, { error: { code: 'unknown_site', message: 'No such site.' } });
    }
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relayOrigin = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
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
    expect(warn.mock.calls[0]?.[0]).toBe('Switchboard: the chat for site "elsewhere" is not shown (origin_not_allowed).');
  });

  it('gives nothing and warns for an unknown site or an unreachable relay', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await fetchBranding(relayOrigin, 'nobody')).toBeNull();
    expect(await fetchBranding('http://127.0.0.1:1', 'demo')).toBeNull();
    expect(warn.mock.calls.map(([text]) => text)).toEqual([
      'Switchboard: the chat for site "nobody" is not shown (unknown_site).',
      'Switchboard: the chat for site "demo" is not shown (unreachable).',
    ]);
  });
});
