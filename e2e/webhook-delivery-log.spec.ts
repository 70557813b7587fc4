import { Agent, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';
import { isSignedWith, WebhookReceiver } from './support/webhook-receiver.js';

/**
 * An admin adds a webhook endpoint on the Settings page; after a visitor's conversation, the site's server
 * has the events, signed with the secret the page showed, and the page's delivery log shows them delivered.
 */
test('an admin adds a webhook endpoint and sees the conversation’s events delivered', async ({
  browser,
  switchboard,
}) => {
  const receiver = await WebhookReceiver.start();
  const admin = await Agent.signIn(browser, switchboard.url);
  const page = admin.page;
  let secret = '';

  await test.step('the admin opens the demo site’s Settings from the top bar and adds an endpoint', async () => {
    await admin.openSiteSettings('Northwind Outfitters');
    await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('textbox', { name: 'Endpoint URL' }).fill(receiver.url);
    await expect(page.getByRole('checkbox', { name: /Message created/ })).toBeChecked();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Added ${receiver.url}` })).toBeVisible();
    const shown = page.getByLabel(`Signing secret of ${receiver.url}`);
    await expect(shown).toHaveText(/^whsec_/);
    secret = await shown.innerText();
  });

  await test.step('a visitor chats with the assistant', async () => {
    const visitor = await Visitor.arrive(browser, switchboard.url);
    await visitor.openChat();
    await visitor.say('What is your return policy?');
    await expect(visitor.transcript).toContainText('within 30 days');
  });

  await test.step('the site’s server receives the events, signed with the secret', async () => {
    await expect.poll(() => receiver.received.length).toBeGreaterThanOrEqual(3);
    const types = receiver.received.map((request) => request.headers['switchboard-event']);
    expect(types).toEqual(expect.arrayContaining(['conversation.started', 'message.created']));
    for (const request of receiver.received) expect(isSignedWith(request, secret)).toBe(true);
  });

  await test.step('the delivery log shows them delivered at the first attempt', async () => {
    const log = page.getByRole('table', { name: 'Webhook deliveries, newest first' });
    await expect(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(log.getByRole('row').filter({ hasText: 'Conversation started' })).toContainText(
        'Delivered',
        { timeout: 1000 },
      );
    }).toPass();
    await expect(log.getByRole('row').filter({ hasText: 'Message created' }).first()).toContainText('1: 204');
  });

  await test.step('the admin deletes the endpoint, and its deliveries go with it', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Delete ${receiver.url}` }).click();
    await expect(page.getByText('No endpoints yet.')).toBeVisible();
    await expect(page.getByText('No deliveries yet.')).toBeVisible();
  });

  await receiver.stop();
});
