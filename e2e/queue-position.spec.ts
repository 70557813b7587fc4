import { expect, test } from '@playwright/test';
import { Agent, Visitor } from './support/people.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/** Three visitors waiting see their places in the queue, and each moves up, live, when one is taken. */
test('queue positions update live for three waiting visitors', async ({ browser }) => {
  const switchboard = await SwitchboardProcess.start();
  try {
    const agent = await Agent.signIn(browser, switchboard.url);
    const visitors: Visitor[] = [];
    for (const [index, question] of ['Anna waiting', 'Ben waiting', 'Cleo waiting'].entries()) {
      const visitor = await Visitor.arrive(browser, switchboard.url);
      await visitor.openChat();
      await visitor.askForPerson();
      await expect(visitor.chat.getByText(`You're number ${index + 1} in the queue`)).toBeVisible();
      await visitor.say(question);
      visitors.push(visitor);
    }

    await agent.takeOverWaiting(/Anna waiting/);

    const [anna, ben, cleo] = visitors as [Visitor, Visitor, Visitor];
    await expect(anna.transcript).toContainText('Admin joined the conversation');
    await expect(anna.chat.getByRole('status').filter({ hasText: /in the queue/ })).toHaveCount(0);
    await expect(ben.chat.getByText("You're number 1 in the queue")).toBeVisible();
    await expect(cleo.chat.getByText("You're number 2 in the queue")).toBeVisible();
  } finally {
    await switchboard.stop();
  }
});
