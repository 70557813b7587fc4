/**
 * Server (b): the real product, started in this child with `startSwitchboard` from the build, as
 * server/main.ts composes it: the SQLite file store (WAL, `synchronous = FULL`) in the benchmark's temp
 * directory and the knowledge bot over demo/knowledge. Rate limits are off (`rateLimits: null`, the
 * option for load tests), since one driver address sends thousands of messages a second. The benchmark's
 * agent account is created through the product's own account module before the child says it is ready.
 * The built modules are loaded at run time; their types come from the TypeScript sources.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readChildConfig, serveUnderTest } from './child-channel.js';

/**
 * @typedef {object} SwitchboardChildConfig
 * @property {string} root The repository root, where dist/ and demo/ are.
 * @property {string} directory The temp directory for the SQLite file.
 * @property {{ email: string, name: string, password: string }} agent The account the driver signs in as.
 * @property {{ email: string, password: string }} admin
 * @property {string} siteId
 */

/** The demo site, as server/main.ts creates it. */
const SITE_NAME = 'Northwind Outfitters';

const config = /** @type {SwitchboardChildConfig} */ (/** @type {unknown} */ (readChildConfig()));

/** @param {string} path Under dist/server/. */
function loadBuilt(path) {
  return import(pathToFileURL(join(config.root, 'dist', 'server', path)).href);
}

/** Warnings and errors the child prints before it only counts them: a failing run can log thousands. */
const MAX_LOGGED = 5;
let logged = 0;
/**
 * @param {string} level
 * @returns {(message: string, fields?: Record<string, unknown>) => void}
 */
const logTo = (level) => (message, fields) => {
  logged++;
  if (logged <= MAX_LOGGED) console.error(`switchboard ${level}: ${message} ${JSON.stringify(fields ?? {})}`);
  if (logged === MAX_LOGGED + 1) console.error('switchboard: further warnings and errors are not shown');
};
/** @type {import('../../server/logger.js').Logger} */
const logger = { info() {}, warn: logTo('warn'), error: logTo('error') };

await serveUnderTest(async () => {
  /** @type {typeof import('../../server/switchboard.js')} */
  const { startSwitchboard } = await loadBuilt('switchboard.js');
  /** @type {typeof import('../../server/store/sqlite-store.js')} */
  const { openSqliteStore } = await loadBuilt('store/sqlite-store.js');
  /** @type {typeof import('../../server/auth/agent-accounts.js')} */
  const { createAgentAccount } = await loadBuilt('auth/agent-accounts.js');
  /** @type {typeof import('../../server/bot/knowledge-bot.js')} */
  const { createKnowledgeBot } = await loadBuilt('bot/knowledge-bot.js');
  /** @type {typeof import('../../server/bot/knowledge-index.js')} */
  const { createKnowledgeIndex } = await loadBuilt('bot/knowledge-index.js');
  /** @type {typeof import('../../server/bot/markdown-knowledge.js')} */
  const { loadMarkdownKnowledge } = await loadBuilt('bot/markdown-knowledge.js');

  const publicDirectory = join(config.directory, 'public');
  mkdirSync(publicDirectory, { recursive: true });
  const store = openSqliteStore(join(config.directory, 'switchboard.sqlite'));
  const knowledge = await loadMarkdownKnowledge(join(config.root, 'demo', 'knowledge'));
  const switchboard = await startSwitchboard({
    port: 0,
    host: '127.0.0.1',
    store,
    dialogManager: createKnowledgeBot({
      index: createKnowledgeIndex(knowledge),
      assistantName: 'the Northwind assistant',
    }),
    sites: [{ id: config.siteId, name: SITE_NAME, allowedOrigins: [] }],
    admin: config.admin,
    publicDirectory,
    demoDirectory: join(config.root, 'demo', 'site'),
    logger,
    announce: () => {},
    rateLimits: null,
  });
  await createAgentAccount(store, { ...config.agent, role: 'agent' }, Date.now());
  return {
    url: `http://127.0.0.1:${new URL(switchboard.url).port}`,
    close: () => switchboard.close(),
  };
});
