import { countStoredRows } from './support/stored-rows.js';
import { visitorHandshakeFrom } from './support/visitor-handshake.js';
import { expect, test } from './support/fixtures.js';

/**
 * The demo site allows chat only on the relay's own origin, `http://localhost:PORT`. The same server
 * reached as `http://127.0.0.1:PORT` is another origin, so a page there stands for a site that copied the
 * snippet without being allowed: it is served here by the browser itself, and loads the real loader.
 */
test('the widget does not start on a page whose origin the site does not allow', async ({
  browser,
  switchboard,
}) => {
  const foreignOrigin = `http://127.0.0.1:${switchboard.port}`;
  // Chromium asks before a page reaches a loopback address of another origin; a real copied snippet on a
  // public site meets no such prompt, so it is granted here.
  const page = await (await browser.newContext({ permissions: ['local-network-access'] })).newPage();
  await page.route(`${foreignOrigin}/copied-snippet.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Not the shop</title><h1>Not the shop</h1>
        <script src="${switchboard.url}/widget.js" data-site="demo" async></script></html>`,
    }),
  );
  const storedBefore = countStoredRows(switchboard.databaseFile);

  await test.step('the loader draws no launcher there, and says why on the page’s console', async () => {
    const warning = page.waitForEvent('console', (message) => message.text().includes('origin_not_allowed'));
    await page.goto(`${foreignOrigin}/copied-snippet.html`);
    await warning;
    await expect(page.getByRole('button', { name: /open chat/i })).toHaveCount(0);
  });

  await test.step('the chat frame refuses to be framed there, even when the page frames it itself', async () => {
    const refusal = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
    await page.evaluate((frameUrl) => {
      const frame = document.createElement('iframe');
      frame.title = 'Chat';
      frame.src = frameUrl;
      document.body.append(frame);
    }, `${switchboard.url}/frame/demo`);
    await refusal;
    const chat = page.frameLocator('iframe[title="Chat"]');
    await expect(chat.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  });

  await test.step('a chat connection from the page is refused', async () => {
    const code = await visitorHandshakeFrom(page, switchboard.url, 'demo');
    expect(code).toBe('origin_not_allowed');
  });

  expect(countStoredRows(switchboard.databaseFile)).toEqual(storedBefore);
});
