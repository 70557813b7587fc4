/**
 * The knowledge the built-in bot answers from: documents of titled sections, in plain text, whatever format
 * they were written in.
 */

/** One titled part of a document; the unit the bot retrieves and answers with. */
export interface KnowledgeSection {
  /** The section's heading, or the document's title for the text before the first heading. */
  heading: string;
  /** Plain text without markup: each paragraph, list item or table row on its own line. */
  text: string;
}

/** A document of the knowledge base, such as one FAQ page. */
export interface KnowledgeDocument {
  /** Stable and unique within a knowledge base, such as the file name without its extension. */
  id: string;
  /** Shown to the visitor as the answer's source. */
  title: string;
  /** Where the visitor can read the whole document, when it has a public address. */
  url: string | null;
  /**
   * A few words for the document's subject that fit in "I can answer questions about …", such as
   * "delivery", for the bot's greeting; null when the document should not be named there.
   */
  topic: string | null;
  /** In document order; none is empty. */
  sections: KnowledgeSection[];
}
