/**
 * The built-in bot for many sites: each site is answered from its own knowledge, read from the store into
 * an index the first time the site needs it, and read again when the site's knowledge version changes, so
 * an ingest takes effect in a running relay within {@link DEFAULT_RECHECK_MS}.
 */
import type { BotTurn, DialogManager } from './dialog-manager.js';
import { createKnowledgeBot, type KnowledgeBotOptions } from './knowledge-bot.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import { createKnowledgeIndex } from './knowledge-index.js';

/** How long a site's index is used before its knowledge version is checked again, in ms. */
export const DEFAULT_RECHECK_MS = 5000;

/** Where each site's knowledge is kept; the store is one. */
export interface SiteKnowledgeSource {
  /** A token that changes whenever the site's documents do; cheap, as it is read every few seconds. */
  knowledgeVersion(siteId: string): Promise<string>;
  /** The site's documents; none for a site without knowledge. */
  listKnowledgeDocuments(siteId: string): Promise<KnowledgeDocument[]>;
}

export interface SiteKnowledgeBotOptions extends Omit<KnowledgeBotOptions, 'index' | 'topics'> {
  knowledge: SiteKnowledgeSource;
  /** The time, in ms since the Unix epoch. */
  now: () => number;
  /** Defaults to {@link DEFAULT_RECHECK_MS}. */
  recheckMs?: number;
}

interface SiteBot {
  version: string;
  bot: DialogManager;
  checkedAt: number;
}

/**
 * Creates a {@link DialogManager} that answers each turn from the knowledge of the turn's site, as the
 * knowledge bot does; a site without knowledge gets its "I'm not sure" answer to every question.
 */
export function createSiteKnowledgeBot(options: SiteKnowledgeBotOptions): DialogManager {
  const { knowledge, now, recheckMs = DEFAULT_RECHECK_MS, ...botOptions } = options;
  const sites = new Map<string, SiteBot>();
  // Turns of one site that arrive while its knowledge is read share the read.
  const refreshing = new Map<string, Promise<DialogManager>>();

  async function refresh(siteId: string): Promise<DialogManager> {
    const version = await knowledge.knowledgeVersion(siteId);
    const cached = sites.get(siteId);
    if (cached?.version === version) {
      cached.checkedAt = now();
      return cached.bot;
    }
    const documents = await knowledge.listKnowledgeDocuments(siteId);
    const bot = createKnowledgeBot({ ...botOptions, index: createKnowledgeIndex(documents) });
    sites.set(siteId, { version, bot, checkedAt: now() });
    return bot;
  }

  function botOf(siteId: string): Promise<DialogManager> {
    const cached = sites.get(siteId);
    if (cached && now() - cached.checkedAt < recheckMs) return Promise.resolve(cached.bot);
    let pending = refreshing.get(siteId);
    if (!pending) {
      pending = refresh(siteId).finally(() => refreshing.delete(siteId));
      refreshing.set(siteId, pending);
    }
    return pending;
  }

  return {
    async reply(turn: BotTurn) {
      return (await botOf(turn.siteId)).reply(turn);
    },
  };
}
