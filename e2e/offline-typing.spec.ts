import { ConnectionSwitch } from './support/connection-switch.js';
import { Agent, expectTranscript, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';

/**
 * A visitor whose connection drops keeps typing; the messages wait, marked as sending, and go out once, in
 * order, when the connection returns, even across a page reload.
 */
test('messages typed while the connection is down are sent once, in order, when it returns', async ({
  browser,
  switchboard,
}) => {
  const visitor = await Visitor.arrive(browser, switchboard.url);
  const connection = await ConnectionSwitch.install(visitor.page);
  await visitor.openChat();
  await visitor.say('Do you ship to France?');
  await expect(visitor.transcript).toContainText('Shipping and delivery');

  await test.step('the connection drops and the visitor sees it, discreetly', async () => {
    await connection.cut();
    await expect(visitor.chat.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
  });

  await test.step('messages typed meanwhile wait as pending, even across a reload', async () => {
    await visitor.say('First message while offline');
    await visitor.say('Second message while offline');
    await expect(visitor.transcript.getByText('Sending…')).toHaveCount(2);
    await visitor.page.reload();
    await visitor.openChat();
    await expect(visitor.transcript).toContainText('Second message while offline');
  });

  await test.step('they are sent once, in order, when the connection returns', async () => {
    connection.restore();
    await expect(visitor.chat.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeHidden({
      timeout: 15_000,
    });
    await expect(visitor.transcript.getByText('Sending…')).toHaveCount(0);
    const story = ['Do you ship to France?', 'First message while offline', 'Second message while offline'];
    await expectTranscript(visitor.transcript, story);

    const agent = await Agent.signIn(browser, switchboard.url);
    // The bot had no answer for either offline message, so the visitor now waits for a person.
    await agent.openWaiting(/no good answer twice/);
    await expectTranscript(agent.timeline, story);
  });
});
