import { request, type Frame, type Page } from '@playwright/test';
import { expectTranscript, Visitor } from './support/people.js';
import { countStoredRows } from './support/stored-rows.js';
import { ADMIN } from './support/switchboard-process.js';
import { expect, test } from './support/fixtures.js';

const SITE_ID = 'lamps-elsewhere';

/** Adds a site allowed on `siteOrigin` through the admin API, as the console's Settings page does. */
async function addSite(relayUrl: string, siteOrigin: string): Promise<void> {
  const admin = await request.newContext({ baseURL: relayUrl, extraHTTPHeaders: { origin: relayUrl } });
  try {
    expect((await admin.post('/api/session', { data: ADMIN })).ok()).toBe(true);
    const created = await admin.post('/api/sites', {
      data: { id: SITE_ID, name: 'Lamps elsewhere', allowedOrigins: [siteOrigin] },
    });
    expect(created.ok()).toBe(true);
  } finally {
    await admin.dispose();
  }
}

/** Whether the browser lets a document use its localStorage: a third-party frame's it may deny. */
async function mayUseStorage(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    try {
      return window.localStorage !== null;
    } catch {
      return false;
    }
  });
}

/** The chat frame, on the relay's origin, inside the host page. */
async function chatFrame(page: Page, relayUrl: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(relayUrl))).toBe(true);
  return page.frames().find((frame) => frame.url().startsWith(relayUrl))!;
}

/**
 * On a site whose pages are on another origin than the relay's, the chat frame is a third-party frame, and
 * the browser denies it localStorage. The frame then keeps the visitor in the host page's storage through
 * the loader, so the next page of the site finds the same visitor and conversation, not a new one.
 */
test('a visitor keeps their conversation from page to page of a site on another origin', async ({
  browser,
  switchboard,
}) => {
  const siteOrigin = `http://127.0.0.1:${switchboard.port}`;
  await addSite(switchboard.url, siteOrigin);
  // Chromium asks before a page reaches a loopback address of another origin; a real site meets no such prompt.
  const context = await browser.newContext({ locale: 'en-GB', permissions: ['local-network-access'] });
  const page = await context.newPage();
  await page.route(`${siteOrigin}/shop/*`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Lamps</title><h1>${new URL(route.request().url()).pathname}</h1>
        <script src="${switchboard.url}/widget.js" data-site="${SITE_ID}" async></script></html>`,
    }),
  );
  const visitor = new Visitor(page);
  const storedBefore = countStoredRows(switchboard.databaseFile);

  await test.step('on the first page, the browser denies the chat frame its storage; the visitor writes', async () => {
    await page.goto(`${siteOrigin}/shop/lamps.html`);
    await visitor.openChat();
    expect(await mayUseStorage(await chatFrame(page, switchboard.url))).toBe(false);
    await visitor.say('Do you sell brass desk lamps?');
    await expectTranscript(visitor.transcript, ['Do you sell brass desk lamps?']);
    await expect
      .poll(() => countStoredRows(switchboard.databaseFile).entries)
      .toBeGreaterThan(storedBefore.entries);
  });

  await test.step('on another page of the site, the chat shows the same conversation', async () => {
    await page.goto(`${siteOrigin}/shop/checkout.html`);
    await visitor.openChat();
    await expectTranscript(visitor.transcript, ['Do you sell brass desk lamps?']);
  });

  await test.step('the relay met one visitor with one conversation', () => {
    const storedAfter = countStoredRows(switchboard.databaseFile);
    expect(storedAfter.visitors - storedBefore.visitors).toBe(1);
    expect(storedAfter.conversations - storedBefore.conversations).toBe(1);
  });
});
