import { expect, test } from '@playwright/test';
import { Agent, Visitor } from './support/people.js';
import { ShopWebhookBot } from './support/shop-webhook-bot.js';
import { SwitchboardProcess } from './support/switchboard-process.js';

const SECRET = 'e2e-secret-shared-with-the-shop-bot-0123456789';
const HANDOFF_REASON = 'The visitor wants to change the delivery address.';

/**
 * A site owner brings their own bot: the relay asks it over a signed webhook, the visitor picks its quick
 * replies with the mouse and the keyboard, the bot hands the visitor to a person, and the agent sees what the
 * bot offered and why it asked for help.
 */
test('a webhook bot offers quick replies and hands the visitor to a person', async ({ browser }) => {
  const bot = await ShopWebhookBot.start(SECRET, ({ text, payload }) => {
    if (payload === '/track') return { messages: [{ text: 'Your parcel is out for delivery today.' }] };
    if (payload === '/change_address') {
      return {
        messages: [{ text: 'A colleague can change that for you.' }],
        handoff: { reason: HANDOFF_REASON },
      };
    }
    if (text === 'Where is my order?') {
      return {
        messages: [{ text: 'I found your order.' }, { text: 'What would you like to do?' }],
        quickReplies: [
          { title: 'Track my parcel', payload: '/track' },
          { title: 'Change the address', payload: '/change_address' },
        ],
        confidence: 0.95,
      };
    }
    return { messages: [{ text: 'Sorry, I only know about orders.' }], confidence: 0.2 };
  });
  const switchboard = await SwitchboardProcess.start({
    SWITCHBOARD_BOT: 'webhook',
    SWITCHBOARD_BOT_URL: bot.url,
    SWITCHBOARD_BOT_SECRET: SECRET,
  });
  try {
    // Someone is online, so the bot's request for a person puts the visitor in the queue.
    const agent = await Agent.signIn(browser, switchboard.url);
    const visitor = await Visitor.arrive(browser, switchboard.url);
    const replies = visitor.chat.getByRole('group', { name: 'Suggested replies' });

    await test.step('the bot answers and offers its quick replies as buttons', async () => {
      await visitor.openChat();
      await visitor.say('Where is my order?');
      await expect(visitor.transcript).toContainText('What would you like to do?');
      await expect(replies.getByRole('button')).toHaveText(['Track my parcel', 'Change the address']);
    });

    await test.step('a pressed quick reply is the visitor’s message, and the bot receives its payload', async () => {
      await replies.getByRole('button', { name: 'Track my parcel' }).click();
      await expect(visitor.transcript).toContainText('Your parcel is out for delivery today.');
      await expect(replies).toHaveCount(0);
      expect(bot.received.at(-1)).toMatchObject({ text: 'Track my parcel', payload: '/track' });
    });

    await test.step('a quick reply works from the keyboard, and focus returns to the message field', async () => {
      await visitor.say('Where is my order?');
      await expect(replies.getByRole('button', { name: 'Change the address' })).toBeVisible();
      const field = visitor.chat.getByRole('textbox', { name: 'Message' });
      await field.focus();
      await visitor.page.keyboard.press('Shift+Tab');
      await expect(replies.getByRole('button', { name: 'Change the address' })).toBeFocused();
      await visitor.page.keyboard.press('Enter');
      await expect(field).toBeFocused();
      await expect(visitor.transcript).toContainText('A colleague can change that for you.');
      await expect(visitor.transcript).toContainText('Let me get a person to help you.');
      await expect(visitor.chat.getByText('Waiting for a person')).toBeVisible();
    });

    await test.step('the agent sees what the bot offered and why it asked for a person', async () => {
      await agent.openWaiting(/Change the address|colleague/);
      await expect(agent.timeline).toContainText('Offered: Track my parcel · Change the address');
      await expect(agent.timeline).toContainText('Handoff requested: the assistant asked for a person');
      await expect(agent.timeline).toContainText(HANDOFF_REASON);
    });
  } finally {
    await switchboard.stop();
    await bot.stop();
  }
});
