import { Agent, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

/** Short, so a visitor nobody takes gives up within the story; long enough for the agent to take the other. */
const WAIT_TIMEOUT_SECONDS = 8;

/**
 * Three visitors have three different conversations (the bot answers one, an agent takes one over and
 * replies and resolves it and the visitor rates it, nobody takes the third before its wait times out), then the agent reads their figures on the
 * Insights page: the outcome counts, a chart, a top question, a content gap that opens its conversation,
 * and a lead, all under the console's strict Content-Security-Policy. The story runs its own relay, so no
 * other story's conversations count.
 */
test('the Insights page shows the figures of the day’s conversations', async ({ browser }) => {
  const switchboard = await SwitchboardProcess.start({
    SWITCHBOARD_WAIT_TIMEOUT_SECONDS: String(WAIT_TIMEOUT_SECONDS),
  });
  try {
    const agent = await Agent.signIn(browser, switchboard.url);

    await test.step('the bot answers one visitor from the knowledge base', async () => {
      const visitor = await Visitor.arrive(browser, switchboard.url);
      await visitor.openChat();
      await visitor.say('What is your return policy?');
      await expect(visitor.transcript).toContainText('within 30 days');
    });

    await test.step('another visitor asks what the bot cannot answer, and an agent takes over', async () => {
      const visitor = await Visitor.arrive(browser, switchboard.url);
      await visitor.openChat();
      await visitor.say('Do you repair bicycles?');
      await expect(visitor.transcript).toContainText(/not sure|couldn’t find|don’t know/i);
      await visitor.say('How much does a return cost?');
      await expect(visitor.transcript.getByText('How much does a return cost?')).toBeVisible();
      await visitor.askForPerson();
      await agent.takeOverWaiting(/Talk to a person|return cost/);
      await agent.reply('Hello, Admin here. Returns are free.');
      await expect(visitor.transcript).toContainText('Returns are free.');
      await agent.page.getByRole('button', { name: 'Resolve' }).click();
      await visitor.chat.getByRole('radio', { name: '5 out of 5' }).check();
      await visitor.chat.getByRole('button', { name: 'Submit rating' }).click();
      await expect(visitor.transcript).toContainText(/thanks for your rating/i);
    });

    await test.step('a third visitor asks for a person and nobody joins before the wait times out', async () => {
      const visitor = await Visitor.arrive(browser, switchboard.url);
      await visitor.openChat();
      await visitor.say('What is your return policy for gifts?');
      await expect(visitor.transcript).toContainText('within 30 days');
      await visitor.askForPerson();
      await visitor.say('You can write to me at jo@example.com');
      await expect(visitor.transcript).toContainText('Nobody from the team is free right now', {
        timeout: (WAIT_TIMEOUT_SECONDS + 10) * 1000,
      });
    });

    const page = agent.page;
    // The charts draw under the console's strict policy: no inline style or script may be needed.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    await test.step('the agent opens Insights and reads the day’s figures', async () => {
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Insights' }).click();
      await expect(page.getByRole('heading', { name: 'Insights', level: 2 })).toBeVisible();
      const perDay = page.getByRole('region', { name: 'Conversations per day' });
      await expect(perDay.getByRole('figure')).toContainText('3 conversations between');
      await expect(perDay.getByRole('figure')).toContainText(
        '1 resolved by the bot, 1 handed off, 1 abandoned while waiting, 0 unanswered',
      );
      await expect(perDay.getByRole('figure').locator('canvas').first()).toBeVisible();
      await perDay.getByText('Show the figures as a table').click();
      const table = perDay.getByRole('table', { name: 'Conversations per day, by outcome' });
      await expect(table.getByRole('row').last()).toContainText(/1\s*1\s*1\s*0\s*3/);
      await expect(page.getByRole('region', { name: 'Rates' })).toContainText('33 %');
      const satisfaction = page.getByRole('region', { name: 'Customer satisfaction' });
      await expect(satisfaction).toContainText('5.0 out of 5');
      await expect(satisfaction).toContainText('from 1 rating');
    });

    await test.step('the top questions group the two ways of asking about returns', async () => {
      const top = page.getByRole('list', { name: 'Top questions' }).getByRole('listitem').first();
      await expect(top).toContainText('What is your return policy?');
      await expect(top).toContainText('What is your return policy for gifts?');
      await expect(top).toContainText('2 questions in 2 conversations');
    });

    await test.step('the leads list the visitor who asked the price and the address another typed', async () => {
      const leads = page.getByRole('region', { name: 'Lead signals' });
      await expect(leads.getByRole('list', { name: 'Asked about prices or buying' })).toContainText(
        'How much does a return cost?',
      );
      await expect(leads.getByRole('list', { name: 'Email addresses' })).toContainText('jo@example.com');
    });

    await test.step('a range before today shows no conversation', async () => {
      const filters = page.getByRole('form', { name: 'Report' });
      const today = await filters.getByLabel('To').inputValue();
      const dayBefore = new Date(Date.parse(`${today}T00:00:00Z`) - 24 * 60 * 60 * 1000)
        .toISOString()
        .slice(0, 10);
      await filters.getByLabel('From').fill(dayBefore);
      await filters.getByLabel('To').fill(dayBefore);
      await filters.getByRole('button', { name: 'Show' }).click();
      const perDay = page.getByRole('region', { name: 'Conversations per day' });
      await expect(perDay.getByRole('figure')).toContainText('No conversation began between');
      await filters.getByLabel('To').fill(today);
      await filters.getByRole('button', { name: 'Show' }).click();
      await expect(perDay.getByRole('figure')).toContainText('3 conversations between');
    });

    await test.step('a content gap links to the conversation it was asked in', async () => {
      const gaps = page.getByRole('list', { name: 'Content gaps' });
      await expect(gaps).toContainText('Do you repair bicycles?');
      await gaps
        .getByRole('list', { name: 'Conversations that asked “Do you repair bicycles?”' })
        .getByRole('link')
        .click();
      await expect(page.getByRole('tab', { name: /Waiting/ })).toBeVisible();
      await expect(agent.timeline).toContainText('Do you repair bicycles?');
    });
    expect(violations).toEqual([]);
  } finally {
    await switchboard.stop();
  }
});
