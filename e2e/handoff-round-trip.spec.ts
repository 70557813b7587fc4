import { Agent, expectTranscript, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';

/**
 * The product's core story: the bot answers, the visitor asks for a person, an agent takes over and they
 * talk, the agent hands back and the bot answers again; and through a page reload and a relay crash both
 * sides keep the whole transcript, in order, with nothing doubled.
 */
test('a visitor goes from the bot to a person and back, and nobody loses a line', async ({
  browser,
  switchboard,
}) => {
  const visitor = await Visitor.arrive(browser, switchboard.url);
  const agent = await Agent.signIn(browser, switchboard.url);

  await test.step('the bot answers from the knowledge base, naming its source', async () => {
    await visitor.openChat();
    await visitor.say('What is your return policy?');
    await expect(visitor.transcript).toContainText('within 30 days');
    await expect(visitor.transcript).toContainText('Returns and refunds');
  });

  await test.step('the visitor asks for a person and waits, and the agent sees why', async () => {
    await visitor.askForPerson();
    await expect(visitor.chat.getByText('Waiting for a person')).toBeVisible();
    await agent.openWaiting(/return policy|Talk to a person/i);
    await expect(agent.timeline).toContainText('What is your return policy?');
    await expect(agent.timeline).toContainText('within 30 days');
    await expect(agent.timeline).toContainText('Talk to a person');
  });

  await test.step('the agent takes over and they talk', async () => {
    await agent.page.getByRole('button', { name: 'Take over' }).click();
    await expect(visitor.transcript).toContainText('Admin joined the conversation');
    await agent.reply('Hi, this is Admin from Northwind. How can I help?');
    await expect(visitor.transcript).toContainText('How can I help?');
    // The console holds its reply as committed from the acknowledgement, before anything else arrives.
    await expect(agent.timeline.getByText(/^(Sending…|Sent)$/)).toHaveCount(0);
    await visitor.say('I need to return a jacket bought as a gift.');
    await expect(agent.timeline).toContainText('bought as a gift');
  });

  await test.step('the agent hands back and the bot answers again', async () => {
    await agent.page.getByRole('button', { name: 'Hand back to bot' }).click();
    await expect(visitor.transcript).toContainText('handed you back to the assistant');
    await visitor.say('How long does shipping take?');
    await expect(visitor.transcript).toContainText('working days');
  });

  const typed = {
    question: 'What is your return policy?',
    greeting: 'Hi, this is Admin from Northwind. How can I help?',
    answer: 'I need to return a jacket bought as a gift.',
    followUp: 'How long does shipping take?',
    afterRestart: 'Are you still there after the restart?',
  };
  const visitorStory = [
    typed.question,
    'Admin joined the conversation',
    typed.greeting,
    typed.answer,
    'Admin handed you back to the assistant',
    typed.followUp,
  ];
  const agentStory = [
    typed.question,
    'You joined the conversation',
    typed.greeting,
    typed.answer,
    'You handed the conversation back to the assistant',
    typed.followUp,
  ];

  await test.step('a page reload restores the whole transcript', async () => {
    await visitor.page.reload();
    await visitor.openChat();
    await expectTranscript(visitor.transcript, visitorStory);
  });

  await test.step('after the relay is killed and restarted, both sides resume with nothing lost or doubled', async () => {
    await switchboard.restart();
    await visitor.say(typed.afterRestart);
    await expectTranscript(visitor.transcript, [...visitorStory, typed.afterRestart]);
    await expectTranscript(agent.timeline, [...agentStory, typed.afterRestart]);
    await visitor.page.reload();
    await visitor.openChat();
    await expectTranscript(visitor.transcript, [...visitorStory, typed.afterRestart]);
  });
});
