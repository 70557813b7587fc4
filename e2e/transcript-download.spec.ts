import { readFile } from 'node:fs/promises';
import { Agent, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';

/** An agent downloads an open conversation's transcript, as CSV and as JSON, from the conversation view. */
test('an agent downloads a conversation’s transcript as CSV and as JSON', async ({
  browser,
  switchboard,
}) => {
  const visitor = await Visitor.arrive(browser, switchboard.url);
  const agent = await Agent.signIn(browser, switchboard.url);
  const question = 'Do you ship to Iceland, Norway, or both?';

  // Waiting for a person, the bot stays silent: the inbox row then shows the visitor's own words.
  await visitor.openChat();
  await visitor.askForPerson();
  await expect(visitor.chat.getByText('Waiting for a person')).toBeVisible();
  await visitor.say(question);
  await expect(visitor.transcript).toContainText(question);

  await agent.openWaiting(/ship to Iceland/);
  await expect(agent.timeline).toContainText(question);
  const downloads = agent.page.getByRole('group', { name: 'Download transcript' });

  const [csv] = await Promise.all([
    agent.page.waitForEvent('download'),
    downloads.getByRole('link', { name: 'Download transcript as CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^transcript-[\w-]+\.csv$/);
  const rows = (await readFile(await csv.path(), 'utf8')).split('\r\n');
  expect(rows[0]).toBe('\uFEFFseq,time,kind,role,name,text,sources');
  expect(rows[1]).toMatch(
    /^1,[\d-]+T[\d:.]+Z,handoff_requested,system,,Handoff requested \(visitor_button\): /,
  );
  expect(rows[2]).toMatch(
    /^2,[\d-]+T[\d:.]+Z,visitor_message,visitor,,"Do you ship to Iceland, Norway, or both\?",$/,
  );

  const [json] = await Promise.all([
    agent.page.waitForEvent('download'),
    downloads.getByRole('link', { name: 'Download transcript as JSON' }).click(),
  ]);
  const transcript = JSON.parse(await readFile(await json.path(), 'utf8')) as {
    entries: { seq: number; kind: string; text?: string }[];
  };
  expect(transcript.entries[1]).toMatchObject({ seq: 2, kind: 'visitor_message', text: question });
});
