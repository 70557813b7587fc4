import { expect, test } from '@playwright/test';
import { ConnectionSwitch } from './support/connection-switch.js';
import { Agent, Visitor } from './support/people.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/**
 * An agent whose connection drops keeps the conversation for the grace period; after it, the visitor goes
 * back to the front of the queue, not to the bot, and a teammate can take them.
 */
test('a dropped agent’s conversation is re-queued after the grace period', async ({ browser }) => {
  const switchboard = await SwitchboardProcess.start({ SWITCHBOARD_AGENT_GRACE_SECONDS: '3' });
  try {
    const admin = await Agent.signIn(browser, switchboard.url);
    const grace = await Agent.signIn(browser, switchboard.url, await admin.addTeammate('Grace'));
    const adminConnection = await ConnectionSwitch.install(admin.page);
    await admin.page.reload();

    const visitor = await Visitor.arrive(browser, switchboard.url);
    await visitor.openChat();
    await visitor.askForPerson();
    await visitor.say('My order never arrived');
    await admin.takeOverWaiting(/never arrived/);
    await expect(visitor.transcript).toContainText('Admin joined the conversation');

    await adminConnection.cut();

    await test.step('after the grace period the visitor is back in the queue, first', async () => {
      await expect(visitor.transcript).toContainText('Admin was disconnected', { timeout: 15_000 });
      await expect(visitor.chat.getByText("You're number 1 in the queue")).toBeVisible();
    });

    await test.step('a teammate takes the visitor from the queue', async () => {
      await grace.takeOverWaiting(/never arrived/);
      await expect(visitor.transcript).toContainText('Grace joined the conversation');
    });
  } finally {
    await switchboard.stop();
  }
});
