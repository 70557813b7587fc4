import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHmac } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Agent } from './support/people.js';
import { ShopWebhookBot } from './support/shop-webhook-bot.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

const BOT_SECRET = 'e2e-secret-shared-with-the-atelier-bot-0123456789';
const USER = { id: 'user-7', name: 'Grace Hopper', email: 'grace@atelier.example' };

/** The lamp shop's one knowledge document. */
const BULBS_MARKDOWN = `---
url: https://atelier.example/care/bulbs
---

# Changing a bulb

To change a bulb, switch the lamp off, let it cool for ten minutes, then unscrew the bulb anticlockwise.
`;

/**
 * The lamp shop's page, on its own origin: the snippet the console showed, then the page's own script, which
 * listens for messages and names the signed-in user with the hash its server computed (here, from `?hash=`).
 */
function lampShopPage(snippet: string): string {
  return `<!doctype html><html lang="en"><title>Atelier Lumen</title><h1>Atelier Lumen</h1>
${snippet}
<script>
  window.seenMessages = [];
  Switchboard('on', 'message', (message) => window.seenMessages.push(message));
  Switchboard('identify', {
    id: ${JSON.stringify(USER.id)}, name: ${JSON.stringify(USER.name)}, email: ${JSON.stringify(USER.email)},
    userHash: new URLSearchParams(location.search).get('hash'),
  });
</script></html>`;
}

/**
 * The whole story for a site owner: from the console an admin creates a second site with its own
 * branding, origin and knowledge; the snippet shown there works on a page of that origin; a webhook bot
 * answers on it; and identity verification refuses a forged `userHash` and vouches for a true one.
 */
test('an admin brings a second site with its own brand, origin, knowledge, bot and verified users', async ({
  browser,
}) => {
  const bot = await ShopWebhookBot.start(BOT_SECRET, ({ text }) => ({
    messages: [{ text: `The atelier's own bot read: ${text}` }],
  }));
  const switchboard = await SwitchboardProcess.start();
  const knowledge = mkdtempSync(join(tmpdir(), 'atelier-knowledge-'));
  try {
    const siteOrigin = `http://127.0.0.1:${switchboard.port}`;
    const admin = await Agent.signIn(browser, switchboard.url);
    const settings = admin.page;
    const site = settings.getByRole('form', { name: 'Edit site' });

    await test.step('the admin adds the site, allowed on its own origin, and it opens for editing', async () => {
      await settings.goto(`${switchboard.url}/console/#/settings`);
      await settings.getByRole('button', { name: 'Add site' }).click();
      const dialog = settings.getByRole('dialog', { name: 'Add a site' });
      await dialog.getByLabel('Site id').fill('atelier');
      await dialog.getByLabel('Name').fill('Atelier Lumen');
      await dialog.getByLabel('Allowed origins').fill(siteOrigin);
      await dialog.getByRole('button', { name: 'Create site' }).click();
      await expect(settings.getByText(/Added Atelier Lumen/)).toBeVisible();
    });

    await test.step('brands it, and the live preview follows as they type', async () => {
      await site.getByLabel('Assistant name').fill('Lumi');
      await site.getByLabel('Greeting').fill('Bonjour! Lumi knows our lamps.');
      await site.getByLabel('Suggested prompt 1').fill('How do I change a bulb?');
      await site.getByLabel('Accent colour').fill('#7a1f5c');
      const preview = settings.frameLocator('iframe[title="Widget preview"]');
      await expect(preview.getByText('Bonjour! Lumi knows our lamps.')).toBeVisible();
      await site.getByRole('button', { name: 'Save site' }).click();
      await expect(settings.getByText('Saved Atelier Lumen.')).toBeVisible();
    });

    await test.step("the site's knowledge is ingested for it", () => {
      writeFileSync(join(knowledge, 'bulbs.md'), BULBS_MARKDOWN);
      execFileSync(process.execPath, ['scripts/ingest.js', 'atelier', knowledge], {
        env: { ...process.env, DATABASE_URL: `sqlite:${switchboard.databaseFile}` },
      });
    });

    const snippet = await settings.getByRole('textbox', { name: 'Embed snippet' }).inputValue();
    expect(snippet).toContain('data-site="atelier"');
    const visitor = await openLampShop(browser, siteOrigin, snippet);
    const chat = visitor.frameLocator('iframe[title="Chat"]');
    const transcript = chat.getByRole('log');

    await test.step('on its origin, the snippet draws the branded widget; the knowledge bot answers', async () => {
      await visitor.getByRole('button', { name: 'Open chat with Lumi' }).click();
      await expect(chat.getByRole('heading', { name: 'Lumi' })).toBeVisible();
      await expect(chat.getByText('Bonjour! Lumi knows our lamps.')).toBeVisible();
      await chat.getByRole('button', { name: 'How do I change a bulb?' }).click();
      await expect(transcript).toContainText('unscrew the bulb anticlockwise');
      await expect(transcript.getByRole('link', { name: 'Changing a bulb' })).toHaveAttribute(
        'href',
        'https://atelier.example/care/bulbs',
      );
      await expect
        .poll(() =>
          visitor.evaluate(() => (window as unknown as { seenMessages: { author: string }[] }).seenMessages),
        )
        .toEqual(
          expect.arrayContaining([
            expect.objectContaining({ author: 'assistant', text: expect.stringContaining('anticlockwise') }),
          ]),
        );
    });

    await test.step("the site's config was fetched once, by the snippet's preload, whose answer the loader took", async () => {
      const configFetchers = await visitor.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('/widget-config'))
          .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
      );
      expect(configFetchers).toEqual(['link']);
    });

    await test.step('the admin gives the site its webhook bot, which answers the next message', async () => {
      await site.getByLabel('Bot', { exact: true }).selectOption('webhook');
      await site.getByLabel('Bot URL').fill(bot.url);
      await site.getByLabel('Bot secret').fill(BOT_SECRET);
      await site.getByRole('button', { name: 'Save site' }).click();
      await expect(settings.getByText('Saved Atelier Lumen.')).toBeVisible();

      await chat.getByRole('textbox', { name: 'Message' }).fill('Do you ship to Lyon?');
      await chat.getByRole('button', { name: 'Send' }).click();
      await expect(transcript).toContainText("The atelier's own bot read: Do you ship to Lyon?");
    });

    const secret = await test.step('the admin requires verified identities', async () => {
      await site.getByRole('button', { name: 'Generate secret' }).click();
      const field = site.getByLabel('Identity secret');
      await expect(field).toHaveValue(/^[0-9a-f]{64}$/);
      await site.getByLabel('Require verified identities').check();
      await site.getByRole('button', { name: 'Save site' }).click();
      await expect(settings.getByText('Saved Atelier Lumen.')).toBeVisible();
      return field.inputValue();
    });

    await test.step('a forged userHash is refused: the agent still reads the identity as not verified', async () => {
      const forged = createHmac('sha256', 'not-the-site-secret').update(USER.id).digest('hex');
      const refusal = visitor.waitForEvent('console', (message) =>
        message.text().includes('identity_unverified'),
      );
      await visitor.goto(`${siteOrigin}/lamps.html?hash=${forged}`);
      await visitor.getByRole('button', { name: /Open chat with Lumi/ }).click();
      await refusal;
      // The page named Grace without a hash before the site required one: kept, and shown as not verified.
      await settings.goto(`${switchboard.url}/console/`);
      await settings.getByRole('tab', { name: /Bot/ }).click();
      await settings.getByRole('tabpanel').getByRole('button', { name: /Lyon/ }).click();
      await expect(settings.getByText(USER.name).first()).toBeVisible();
      await expect(settings.getByText('Not verified').first()).toBeVisible();
      await expect(settings.getByText('Verified', { exact: true })).toHaveCount(0);
    });

    await test.step("the true hash from the site's server is verified, and the agent sees so", async () => {
      const userHash = createHmac('sha256', secret).update(USER.id).digest('hex');
      await visitor.goto(`${siteOrigin}/lamps.html?hash=${userHash}`);
      await visitor.getByRole('button', { name: /Open chat with Lumi/ }).click();
      await expect(settings.getByText('Verified', { exact: true }).first()).toBeVisible();
      await expect(settings.getByText('Not verified')).toHaveCount(0);
    });
  } finally {
    rmSync(knowledge, { recursive: true, force: true });
    await switchboard.stop();
    await bot.stop();
  }
});

/** A visitor on the lamp shop's page, served by the browser itself on the site's origin. */
async function openLampShop(browser: Browser, origin: string, snippet: string): Promise<Page> {
  // Chromium asks before a page reaches a loopback address of another origin; a real site meets no such prompt.
  const context = await browser.newContext({ locale: 'en-GB', permissions: ['local-network-access'] });
  const page = await context.newPage();
  await page.route(`${origin}/lamps.html*`, (route) =>
    route.fulfill({ contentType: 'text/html', body: lampShopPage(snippet) }),
  );
  await page.goto(`${origin}/lamps.html`);
  return page;
}
