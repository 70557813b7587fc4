/**
 * `npm run ingest`'s work: makes the files under some paths a site's whole knowledge. Everything is read and
 * checked first; the store then changes in one transaction, or not at all.
 */
import type { KnowledgeStore, KnowledgeSyncCounts } from '../store/knowledge-store.js';
import type { Store } from '../store/store.js';
import { readKnowledgeFiles } from './knowledge-files.js';

/** The site to ingest into does not exist. */
export class UnknownSiteError extends Error {
  override name = 'UnknownSiteError';
}

/**
 * Ingests the Markdown, HTML and FAQ files under `paths` as the site's knowledge: new documents are added,
 * changed ones updated, unchanged ones kept, and the site's documents not found under `paths` removed.
 * @param now The time changed documents are stamped with, in ms since the Unix epoch.
 * @throws {UnknownSiteError} when no site has `siteId`; nothing is read or stored.
 * @throws {KnowledgeFileError} when a file is missing, unreadable or malformed; nothing is stored.
 */
export async function ingestKnowledge(
  store: Pick<Store, 'findSite'> & Pick<KnowledgeStore, 'syncKnowledge'>,
  { siteId, paths, now }: { siteId: string; paths: readonly string[]; now: () => number },
): Promise<KnowledgeSyncCounts> {
  if (!(await store.findSite(siteId))) throw new UnknownSiteError(`There is no site "${siteId}".`);
  const documents = await readKnowledgeFiles(paths);
  return store.syncKnowledge(siteId, documents, now());
}

/**
 * Gives a site the knowledge under `paths` if it has none yet, as at the first start of the demo; a site
 * whose knowledge was ingested keeps it. Resolves to whether it seeded.
 */
export async function seedKnowledge(
  store: Pick<Store, 'findSite'> & Pick<KnowledgeStore, 'syncKnowledge' | 'listKnowledgeDocuments'>,
  options: { siteId: string; paths: readonly string[]; now: () => number },
): Promise<boolean> {
  if ((await store.listKnowledgeDocuments(options.siteId)).length > 0) return false;
  await ingestKnowledge(store, options);
  return true;
}

/** The line `npm run ingest` prints. */
export function describeSync({ added, updated, unchanged, removed }: KnowledgeSyncCounts): string {
  return `added ${added}, updated ${updated}, unchanged ${unchanged}, removed ${removed}`;
}
