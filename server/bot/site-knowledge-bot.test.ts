import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestKnowledge } from '../knowledge/ingest-knowledge.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { botTurn, onlyMessage } from '../testing/bot-turn.js';
import type { DialogManager } from './dialog-manager.js';
import { MISS_TEXT } from './knowledge-bot.js';
import { createSiteKnowledgeBot, DEFAULT_RECHECK_MS } from './site-knowledge-bot.js';

const AT = 1_700_000_000_000;
const DELIVERY_QUESTION = 'How long does delivery take?';

let directory: string;
let store: Store;
let clock: number;
let bot: DialogManager;

async function ingest(siteId: string, deliveryAnswer: string) {
  const file = join(directory, `${siteId}-delivery.md`);
  await writeFile(
    file,
    `---\nurl: https://${siteId}.example/delivery\n---\n# Delivery\n## Delivery times\n${deliveryAnswer}\n`,
  );
  await ingestKnowledge(store, { siteId, paths: [file], now: () => clock });
}

const ask = async (siteId: string, text = DELIVERY_QUESTION) =>
  onlyMessage(await bot.reply(botTurn(text, { siteId })));

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'switchboard-site-bot-'));
  store = openSqliteStore(join(directory, 'store.sqlite'));
  await store.migrate();
  for (const id of ['north', 'south', 'empty']) {
    await store.upsertSite({ id, name: id, allowedOrigins: [], createdAt: AT });
  }
  clock = AT;
  bot = createSiteKnowledgeBot({ knowledge: store, now: () => clock, assistantName: 'the assistant' });
});

afterEach(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

describe('createSiteKnowledgeBot', () => {
  it('answers each site from its own knowledge, citing the document with its link', async () => {
    await ingest('north', 'Delivery takes 2 working days in the north.');
    await ingest('south', 'Delivery takes 5 working days in the south.');
    expect(await ask('north')).toEqual({
      text: 'Delivery takes 2 working days in the north.',
      sources: [{ title: 'Delivery', url: 'https://north.example/delivery' }],
    });
    expect((await ask('south')).text).toBe('Delivery takes 5 working days in the south.');
  });

  it('says it is not sure, as a miss, on a site without knowledge', async () => {
    await ingest('north', 'Delivery takes 2 working days.');
    const reply = await bot.reply(botTurn(DELIVERY_QUESTION, { siteId: 'empty' }));
    expect(reply).toEqual({ messages: [{ text: MISS_TEXT, sources: [] }], isMiss: true });
  });

  it('answers from a re-ingested knowledge once the recheck interval has passed, without a restart', async () => {
    await ingest('north', 'Delivery takes 2 working days.');
    expect((await ask('north')).text).toBe('Delivery takes 2 working days.');
    clock += 1;
    await ingest('north', 'Delivery now takes 1 working day.');
    expect((await ask('north')).text).toBe('Delivery takes 2 working days.');
    clock += DEFAULT_RECHECK_MS;
    expect((await ask('north')).text).toBe('Delivery now takes 1 working day.');
  });

  it('starts answering a site whose first knowledge arrives while it runs', async () => {
    expect((await ask('north')).text).toBe(MISS_TEXT);
    await ingest('north', 'Delivery takes 2 working days.');
    clock += DEFAULT_RECHECK_MS;
    expect((await ask('north')).text).toBe('Delivery takes 2 working days.');
  });
});
