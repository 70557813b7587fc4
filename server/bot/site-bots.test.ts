import { afterEach, describe, expect, it } from 'vitest';
import type { SiteBot } from '../../protocol/sites.js';
import { botTurn, onlyMessage } from '../testing/bot-turn.js';
import { startScriptedHttpBot, type ScriptedHttpBot } from '../testing/scripted-http-bot.js';
import type { BotReply, BotTurn, DialogManager } from './dialog-manager.js';
import { createSiteBots, type SiteBotProfile } from './site-bots.js';

const SECRET = 'a-shared-secret-of-at-least-32-characters';

/** A bot in process that answers with its own name, and records the turns it was given. */
function namedBot(name: string): DialogManager & { turns: BotTurn[] } {
  const turns: BotTurn[] = [];
  return {
    turns,
    reply: (turn): Promise<BotReply> => {
      turns.push(turn);
      return Promise.resolve({ messages: [{ text: `${name} answers`, sources: [] }], isMiss: false });
    },
  };
}

const httpBots: ScriptedHttpBot[] = [];
afterEach(async () => {
  await Promise.all(httpBots.splice(0).map((bot) => bot.close()));
});

async function webhookBotSaying(text: string) {
  const bot = await startScriptedHttpBot({
    secret: SECRET,
    answer: () => ({ json: { messages: [{ text }] } }),
  });
  httpBots.push(bot);
  return bot;
}

/** The router over sites whose bots the test changes, on a clock the test moves. */
function routerOver(initial: Record<string, SiteBot>) {
  const choices = new Map(Object.entries(initial));
  const relayBot = namedBot('relay');
  const knowledgeBot = namedBot('knowledge');
  const profileOf = (siteId: string): Promise<SiteBotProfile | null> => {
    const bot = choices.get(siteId);
    return Promise.resolve(bot ? { bot, assistant: { name: `${siteId} helper`, tone: 'formal' } } : null);
  };
  const router = createSiteBots({ profileOf, relayBot, knowledgeBot });
  const ask = async (siteId: string) => onlyMessage(await router.reply(botTurn('Hello?', { siteId }))).text;
  return { router, ask, choices, relayBot, knowledgeBot };
}

describe('createSiteBots', () => {
  it("routes each site's turns to the bot it chose, naming the site's assistant", async () => {
    const webhook = await webhookBotSaying('The webhook bot answers');
    const { ask, knowledgeBot } = routerOver({
      shop: { kind: 'knowledge' },
      blog: { kind: 'relay' },
      help: { kind: 'webhook', url: webhook.url, secret: SECRET, timeoutMs: 5000 },
    });

    expect(await ask('shop')).toBe('knowledge answers');
    expect(await ask('blog')).toBe('relay answers');
    expect(await ask('help')).toBe('The webhook bot answers');
    expect(knowledgeBot.turns[0]?.assistant).toEqual({ name: 'shop helper', tone: 'formal' });
    expect(webhook.requests[0]?.json).toMatchObject({
      siteId: 'help',
      assistant: { name: 'help helper', tone: 'formal' },
    });
    expect(webhook.requests[0]?.isSignatureValid).toBe(true);
  });

  it('answers a site the store does not know with the relay bot', async () => {
    const { ask } = routerOver({});
    expect(await ask('gone')).toBe('relay answers');
  });

  it("applies a site's new choice from its next message, without a restart", async () => {
    const webhook = await webhookBotSaying('Now the webhook answers');
    const { ask, choices } = routerOver({ shop: { kind: 'knowledge' } });
    expect(await ask('shop')).toBe('knowledge answers');

    choices.set('shop', { kind: 'webhook', url: webhook.url, secret: SECRET, timeoutMs: 5000 });
    expect(await ask('shop')).toBe('Now the webhook answers');
  });

  it('counts the failed answers of every bot over HTTP, and rejects so the relay can apologise', async () => {
    const broken = await startScriptedHttpBot({ secret: SECRET, answer: () => ({ raw: 'not json' }) });
    httpBots.push(broken);
    const { router } = routerOver({
      shop: { kind: 'webhook', url: broken.url, secret: SECRET, timeoutMs: 5000 },
      blog: { kind: 'webhook', url: `${broken.url}/other`, secret: SECRET, timeoutMs: 5000 },
    });
    await expect(router.reply(botTurn('Hi', { siteId: 'shop' }))).rejects.toThrow(/invalid_json/);
    await expect(router.reply(botTurn('Hi', { siteId: 'blog' }))).rejects.toThrow(/invalid_json/);
    expect(router.failures()).toMatchObject({ invalid_json: 2, timeout: 0 });
  });
});
