import type { Page } from '@playwright/test';
import { Agent, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';

const ATTACK = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

/** Whether the attack's script ran in any frame of `page`. */
async function hasRunAnywhere(page: Page): Promise<boolean> {
  const results = await Promise.all(
    page.frames().map((frame) => frame.evaluate(() => '__xss' in window).catch(() => false)),
  );
  return results.includes(true);
}

/** Markup a visitor types is shown to the agent as the characters typed, and none of it runs. */
test('a visitor’s script and markup show as text in the console and never run', async ({
  browser,
  switchboard,
}) => {
  const visitor = await Visitor.arrive(browser, switchboard.url);
  const agent = await Agent.signIn(browser, switchboard.url);

  await visitor.openChat();
  await visitor.askForPerson();
  await expect(visitor.chat.getByText('Waiting for a person')).toBeVisible();
  await visitor.say(ATTACK);
  await expect(visitor.transcript).toContainText(ATTACK);

  await agent.page.getByRole('tab', { name: /Waiting/ }).click();
  const row = agent.page.getByRole('tabpanel').getByRole('button', { name: /window\.__xss/ });
  await expect(row).toContainText(ATTACK);
  await row.click();
  await expect(agent.timeline).toContainText(ATTACK);

  await expect(agent.timeline.locator('img[src="x"], script')).toHaveCount(0);
  expect(await hasRunAnywhere(agent.page)).toBe(false);
  expect(await hasRunAnywhere(visitor.page)).toBe(false);
});
