import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { describeSync, ingestKnowledge, seedKnowledge, UnknownSiteError } from './ingest-knowledge.js';
import { KnowledgeFileError } from './knowledge-files.js';

const AT = 1_700_000_000_000;
const FILES: Record<string, string> = {
  'shipping.md':
    '---\nurl: /shipping.html\ntopic: delivery\n---\n# Shipping\n## Delivery times\n2 to 4 days.\n',
  'help/returns.html':
    '<title>Returns</title><link rel="canonical" href="https://shop.example/returns"><nav>Menu</nav><h2>Window</h2><p>30 days.</p>',
  'help/faq.yaml': 'faq:\n  - question: Do you ship abroad?\n    answer: Yes.\n',
  'gift-cards.json': '[{"question": "Do gift cards expire?", "answer": "No."}]',
  'notes.txt': 'Not knowledge.',
  '.hidden/secret.md': '# Secret\nText.',
};

let directory: string;
let root: string;
let store: Store;
let clock: number;
const now = () => clock;

async function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

const ingest = (paths: string[], siteId = 'shop') => ingestKnowledge(store, { siteId, paths, now });
const idsOf = async (siteId = 'shop') =>
  (await store.listKnowledgeDocuments(siteId)).map((document) => [document.id, document.kind]);

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'switchboard-ingest-'));
  root = join(directory, 'knowledge');
  await write(FILES);
  store = openSqliteStore(join(directory, 'store.sqlite'));
  await store.migrate();
  await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
  clock = AT;
});

afterEach(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

describe('ingestKnowledge', () => {
  it('adds every Markdown, HTML and FAQ file under a folder, by its path relative to the folder', async () => {
    expect(await ingest([root])).toEqual({ added: 4, updated: 0, unchanged: 0, removed: 0 });
    expect(await idsOf()).toEqual([
      ['gift-cards.json', 'faq'],
      ['help/faq.yaml', 'faq'],
      ['help/returns.html', 'html'],
      ['shipping.md', 'markdown'],
    ]);
    const returns = (await store.listKnowledgeDocuments('shop')).find(
      (doc) => doc.id === 'help/returns.html',
    );
    expect(returns).toMatchObject({
      title: 'Returns',
      url: 'https://shop.example/returns',
      sections: [{ heading: 'Window', text: '30 days.' }],
      updatedAt: AT,
    });
  });

  it('names a file given by itself after its file name', async () => {
    await ingest([join(root, 'help', 'faq.yaml'), join(root, 'shipping.md')]);
    expect(await idsOf()).toEqual([
      ['faq.yaml', 'faq'],
      ['shipping.md', 'markdown'],
    ]);
  });

  it('updates changed documents, keeps unchanged ones and removes the ones no longer there', async () => {
    await ingest([root]);
    await write({
      'help/faq.yaml': 'faq:\n  - question: Do you ship abroad?\n    answer: No, only in the UK.\n',
    });
    await write({ 'sizing.md': '# Sizing\nMeasure your chest.\n' });
    await rm(join(root, 'gift-cards.json'));
    clock = AT + 1000;
    const counts = await ingest([root]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 2, removed: 1 });
    expect(describeSync(counts)).toBe('added 1, updated 1, unchanged 2, removed 1');
    const stored = await store.listKnowledgeDocuments('shop');
    expect(stored.map((document) => [document.id, document.updatedAt])).toEqual([
      ['help/faq.yaml', AT + 1000],
      ['help/returns.html', AT],
      ['shipping.md', AT],
      ['sizing.md', AT + 1000],
    ]);
    expect(stored[0]?.sections[0]?.text).toBe('No, only in the UK.');
  });

  it('counts a file whose bytes changed but whose text did not as unchanged', async () => {
    await ingest([root]);
    await write({ 'shipping.md': `${FILES['shipping.md']}\n\n<!-- reviewed -->\n` });
    expect(await ingest([root])).toMatchObject({ updated: 0, unchanged: 4 });
  });

  it('refuses an unknown site, reading and storing nothing', async () => {
    await expect(ingest([join(directory, 'missing')], 'nowhere')).rejects.toThrow(UnknownSiteError);
    await expect(ingest([root], 'nowhere')).rejects.toThrow('There is no site "nowhere".');
    expect(await idsOf('nowhere')).toEqual([]);
  });

  it('stores nothing when one file is malformed, and names the file and the entry', async () => {
    await ingest([root]);
    await write({ 'help/faq.yaml': 'faq:\n  - question: Do you ship abroad?\n' });
    await rm(join(root, 'gift-cards.json'));
    const failure = ingest([root]);
    await expect(failure).rejects.toThrow(KnowledgeFileError);
    await expect(ingest([root])).rejects.toThrow(
      `${join(root, 'help', 'faq.yaml')}: entry 1 ("Do you ship abroad?") has no "answer"`,
    );
    expect(await idsOf()).toHaveLength(4);
  });

  it('refuses a missing path, a file of another kind, and two files that would have the same id', async () => {
    await expect(ingest([join(directory, 'missing')])).rejects.toThrow(/missing: cannot be read/);
    await expect(ingest([join(root, 'notes.txt')])).rejects.toThrow(/notes\.txt: not a knowledge file/);
    await write({ 'other/shipping.md': '# Other shipping\nText.\n' });
    await expect(ingest([root, join(root, 'other')])).rejects.toThrow(
      /would both be the document "shipping.md"/,
    );
    expect(await idsOf()).toEqual([]);
  });
});

describe('seedKnowledge', () => {
  it('gives a site without knowledge the files, and leaves a site with knowledge as it is', async () => {
    const options = { siteId: 'shop', now };
    expect(await seedKnowledge(store, { ...options, paths: [join(root, 'shipping.md')] })).toBe(true);
    expect(await seedKnowledge(store, { ...options, paths: [root] })).toBe(false);
    expect(await idsOf()).toEqual([['shipping.md', 'markdown']]);
  });
});
