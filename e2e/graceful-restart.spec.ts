import { Agent, expectTranscript, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';

/**
 * A relay stopped with SIGTERM for a deploy drains and closes its connections so that clients reconnect:
 * the widget and the console both come back to the relay that replaces it, on the same store, and the
 * conversation carries on with nothing lost or doubled.
 */
test('the visitor and the agent carry on with the relay that replaces a gracefully stopped one', async ({
  browser,
  switchboard,
}) => {
  const visitor = await Visitor.arrive(browser, switchboard.url);
  const agent = await Agent.signIn(browser, switchboard.url);
  await visitor.openChat();
  await visitor.askForPerson();
  await agent.takeOverWaiting(/Talk to a person/);
  await expect(visitor.transcript).toContainText('Admin joined the conversation');
  await agent.reply('Hello, I am looking into it.');
  await expect(visitor.transcript).toContainText('Hello, I am looking into it.');

  await test.step('the relay drains and exits cleanly; both see they are reconnecting', async () => {
    expect(await switchboard.terminate()).toBe(0);
    await expect(visitor.chat.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
    await expect(agent.page.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
  });

  await test.step('what the visitor types meanwhile waits as pending', async () => {
    await visitor.say('Typed while the relay was being replaced');
    await expect(visitor.transcript.getByText('Sending…')).toHaveCount(1);
  });

  await test.step('both reconnect to the new relay by themselves and the conversation goes on', async () => {
    await switchboard.startAgain();
    await expect(visitor.transcript.getByText('Sending…')).toHaveCount(0, { timeout: 20_000 });
    await expect(agent.page.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeHidden({
      timeout: 20_000,
    });
    await agent.reply('Found it: your parcel ships today.');
    const story = [
      'Admin joined the conversation',
      'Hello, I am looking into it.',
      'Typed while the relay was being replaced',
      'Found it: your parcel ships today.',
    ];
    await expectTranscript(visitor.transcript, story);
    await expectTranscript(agent.timeline, story.slice(1));
  });
});
