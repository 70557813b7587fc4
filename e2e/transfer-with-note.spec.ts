import { expect, test } from '@playwright/test';
import { Agent, Visitor } from './support/people.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/**
 * An agent passes a conversation to a teammate with a note: the teammate owns it at once and reads the
 * note; the visitor sees who is helping them now, and never the note.
 */
test('an agent transfers a conversation to a teammate with a note', async ({ browser }) => {
  const switchboard = await SwitchboardProcess.start();
  const note = 'Wants to swap the green tent for the blue one; order 4417.';
  try {
    const admin = await Agent.signIn(browser, switchboard.url);
    const grace = await Agent.signIn(browser, switchboard.url, await admin.addTeammate('Grace'));
    const visitor = await Visitor.arrive(browser, switchboard.url);

    await visitor.openChat();
    await visitor.askForPerson();
    await visitor.say('I would like to swap my tent');
    await admin.takeOverWaiting(/swap my tent/);
    await expect(visitor.transcript).toContainText('Admin joined the conversation');

    await test.step('the owner transfers it with a note', async () => {
      await admin.page.getByRole('button', { name: 'Transfer' }).click();
      const dialog = admin.page.getByRole('dialog', { name: 'Transfer conversation' });
      await dialog.getByRole('radio', { name: /^Grace/ }).check();
      await dialog.getByRole('textbox', { name: 'Note for your teammate (optional)' }).fill(note);
      await dialog.getByRole('button', { name: 'Transfer' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('the teammate owns it and reads the note', async () => {
      await grace.page.getByRole('tab', { name: /Mine/ }).click();
      await grace.page
        .getByRole('tabpanel')
        .getByRole('button', { name: /swap my tent/ })
        .click();
      await expect(grace.timeline).toContainText(note);
      await grace.reply('Hi, Grace here: I can swap it for you.');
    });

    await test.step('the visitor sees who helps them now, and never the note', async () => {
      await expect(visitor.transcript).toContainText('Grace');
      await expect(visitor.transcript).toContainText('I can swap it for you.');
      await expect(visitor.transcript).not.toContainText('order 4417');
      await visitor.page.reload();
      await visitor.openChat();
      await expect(visitor.transcript).toContainText('I can swap it for you.');
      await expect(visitor.transcript).not.toContainText('order 4417');
    });
  } finally {
    await switchboard.stop();
  }
});
