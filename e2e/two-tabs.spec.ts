import { expectTranscript, Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';

/** A visitor with the site open in two tabs sees one conversation, the same in both, and can type in either. */
test('a visitor with two tabs sees one conversation in both', async ({ browser, switchboard }) => {
  const first = await Visitor.arrive(browser, switchboard.url);
  const second = new Visitor(await first.page.context().newPage());
  await second.page.goto(`${switchboard.url}/shipping.html`);

  await first.openChat();
  await first.say('Typed in the first tab');
  await expect(first.transcript).toContainText('Typed in the first tab');
  await second.openChat();
  await second.say('Typed in the second tab');

  const story = ['Typed in the first tab', 'Typed in the second tab'];
  await expectTranscript(first.transcript, story);
  await expectTranscript(second.transcript, story);
  await expect(async () => {
    expect(await first.transcript.innerText()).toBe(await second.transcript.innerText());
  }).toPass({ timeout: 10_000 });
});
