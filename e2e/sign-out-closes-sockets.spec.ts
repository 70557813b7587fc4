import { Agent } from './support/people.js';
import { expect, test } from './support/fixtures.js';

/** Signing out ends the session everywhere: the relay closes the live connection of every console tab. */
test('signing out in one tab closes the console’s connection in the other', async ({
  browser,
  switchboard,
}) => {
  const agent = await Agent.signIn(browser, switchboard.url);
  const otherTab = await agent.page.context().newPage();
  const socketOpened = otherTab.waitForEvent('websocket', (socket) => socket.url().includes('/socket.io/'));
  await otherTab.goto(`${switchboard.url}/console/`);
  await expect(otherTab.getByRole('tab', { name: /Waiting/ })).toBeVisible();
  await expect(otherTab.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const socket = await socketOpened;
  const socketClosed = socket.waitForEvent('close');

  await agent.page.getByRole('button', { name: 'Sign out' }).click();
  await expect(agent.page.getByLabel('Email')).toBeVisible();

  await socketClosed;
  await expect(otherTab.getByRole('alert')).toHaveText('Your session has ended. Sign in again.');
  await expect(otherTab.getByLabel('Email')).toBeVisible();
  await expect(otherTab.getByRole('tab', { name: /Waiting/ })).toHaveCount(0);
});
