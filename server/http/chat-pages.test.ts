import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING, type PublicSiteConfig } from '../../protocol/sites.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot);
  await harness.store.updateSite(SITE_ID, {
    branding: {
      greeting: 'Hi </script><script>window.__xss = 1</script>',
      logoUrl: 'https://cdn.example/a/logo.png',
    },
    identity: { isRequired: true },
  });
  await harness.store.setIdentitySecret(SITE_ID, 'f'.repeat(64));
});

afterAll(async () => {
  await harness.close();
});

function policyOf(response: Response): Record<string, string> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

function inlinedConfig(html: string): unknown {
  const match = /<script type="application\/json" id="site-config">([^<]*)<\/script>/.exec(html);
  return match?.[1] === undefined ? null : JSON.parse(match[1]);
}

const EXPECTED_CONFIG: PublicSiteConfig = {
  siteId: SITE_ID,
  branding: {
    ...DEFAULT_BRANDING,
    greeting: 'Hi </script><script>window.__xss = 1</script>',
    logoUrl: 'https://cdn.example/a/logo.png',
  },
  isIdentityRequired: true,
};

describe.each([
  ['/frame', "'self' https://shop.example"],
  ['/chat', "'self'"],
])('the chat page at %s/:siteId', (prefix, frameAncestors) => {
  it('carries the site’s public config, and no secret', async () => {
    const response = await fetch(`${harness.switchboard.url}${prefix}/${SITE_ID}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(inlinedConfig(html)).toEqual(EXPECTED_CONFIG);
    expect(html).not.toContain('f'.repeat(64));
    expect(html).not.toContain('<script>window');
  });

  it(`may be framed by ${frameAncestors} only, and shows the logo from its origin`, async () => {
    const response = await fetch(`${harness.switchboard.url}${prefix}/${SITE_ID}`);
    await response.arrayBuffer();
    expect(policyOf(response)).toMatchObject({
      'frame-ancestors': frameAncestors,
      'img-src': "'self' data: https://cdn.example",
      'script-src': "'self'",
    });
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('answers 404 for an unknown site', async () => {
    const response = await fetch(`${harness.switchboard.url}${prefix}/nowhere`);
    expect(response.status).toBe(404);
    expect(inlinedConfig(await response.text())).toBeNull();
  });
});
