import { expect, test } from '@playwright/test';
import { handoffRulesSettings } from './support/handoff-rules.js';
import { Agent, Visitor } from './support/people.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/**
 * With automatic routing, each visitor who asks for a person is assigned at once to the online agent with
 * the fewest conversations, so two agents share the work without claiming.
 */
test('with two agents online, conversations go to the least loaded', async ({ browser }) => {
  const switchboard = await SwitchboardProcess.start(
    handoffRulesSettings({ sites: { demo: { routing: 'auto' } } }),
  );
  try {
    const admin = await Agent.signIn(browser, switchboard.url);
    const grace = await Agent.signIn(browser, switchboard.url, await admin.addTeammate('Grace'));

    const joinedBy: string[] = [];
    for (const question of ['First visitor here', 'Second visitor here', 'Third visitor here']) {
      const visitor = await Visitor.arrive(browser, switchboard.url);
      await visitor.openChat();
      await visitor.say(question);
      await visitor.askForPerson();
      const joined = visitor.transcript.getByText(/(Admin|Grace) joined the conversation/);
      await expect(joined).toBeVisible();
      joinedBy.push(((await joined.textContent()) ?? '').includes('Grace') ? 'Grace' : 'Admin');
    }

    // Admin and Grace start even (ties go by name), so Admin, then Grace, then Admin again.
    expect(joinedBy).toEqual(['Admin', 'Grace', 'Admin']);
    await expect(admin.page.getByRole('tab', { name: /Mine.*2/ })).toBeVisible();
    await expect(grace.page.getByRole('tab', { name: /Mine.*1/ })).toBeVisible();
  } finally {
    await switchboard.stop();
  }
});
