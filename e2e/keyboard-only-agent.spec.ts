import { expect, test } from '@playwright/test';
import { Agent, Visitor } from './support/people.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/**
 * An agent works the queue with the keyboard alone: the shortcuts list, the next waiting visitor, taking
 * over, answering, and moving the conversation to a teammate, with no mouse.
 */
test('an agent answers and transfers a waiting visitor with the keyboard alone', async ({ browser }) => {
  const switchboard = await SwitchboardProcess.start();
  try {
    const admin = await Agent.signIn(browser, switchboard.url);
    const grace = await Agent.signIn(browser, switchboard.url, await admin.addTeammate('Grace'));
    const visitor = await Visitor.arrive(browser, switchboard.url);
    await visitor.openChat();
    await visitor.askForPerson();
    await visitor.say('My tent pole snapped');
    const keyboard = admin.page.keyboard;
    await expect(admin.page.getByRole('tab', { name: /Waiting/ })).toContainText('1');
    // Shortcuts apply wherever focus is not in a text field: here, on the page itself.
    await admin.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await test.step('? lists the shortcuts, and Escape closes the list', async () => {
      await keyboard.press('?');
      const help = admin.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toContainText('Open the next waiting conversation');
      await keyboard.press('Escape');
      await expect(help).toBeHidden();
    });

    await test.step('n opens the next waiting visitor, and t takes it over', async () => {
      await keyboard.press('n');
      await expect(admin.timeline).toContainText('My tent pole snapped');
      await keyboard.press('t');
      await expect(visitor.transcript).toContainText('Admin joined the conversation');
    });

    await test.step('the reply is typed and sent from the keyboard', async () => {
      await admin.page.getByRole('textbox', { name: 'Message' }).focus();
      await keyboard.type('Sorry to hear that; a colleague handles spare parts.');
      await keyboard.press('Enter');
      await expect(visitor.transcript).toContainText('a colleague handles spare parts');
    });

    await test.step('m moves the conversation to a teammate, chosen from the keyboard', async () => {
      await admin.timeline.focus();
      await keyboard.press('m');
      const dialog = admin.page.getByRole('dialog', { name: 'Transfer conversation' });
      await expect(dialog).toBeVisible();
      const graceChoice = dialog.getByRole('radio', { name: /^Grace/ });
      await graceChoice.focus();
      await keyboard.press('Space');
      await expect(graceChoice).toBeChecked();
      await dialog.getByRole('button', { name: 'Transfer' }).focus();
      await keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(visitor.transcript).toContainText('Grace');
      await grace.page.getByRole('tab', { name: /Mine/ }).click();
      await expect(grace.page.getByRole('tabpanel')).toContainText('spare parts');
    });
  } finally {
    await switchboard.stop();
  }
});
