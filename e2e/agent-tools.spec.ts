import { expect, test } from '@playwright/test';
import { Agent, Visitor } from './support/people.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/**
 * The agent's tools during a live conversation: each side sees the other typing (never the draft), a private
 * note stays among agents, and a canned response an admin saved goes in with its shortcut.
 */
test('an agent sees the visitor typing, notes privately and answers with a canned response', async ({
  browser,
}) => {
  const switchboard = await SwitchboardProcess.start();
  const note = 'Customer 4471: second late parcel this month.';
  try {
    const agent = await Agent.signIn(browser, switchboard.url);

    await test.step('an admin saves a canned response on the Settings page', async () => {
      await agent.page.goto(`${switchboard.url}/console/#/settings`);
      const form = agent.page.getByRole('form', { name: 'Add a canned response' });
      await form.getByLabel('Shortcut').fill('late');
      await form.getByLabel('Text').fill('Sorry it is late: I have sent a replacement by express delivery.');
      await form.getByRole('button', { name: 'Add canned response' }).click();
      await expect(agent.page.getByRole('table', { name: 'Canned responses' })).toContainText('/late');
      await agent.page.goto(`${switchboard.url}/console/`);
    });

    const visitor = await Visitor.arrive(browser, switchboard.url);
    await visitor.openChat();
    await visitor.askForPerson();
    await visitor.say('My parcel is late again');
    await agent.takeOverWaiting(/parcel is late again/);
    await expect(visitor.transcript).toContainText('Admin joined the conversation');

    await test.step('each side sees the other typing, and nothing of the draft', async () => {
      await visitor.chat.getByRole('textbox', { name: 'Message' }).pressSequentially('Any news');
      await expect(agent.page.getByRole('status').filter({ hasText: 'Visitor is typing…' })).toHaveCount(1);
      await expect(agent.timeline).not.toContainText('Any news');
      await agent.page.getByRole('textbox', { name: 'Message' }).pressSequentially('Checking');
      await expect(visitor.chat.getByRole('status').filter({ hasText: 'Admin is typing…' })).toHaveCount(1);
      await expect(visitor.transcript).not.toContainText('Checking');
      await agent.page.getByRole('textbox', { name: 'Message' }).fill('');
    });

    await test.step('a private note stays among agents', async () => {
      await agent.page.getByRole('radio', { name: 'Private note' }).check();
      await agent.page.getByRole('textbox', { name: 'Private note' }).fill(note);
      await agent.page.getByRole('button', { name: 'Add note' }).click();
      await expect(agent.timeline).toContainText(note);
      await agent.page.getByRole('radio', { name: 'Reply' }).check();
    });

    await test.step('a canned response goes in with its shortcut', async () => {
      const message = agent.page.getByRole('textbox', { name: 'Message' });
      await message.fill('/la');
      const suggestions = agent.page.getByRole('listbox', { name: 'Canned responses' });
      await expect(suggestions.getByRole('option', { name: /\/late/ })).toBeVisible();
      await message.press('Enter');
      await expect(message).toHaveValue('Sorry it is late: I have sent a replacement by express delivery.');
      await agent.page.getByRole('button', { name: 'Send' }).click();
      await expect(visitor.transcript).toContainText('I have sent a replacement by express delivery.');
    });

    await test.step('the visitor never sees the note, live or after a reload', async () => {
      await expect(visitor.transcript).not.toContainText('4471');
      await visitor.page.reload();
      await visitor.openChat();
      await expect(visitor.transcript).toContainText('I have sent a replacement by express delivery.');
      await expect(visitor.transcript).not.toContainText('4471');
    });
  } finally {
    await switchboard.stop();
  }
});
