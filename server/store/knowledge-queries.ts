import type { Kysely, Selectable } from 'kysely';
import type { KnowledgeKind } from '../../protocol/http-api.js';
import type { Database } from './database.js';
import { siteEntryBodiesSince } from './site-entries.js';
import type { KnowledgeStore, StoredKnowledgeDocument } from './knowledge-store.js';

type DocumentRow = Selectable<Database['knowledge_documents']>;

function toDocument(row: DocumentRow): StoredKnowledgeDocument {
  return {
    id: row.document_id,
    title: row.title,
    url: row.url,
    topic: row.topic,
    kind: row.kind as KnowledgeKind,
    contentHash: row.content_hash,
    sections: JSON.parse(row.sections) as StoredKnowledgeDocument['sections'],
    updatedAt: Number(row.updated_at),
  };
}

/** A source as a bot message records it; the key a document is cited by. */
function citationKey(title: string, url: string | null): string {
  return JSON.stringify([title, url]);
}

/** The knowledge part of the store over any engine Kysely speaks. */
export function knowledgeQueries(db: Kysely<Database>): KnowledgeStore {
  return {
    async listKnowledgeDocuments(siteId) {
      const rows = await db
        .selectFrom('knowledge_documents')
        .selectAll()
        .where('site_id', '=', siteId)
        .orderBy('document_id')
        .execute();
      return rows.map(toDocument);
    },

    syncKnowledge(siteId, documents, at) {
      return db.transaction().execute(async (transaction) => {
        const stored = await transaction
          .selectFrom('knowledge_documents')
          .select(['document_id', 'content_hash'])
          .where('site_id', '=', siteId)
          .execute();
        const hashById = new Map(stored.map((row) => [row.document_id, row.content_hash]));
        const counts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
        for (const document of documents) {
          const storedHash = hashById.get(document.id);
          if (storedHash === document.contentHash) {
            counts.unchanged++;
            continue;
          }
          const row = {
            title: document.title,
            url: document.url,
            topic: document.topic,
            kind: document.kind,
            content_hash: document.contentHash,
            sections: JSON.stringify(document.sections),
            updated_at: at,
          };
          // An upsert rather than an insert: two relay processes seeding the demo site at once both succeed.
          await transaction
            .insertInto('knowledge_documents')
            .values({ site_id: siteId, document_id: document.id, ...row })
            .onConflict((conflict) => conflict.columns(['site_id', 'document_id']).doUpdateSet(row))
            .execute();
          if (storedHash === undefined) counts.added++;
          else counts.updated++;
        }
        const kept = new Set(documents.map((document) => document.id));
        const gone = [...hashById.keys()].filter((id) => !kept.has(id));
        if (gone.length > 0) {
          await transaction
            .deleteFrom('knowledge_documents')
            .where('site_id', '=', siteId)
            .where('document_id', 'in', gone)
            .execute();
        }
        counts.removed = gone.length;
        return counts;
      });
    },

    async knowledgeVersion(siteId) {
      const { count, latest } = await db
        .selectFrom('knowledge_documents')
        .select((builder) => [
          builder.fn.countAll<number | string>().as('count'),
          builder.fn.max('updated_at').as('latest'),
        ])
        .where('site_id', '=', siteId)
        .executeTakeFirstOrThrow();
      return `${Number(count)}:${latest === null ? 0 : Number(latest)}`;
    },

    async listKnowledgeUsage(siteId, citedSince) {
      const documents = await db
        .selectFrom('knowledge_documents')
        .select(['document_id', 'title', 'url', 'kind', 'updated_at'])
        .where('site_id', '=', siteId)
        .orderBy('title')
        .orderBy('document_id')
        .execute();
      const bodies = await siteEntryBodiesSince(db, siteId, 'bot_message', citedSince).execute();
      const citations = new Map<string, number>();
      for (const { body } of bodies) {
        const { sources = [] } = JSON.parse(body) as { sources?: { title: string; url: string | null }[] };
        for (const key of new Set(sources.map((source) => citationKey(source.title, source.url)))) {
          citations.set(key, (citations.get(key) ?? 0) + 1);
        }
      }
      return documents.map((row) => ({
        id: row.document_id,
        title: row.title,
        url: row.url,
        kind: row.kind as KnowledgeKind,
        updatedAt: Number(row.updated_at),
        citations: citations.get(citationKey(row.title, row.url)) ?? 0,
      }));
    },
  };
}
