/**
 * The harness's own way into the relay's store (a SQLite file or PostgreSQL), through the built store: creating agent accounts
 * before the first start, and reading every conversation's log for the audit. The built modules are loaded
 * at run time, so the type checker reads the TypeScript sources' types instead of checking dist/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @typedef {import('../../protocol/entries.js').Entry} Entry */
/** @typedef {import('../../server/store/store.js').Store} Store */
/** @typedef {{ conversationId: string, lastSeq: number, entries: Entry[] }} StoredLog */

/** A page of a log as the audit reads it; far more than any chaos conversation holds. */
const READ_PAGE = 10_000;

/**
 * @param {string} root
 * @param {string} path Under dist/.
 */
async function loadBuilt(root, path) {
  const file = join(root, 'dist', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the server first (npm run build).`);
  return import(pathToFileURL(file).href);
}

/**
 * Opens the store a relay with this DATABASE_URL uses, with the built store.
 * @param {string} root
 * @param {string} databaseUrl
 * @returns {Promise<Store>}
 */
export async function openStore(root, databaseUrl) {
  /** @type {typeof import('../../server/config.js')} */
  const config = await loadBuilt(root, 'server/config.js');
  /** @type {typeof import('../../server/store/open-store.js')} */
  const stores = await loadBuilt(root, 'server/store/open-store.js');
  return stores.openStore(config.readConfig({ DATABASE_URL: databaseUrl }, root).store);
}

/**
 * Creates the schema and one account per agent, before the relay first starts.
 * @param {string} root
 * @param {string} databaseUrl
 * @param {readonly { email: string, name: string, password: string }[]} agents
 */
export async function prepareStore(root, databaseUrl, agents) {
  /** @type {typeof import('../../server/auth/agent-accounts.js')} */
  const accounts = await loadBuilt(root, 'server/auth/agent-accounts.js');
  const store = await openStore(root, databaseUrl);
  try {
    await store.migrate();
    for (const agent of agents) {
      await accounts.createAgentAccount(store, { ...agent, role: 'agent' }, Date.now());
    }
  } finally {
    await store.close();
  }
}

/**
 * Every conversation's last seq, for watching the run settle.
 * @param {Store} store
 * @returns {Promise<Map<string, number>>}
 */
export async function readLastSeqs(store) {
  const conversations = await store.listConversations({ resolvedLimit: Number.MAX_SAFE_INTEGER });
  return new Map(conversations.map((conversation) => [conversation.id, conversation.lastSeq]));
}

/**
 * Every conversation's whole log, as the store holds it.
 * @param {Store} store
 * @returns {Promise<StoredLog[]>}
 */
export async function readLogs(store) {
  const conversations = await store.listConversations({ resolvedLimit: Number.MAX_SAFE_INTEGER });
  /** @type {StoredLog[]} */
  const logs = [];
  for (const conversation of conversations) {
    /** @type {Entry[]} */
    const entries = [];
    for (;;) {
      const page = await store.readEntries(conversation.id, entries.at(-1)?.seq ?? 0, READ_PAGE);
      entries.push(...page);
      if (page.length < READ_PAGE) break;
    }
    logs.push({ conversationId: conversation.id, lastSeq: conversation.lastSeq, entries });
  }
  return logs;
}
