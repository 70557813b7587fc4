/**
 * Each site's own bot: the dialog manager the relay talks to routes every turn to the bot its site chose in
 * the console (the relay's default, the built-in knowledge bot, a webhook bot or a Rasa assistant), and tells
 * it the assistant's name and tone from the site's branding. The site's choice is read for every turn (one
 * row by its key, small beside the turn's own appends), so an admin's change applies to the next message.
 */
import type { AssistantTone, SiteBot } from '../../protocol/sites.js';
import { BOT_FAILURE_KINDS, type BotFailureCounts, type RemoteDialogManager } from './bot-failure.js';
import type { BotEndpoint } from './bot-endpoint.js';
import type { BotTurn, DialogManager } from './dialog-manager.js';
import { createRasaBot } from './rasa-bot.js';
import { createWebhookBot } from './webhook-bot.js';

/** What routing needs of a site: its bot, secret included, and how its assistant is named and sounds. */
export interface SiteBotProfile {
  bot: SiteBot;
  assistant: { name: string; tone: AssistantTone };
}

export interface SiteBotsOptions {
  /** The site's profile, or null for a site the store does not know. */
  profileOf: (siteId: string) => Promise<SiteBotProfile | null>;
  /** The relay's default bot (`SWITCHBOARD_BOT`), for sites that follow it. */
  relayBot: DialogManager;
  /** The built-in bot, answering each site from its own knowledge. */
  knowledgeBot: DialogManager;
}

/**
 * Creates the routing dialog manager. Bots over HTTP are created once per address, secret and timeout, and
 * shared by the sites that name the same one; `failures()` adds up every one's failed answers, with the
 * relay's default bot's when it is one over HTTP.
 */
export function createSiteBots(options: SiteBotsOptions): RemoteDialogManager {
  const { profileOf, relayBot, knowledgeBot } = options;
  const remoteBots = new Map<string, RemoteDialogManager>();

  function remoteBot(kind: 'webhook' | 'rasa', endpoint: BotEndpoint): RemoteDialogManager {
    const key = JSON.stringify([kind, endpoint.url, endpoint.secret, endpoint.timeoutMs]);
    let bot = remoteBots.get(key);
    if (!bot) {
      bot = kind === 'webhook' ? createWebhookBot(endpoint) : createRasaBot(endpoint);
      remoteBots.set(key, bot);
    }
    return bot;
  }

  function botFor(choice: SiteBot): DialogManager {
    switch (choice.kind) {
      case 'relay':
        return relayBot;
      case 'knowledge':
        return knowledgeBot;
      case 'webhook':
      case 'rasa': {
        const { url, secret, timeoutMs } = choice;
        return remoteBot(choice.kind, { url, secret, timeoutMs });
      }
    }
  }

  return {
    async reply(turn: BotTurn) {
      const profile = await profileOf(turn.siteId);
      if (profile === null) return relayBot.reply(turn);
      return botFor(profile.bot).reply({ ...turn, assistant: profile.assistant });
    },
    failures() {
      const counted = [...remoteBots.values(), ...(isRemote(relayBot) ? [relayBot] : [])];
      const total = Object.fromEntries(BOT_FAILURE_KINDS.map((kind) => [kind, 0])) as BotFailureCounts;
      for (const bot of counted) {
        for (const [kind, count] of Object.entries(bot.failures()))
          total[kind as keyof BotFailureCounts] += count;
      }
      return total;
    },
  };
}

function isRemote(bot: DialogManager): bot is RemoteDialogManager {
  return 'failures' in bot;
}
