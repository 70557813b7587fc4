import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot);
});

afterAll(async () => {
  await harness.close();
});

function loaderWithSite(site: string): Promise<Response> {
  return fetch(`${harness.switchboard.url}/widget.js?site=${encodeURIComponent(site)}`);
}

describe('the loader’s address', () => {
  it('has the browser preload the site’s config when it names the site', async () => {
    const response = await loaderWithSite(SITE_ID);

    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toBe(
      `</sites/${SITE_ID}/widget-config>; rel=preload; as=fetch; crossorigin`,
    );
  });

  it('preloads nothing when it names no site', async () => {
    const response = await fetch(`${harness.switchboard.url}/widget.js`);

    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toBeNull();
  });

  it.each(['Shop', '../sites', 'shop>; rel=preconnect', 'shop\r\nSet-Cookie: a=1', '-shop', 'x'.repeat(65)])(
    'preloads nothing for a site id that is not one, such as %j, and still serves the loader',
    async (site) => {
      const response = await loaderWithSite(site);

      expect(response.status).toBe(200);
      expect(response.headers.get('link')).toBeNull();
      expect(response.headers.get('set-cookie')).toBeNull();
    },
  );
});
