/** Knowledge documents for store tests, as a site's sync would hand them to the store. */
import type { StoredKnowledgeDocument } from '../store/knowledge-store.js';

export type NewKnowledgeDocument = Omit<StoredKnowledgeDocument, 'updatedAt'>;

/** A one-section Markdown document `id` whose text is `text`; its content hash follows the text. */
export function knowledgeDocument(id: string, text = `About ${id}.`): NewKnowledgeDocument {
  return {
    id,
    title: `Title of ${id}`,
    url: `https://shop.example/${id}`,
    topic: null,
    kind: 'markdown',
    contentHash: `hash of ${text}`,
    sections: [{ heading: `Heading of ${id}`, text }],
  };
}
