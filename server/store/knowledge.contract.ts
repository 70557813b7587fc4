/**
 * The part of the store contract for the knowledge base: a site's documents replaced as a whole, a version
 * that changes with them, and how often the bot cited each.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_CONVERSATION_CONTROL } from '../conversation/conversation-control.js';
import { knowledgeDocument, type NewKnowledgeDocument } from '../testing/knowledge-documents.js';
import type { Store } from './store.js';

const AT = 1_700_000_000_000;
const DAY_MS = 86_400_000;
const { version: _version, ...botControl } = NEW_CONVERSATION_CONTROL;

export function describeKnowledgeContract(adapterName: string, openStore: () => Promise<Store>): void {
  describe(`${adapterName} store contract: knowledge`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openStore();
      await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: AT });
      await store.upsertSite({ id: 'other', name: 'Another shop', allowedOrigins: [], createdAt: AT });
    });

    afterEach(async () => {
      await store.close();
    });

    it('stores a site’s documents with every field, by id', async () => {
      const faq: NewKnowledgeDocument = {
        ...knowledgeDocument('faq.yaml'),
        url: null,
        topic: 'questions',
        kind: 'faq',
        sections: [
          { heading: 'Do you ship abroad?', text: 'Yes, to 30 countries.' },
          { heading: 'Ünïcode ✓', text: 'Kept as written.' },
        ],
      };
      const counts = await store.syncKnowledge('shop', [knowledgeDocument('b.md'), faq], AT);
      expect(counts).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0 });
      expect(await store.listKnowledgeDocuments('shop')).toEqual([
        { ...knowledgeDocument('b.md'), updatedAt: AT },
        { ...faq, updatedAt: AT },
      ]);
      expect(await store.listKnowledgeDocuments('other')).toEqual([]);
    });

    it('updates changed documents, keeps unchanged ones and removes missing ones', async () => {
      await store.syncKnowledge(
        'shop',
        [knowledgeDocument('a.md'), knowledgeDocument('b.md'), knowledgeDocument('c.md')],
        AT,
      );
      const counts = await store.syncKnowledge(
        'shop',
        [knowledgeDocument('a.md'), knowledgeDocument('b.md', 'New text.'), knowledgeDocument('d.md')],
        AT + 1,
      );
      expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 1 });
      const stored = await store.listKnowledgeDocuments('shop');
      expect(stored.map((document) => [document.id, document.updatedAt, document.sections[0]?.text])).toEqual(
        [
          ['a.md', AT, 'About a.md.'],
          ['b.md', AT + 1, 'New text.'],
          ['d.md', AT + 1, 'About d.md.'],
        ],
      );
    });

    it('leaves other sites’ documents alone', async () => {
      await store.syncKnowledge('other', [knowledgeDocument('a.md')], AT);
      await store.syncKnowledge('shop', [knowledgeDocument('b.md')], AT);
      await store.syncKnowledge('shop', [], AT + 1);
      expect(await store.listKnowledgeDocuments('shop')).toEqual([]);
      expect((await store.listKnowledgeDocuments('other')).map((document) => document.id)).toEqual(['a.md']);
    });

    it('changes the knowledge version when documents are added, changed or removed, and only then', async () => {
      const empty = await store.knowledgeVersion('shop');
      await store.syncKnowledge('shop', [knowledgeDocument('a.md'), knowledgeDocument('b.md')], AT);
      const added = await store.knowledgeVersion('shop');
      await store.syncKnowledge('shop', [knowledgeDocument('a.md'), knowledgeDocument('b.md')], AT + 1);
      expect(await store.knowledgeVersion('shop')).toBe(added);
      await store.syncKnowledge(
        'shop',
        [knowledgeDocument('a.md'), knowledgeDocument('b.md', 'New.')],
        AT + 2,
      );
      const changed = await store.knowledgeVersion('shop');
      await store.syncKnowledge('shop', [knowledgeDocument('b.md', 'New.')], AT + 3);
      const removed = await store.knowledgeVersion('shop');
      expect(new Set([empty, added, changed, removed]).size).toBe(4);
      expect(await store.knowledgeVersion('other')).toBe(empty);
    });

    it('counts the site’s bot messages that cited each document since a time', async () => {
      await store.syncKnowledge(
        'shop',
        [knowledgeDocument('a.md'), knowledgeDocument('b.md'), knowledgeDocument('c.md')],
        AT,
      );
      const cite = (id: string) => ({ title: `Title of ${id}`, url: `https://shop.example/${id}` });
      async function conversationCiting(id: string, siteId: string, at: number, sourceLists: object[][]) {
        await store.createVisitor({ id: `v-${id}`, siteId, tokenHash: `t-${id}`, createdAt: at });
        await store.ensureConversation({
          id,
          siteId,
          visitorId: `v-${id}`,
          visitor: { pageUrl: null, pageTitle: null, referrer: null, locale: null },
          at,
        });
        await store.commit({
          conversationId: id,
          expectedVersion: 0,
          control: botControl,
          entries: sourceLists.map((sources) => ({
            kind: 'bot_message' as const,
            text: 'An answer',
            sources: sources as { title: string; url: string | null }[],
            isMiss: false,
            clientId: null,
          })),
          at,
        });
      }
      const now = AT + 40 * DAY_MS;
      await conversationCiting('recent', 'shop', now, [[cite('a.md')], [cite('a.md'), cite('b.md')], []]);
      await conversationCiting('old', 'shop', now - 31 * DAY_MS, [[cite('c.md')]]);
      await conversationCiting('elsewhere', 'other', now, [[cite('c.md')]]);
      await conversationCiting('renamed', 'shop', now, [[{ title: 'Title of c.md', url: null }]]);

      const usage = await store.listKnowledgeUsage('shop', now - 30 * DAY_MS);
      expect(usage.map((document) => [document.id, document.citations])).toEqual([
        ['a.md', 2],
        ['b.md', 1],
        ['c.md', 0],
      ]);
      expect(usage[0]).toEqual({
        id: 'a.md',
        title: 'Title of a.md',
        url: 'https://shop.example/a.md',
        kind: 'markdown',
        updatedAt: AT,
        citations: 2,
      });
    });
  });
}
