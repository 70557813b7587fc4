/**
 * The composition root: reads the environment, picks the adapters, starts Switchboard, and shuts it down
 * gracefully on SIGINT or SIGTERM. The only file that reads `process.env`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedSnippet } from '../protocol/embed-snippet.js';
import type { CreateSiteRequest } from '../protocol/sites.js';
import type { RemoteDialogManager } from './bot/bot-failure.js';
import type { DialogManager } from './bot/dialog-manager.js';
import { createRasaBot } from './bot/rasa-bot.js';
import { createSiteBots } from './bot/site-bots.js';
import { createSiteKnowledgeBot } from './bot/site-knowledge-bot.js';
import { createWebhookBot } from './bot/webhook-bot.js';
import { ConfigError, readConfig, type BotConfig, type Config } from './config.js';
import { shutDownOnSignals } from './graceful-shutdown.js';
import { DEFAULT_RULES_BOOK, readHandoffRulesFile } from './handoff-rules-file.js';
import { seedKnowledge } from './knowledge/ingest-knowledge.js';
import { createLogger } from './logger.js';
import { connectRedisFanout, type RedisFanout } from './relay/redis-fanout.js';
import { readSitesFile } from './sites-file.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import { startSwitchboard } from './switchboard.js';

/** The repository root: this file runs from dist/server/ after the build. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PUBLIC_DIRECTORY = join(ROOT, 'dist', 'public');
/** The demo host site's own site, served from the relay's origin: created at start unless it exists. */
const DEMO_SITE: CreateSiteRequest = {
  id: 'demo',
  name: 'Northwind Outfitters',
  allowedOrigins: [],
  branding: {
    assistantName: 'Nora',
    greeting: "Hi, I'm Nora from Northwind. Ask a question, or pick one of these.",
    suggestedPrompts: ['What is your return policy?', 'How long does shipping take?', 'Where is my order?'],
  },
};

async function main(config: Config): Promise<void> {
  if (!existsSync(join(PUBLIC_DIRECTORY, 'frame', 'index.html'))) {
    throw new ConfigError(
      `The widget and console are not built in ${PUBLIC_DIRECTORY}; run npm run build, or npm start.`,
    );
  }
  // Before anything starts: a mistake in the rules or sites stops the relay with the field and what is wrong.
  const handoffRules =
    config.handoffRulesFile === null ? DEFAULT_RULES_BOOK : readHandoffRulesFile(config.handoffRulesFile);
  const sites = config.sitesFile === null ? [] : readSitesFile(config.sitesFile);
  const logger = createLogger({ level: config.logLevel });
  const fanout: RedisFanout | null = config.redis ? await connectRedisFanout(config.redis, logger) : null;
  const store = openStore(config.store);
  const switchboard = await startSwitchboard({
    port: config.port,
    store,
    deadlines: config.deadlines,
    handoffRules,
    ...(fanout
      ? { adapter: fanout.adapter, readinessProbes: [{ name: 'redis', check: () => fanout.ping() }] }
      : {}),
    dialogManager: createDialogManager(config, store),
    // The site file may give the demo site a profile of its own.
    sites: sites.some((site) => site.id === DEMO_SITE.id) ? sites : [DEMO_SITE, ...sites],
    admin: config.admin,
    rateLimits: config.rateLimits,
    metricsToken: config.metricsToken,
    publicDirectory: PUBLIC_DIRECTORY,
    demoDirectory: join(ROOT, 'demo', 'site'),
    logger,
    announce: (text) => process.stdout.write(text),
    // The demo answers from the knowledge folder until knowledge is ingested for it, from the first visitor on.
    prepare: async (migrated) => {
      if (config.bot.kind !== 'knowledge') return;
      const seed = { siteId: DEMO_SITE.id, paths: [config.knowledgeDirectory], now: Date.now };
      if (await seedKnowledge(migrated, seed)) logger.info('knowledge seeded', { siteId: DEMO_SITE.id });
    },
  });
  logger.info('listening', {
    url: switchboard.url,
    store: config.store.engine,
    redis: fanout !== null,
    bot: config.bot.kind,
  });
  process.stdout.write(
    [
      '',
      '  Switchboard is running.',
      `  Demo site       ${switchboard.url}/`,
      `  Agent console   ${switchboard.url}/console/`,
      `  Health          ${switchboard.url}/healthz`,
      '  Embed snippet',
      ...embedSnippet(switchboard.url, DEMO_SITE.id)
        .split('\n')
        .map((line) => `    ${line}`),
      '',
      '',
    ].join('\n'),
  );

  shutDownOnSignals({
    signals: process,
    close: async () => {
      await switchboard.close();
      await fanout?.close();
    },
    exit: (code) => process.exit(code),
    logger,
  });
}

/**
 * Each site's own bot, as chosen in the console; `SWITCHBOARD_BOT` is the relay's default for the sites that
 * follow it. The built-in bot answers each site from its knowledge in `store`.
 */
function createDialogManager(config: Config, store: Store): RemoteDialogManager {
  const knowledgeBot = createSiteKnowledgeBot({ knowledge: store, now: Date.now });
  return createSiteBots({
    relayBot: relayDefaultBot(config.bot, knowledgeBot),
    knowledgeBot,
    async profileOf(siteId) {
      const site = await store.findSiteProfile(siteId);
      if (!site) return null;
      const { assistantName: name, tone } = site.branding;
      return { bot: site.bot, assistant: { name, tone } };
    },
  });
}

function relayDefaultBot(bot: BotConfig, knowledgeBot: DialogManager): DialogManager {
  switch (bot.kind) {
    case 'webhook':
      return createWebhookBot(bot.endpoint);
    case 'rasa':
      return createRasaBot(bot.endpoint);
    case 'knowledge':
      return knowledgeBot;
  }
}

try {
  await main(readConfig(process.env, ROOT));
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}\n`,
  );
  process.exit(1);
}
