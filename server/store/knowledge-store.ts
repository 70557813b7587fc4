/**
 * The store port's part for the knowledge base: each site's documents, which the built-in bot answers
 * from. `npm run ingest` replaces a site's whole knowledge in one transaction; the bot reads it back per site.
 */
import type { KnowledgeDocumentSummary, KnowledgeKind } from '../../protocol/http-api.js';

/** One passage of a document: the bot answers with the text of one section. */
export interface StoredKnowledgeSection {
  heading: string;
  text: string;
}

/** A knowledge document as ingested; its shape is what the bot's index reads. */
export interface StoredKnowledgeDocument {
  /** Stable across ingests: the file's path relative to the folder it was ingested from. */
  id: string;
  title: string;
  url: string | null;
  /** What the bot's greeting names the document by, if anything. */
  topic: string | null;
  kind: KnowledgeKind;
  /** A hash of the parsed document: a re-ingest updates the document only when it changed. */
  contentHash: string;
  sections: StoredKnowledgeSection[];
  /** When the content last changed, in ms since the Unix epoch. */
  updatedAt: number;
}

/** What a {@link KnowledgeStore.syncKnowledge} changed, by number of documents. */
export interface KnowledgeSyncCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface KnowledgeStore {
  /** The site's documents, by id, with their sections. */
  listKnowledgeDocuments(siteId: string): Promise<StoredKnowledgeDocument[]>;
  /**
   * Makes `documents` the site's whole knowledge, in one transaction: documents with a new id are added,
   * those whose `contentHash` differs are updated (with `updatedAt` set to `at`), the others are left as
   * they are, and the site's documents missing from `documents` are removed. Ids must be unique.
   */
  syncKnowledge(
    siteId: string,
    documents: readonly Omit<StoredKnowledgeDocument, 'updatedAt'>[],
    at: number,
  ): Promise<KnowledgeSyncCounts>;
  /**
   * A cheap token that changes whenever the site's knowledge does (the number of documents and the latest
   * `updatedAt`), so a cache can tell when to read the documents again.
   */
  knowledgeVersion(siteId: string): Promise<string>;
  /**
   * The site's documents, by title, each with the number of the site's bot messages committed at or after
   * `citedSince` (ms since the Unix epoch) that list it among their sources (same title and url).
   */
  listKnowledgeUsage(siteId: string, citedSince: number): Promise<KnowledgeDocumentSummary[]>;
}
