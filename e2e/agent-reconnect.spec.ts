import { ConnectionSwitch } from './support/connection-switch.js';
import { Agent, expectTranscript, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';

/** An agent whose console loses its connection comes back to the same conversation with nothing missing. */
test('an agent’s console catches up on everything said while it was disconnected', async ({
  browser,
  switchboard,
}) => {
  const visitor = await Visitor.arrive(browser, switchboard.url);
  const agent = await Agent.signIn(browser, switchboard.url);
  const agentConnection = await ConnectionSwitch.install(agent.page);
  await agent.page.reload();

  await visitor.openChat();
  await visitor.askForPerson();
  await agent.takeOverWaiting(/Talk to a person/);
  await expect(visitor.transcript).toContainText('Admin joined the conversation');

  await agentConnection.cut();
  await expect(agent.page.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
  await visitor.say('Said while the agent was away, first');
  await visitor.say('Said while the agent was away, second');
  await expect(visitor.transcript.getByText('Sending…')).toHaveCount(0);

  agentConnection.restore();
  await expectTranscript(agent.timeline, [
    'You joined the conversation',
    'Said while the agent was away, first',
    'Said while the agent was away, second',
  ]);
  await agent.reply('Back now, sorry about that.');
  await expect(visitor.transcript).toContainText('Back now, sorry about that.');
});
