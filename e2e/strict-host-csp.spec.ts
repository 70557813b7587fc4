import { Visitor } from './support/people.js';
import { expect, test } from './support/fixtures.js';

/**
 * The demo site sends the Content-Security-Policy a careful host page would: its own scripts and styles
 * only, no inline code, frames from the relay. The embed must work under it without a single violation.
 */
test('the chat works on a host page with a strict Content-Security-Policy', async ({
  browser,
  switchboard,
}) => {
  const visitor = await Visitor.arrive(browser, switchboard.url);
  const violations: string[] = [];
  visitor.page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  const response = await visitor.page.reload();
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("style-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');

  const launcher = visitor.page.getByRole('button', { name: /open chat/i });
  await expect(launcher).toHaveCSS('position', 'fixed');
  await expect(launcher).toHaveCSS('width', '56px');
  await visitor.openChat();
  await visitor.say('How long does shipping take?');
  await expect(visitor.transcript).toContainText('working days');
  expect(violations).toEqual([]);
});
