import type { TranscriptFormat } from '../../protocol/http-api.js';

/** Where a conversation's transcript downloads from, in one format (the session cookie goes along). */
export function transcriptUrl(conversationId: string, format: TranscriptFormat): string {
  return `/api/conversations/${encodeURIComponent(conversationId)}/transcript?format=${format}`;
}
