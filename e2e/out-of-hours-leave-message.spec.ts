import { expect, test } from '@playwright/test';
import { handoffRulesSettings, todayAndTomorrowUtc } from './support/handoff-rules.js';
import { Agent, Visitor } from './support/people.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/**
 * Outside business hours nobody is promised: the visitor is told when the team is back, leaves their email
 * and a message, the assistant keeps helping, and an agent finds the message to answer by email.
 */
test('an out-of-hours visitor leaves a message and an agent sees it', async ({ browser }) => {
  const everyDay = ['09:00-17:00'];
  const switchboard = await SwitchboardProcess.start(
    handoffRulesSettings({
      default: {
        hours: {
          timeZone: 'UTC',
          weekly: {
            mon: everyDay,
            tue: everyDay,
            wed: everyDay,
            thu: everyDay,
            fri: everyDay,
            sat: everyDay,
            sun: everyDay,
          },
          holidays: todayAndTomorrowUtc(),
        },
      },
    }),
  );
  try {
    const agent = await Agent.signIn(browser, switchboard.url);
    const visitor = await Visitor.arrive(browser, switchboard.url);

    await test.step('the visitor asks for a person and is told honestly nobody is there', async () => {
      await visitor.openChat();
      await visitor.askForPerson();
      await expect(visitor.transcript).toContainText('Nobody from the team is available right now');
      await expect(visitor.transcript).toContainText("We're back");
    });

    await test.step('the visitor leaves their email and a message', async () => {
      const email = visitor.chat.getByRole('textbox', { name: 'Email' });
      await email.fill('not-an-email');
      await visitor.chat
        .getByRole('textbox', { name: 'Your question' })
        .fill('Please call me about a bulk order of tents.');
      await visitor.chat.getByRole('button', { name: 'Leave message' }).click();
      await expect(email).toBeFocused();
      await expect(email).toHaveAccessibleDescription(/Enter an email address/);
      await email.fill('ana@example.com');
      await visitor.chat.getByRole('button', { name: 'Leave message' }).click();
      await expect(visitor.transcript).toContainText('The team will reply to ana@example.com');
      await expect(email).toBeHidden();
    });

    await test.step('the assistant keeps helping meanwhile', async () => {
      await visitor.say('What is your return policy?');
      await expect(visitor.transcript).toContainText('within 30 days');
    });

    await test.step('an agent finds the message among the leads, to answer by email', async () => {
      await agent.page.getByRole('tab', { name: /Messages/ }).click();
      await agent.page
        .getByRole('tabpanel')
        .getByRole('button', { name: /ana@example\.com|bulk order/ })
        .click();
      await expect(agent.timeline).toContainText('Please call me about a bulk order of tents.');
      await expect(agent.page.getByRole('link', { name: 'ana@example.com' }).first()).toHaveAttribute(
        'href',
        'mailto:ana@example.com',
      );
    });
  } finally {
    await switchboard.stop();
  }
});
