import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { startHarness, type Harness } from '../testing/switchboard-harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot);
});

afterAll(async () => {
  await harness.close();
});

async function headersOf(path: string): Promise<Headers> {
  const response = await fetch(`${harness.switchboard.url}${path}`);
  await response.arrayBuffer();
  return response.headers;
}

/** A CSP header's directives, by name. */
function directives(headers: Headers): Record<string, string> {
  const policy = headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('security headers', () => {
  it.each(['/healthz', '/api/session', '/widget.js', '/frame/shop', '/console/', '/', '/no-such-page'])(
    'come with every response, %s included',
    async (path) => {
      const headers = await headersOf(path);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(headers.get('content-security-policy')).toMatch(/default-src '(none|self)'/);
      expect(headers.get('x-powered-by')).toBeNull();
    },
  );

  it('let nothing load from, or frame, a response that is not a page', async () => {
    const headers = await headersOf('/api/session');
    expect(directives(headers)).toMatchObject({ 'default-src': "'none'", 'frame-ancestors': "'none'" });
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('let only the site’s own origins frame the chat frame, which runs no inline code', async () => {
    const headers = await headersOf('/frame/shop');
    expect(directives(headers)).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'script-src-attr': "'none'",
      'style-src': "'self'",
      'connect-src': "'self'",
      'base-uri': "'none'",
      'frame-ancestors': "'self' https://shop.example",
    });
    expect(headers.get('x-frame-options')).toBeNull();
    expect(headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('let no page frame the console, and the console frame only the relay’s own chat preview', async () => {
    const headers = await headersOf('/console/inbox');
    expect(directives(headers)).toMatchObject({
      'script-src': "'self'",
      'frame-src': "'self'",
      'frame-ancestors': "'none'",
    });
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  it('give the demo site a host page’s strict policy, with the chat frame allowed', async () => {
    expect(directives(await headersOf('/'))).toMatchObject({
      'script-src': "'self'",
      'style-src': "'self'",
      'frame-src': "'self'",
      'frame-ancestors': "'none'",
    });
  });

  it('let any page load the loader', async () => {
    expect((await headersOf('/widget.js')).get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('refuse to build a frame policy from a site origin that would inject a directive', async () => {
    await harness.store.upsertSite({
      id: 'broken',
      name: 'Broken',
      allowedOrigins: ["https://ok.example; script-src 'unsafe-inline'"],
      createdAt: 0,
    });
    const response = await fetch(`${harness.switchboard.url}/frame/broken`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });
});
