import { expect, test } from '@playwright/test';
import { Agent, Visitor } from './support/people.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/**
 * When an agent resolves the conversation (with the keyboard shortcut), the visitor rates it, and the agent
 * sees the rating.
 */
test('an agent resolves a conversation and the visitor rates it', async ({ browser }) => {
  const switchboard = await SwitchboardProcess.start();
  try {
    const agent = await Agent.signIn(browser, switchboard.url);
    const visitor = await Visitor.arrive(browser, switchboard.url);
    await visitor.openChat();
    await visitor.askForPerson();
    await visitor.say('Can you check my delivery date?');
    await agent.takeOverWaiting(/delivery date/);
    await agent.reply('It arrives on Thursday.');
    // Resolved from the keyboard: the shortcut `r` works wherever focus is not in a text field.
    await agent.timeline.focus();
    await agent.page.keyboard.press('r');

    await test.step('the visitor is asked to rate the conversation, and does', async () => {
      const rating = visitor.chat.getByRole('radiogroup', { name: 'Rate this conversation' });
      await expect(rating).toBeVisible();
      await rating.getByRole('radio', { name: '4 out of 5' }).check();
      await visitor.chat.getByRole('textbox', { name: 'Comment (optional)' }).fill('Quick and friendly.');
      await visitor.chat.getByRole('button', { name: 'Submit rating' }).click();
      await expect(visitor.transcript).toContainText(/thanks for your rating/i);
      await expect(rating).toBeHidden();
    });

    await test.step('the agent sees the rating with the conversation', async () => {
      await expect(agent.timeline).toContainText('The visitor rated the conversation: Rated 4 out of 5');
      await expect(agent.timeline).toContainText('Quick and friendly.');
    });
  } finally {
    await switchboard.stop();
  }
});
