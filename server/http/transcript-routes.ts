import { Router } from 'express';
import type { Entry } from '../../protocol/entries.js';
import type { TranscriptJson } from '../../protocol/http-api.js';
import { MAX_ENTRIES_PER_PAGE } from '../../protocol/limits.js';
import { check, transcriptQuerySchema } from '../../protocol/schemas.js';
import type { Store } from '../store/store.js';
import { transcriptCsv } from '../transcripts/transcript-csv.js';
import { refuse } from './refuse.js';

/**
 * `GET /api/conversations/:conversationId/transcript?format=json|csv`: a conversation's whole log as a file
 * to download, for any signed-in agent (the caller mounts it behind `signedIn`). Never cached: it is the
 * visitor's words.
 */
export function transcriptRoutes({ store, now }: { store: Store; now: () => number }): Router {
  const router = Router();

  router.get('/:conversationId/transcript', async (request, response) => {
    const query = check(transcriptQuerySchema, request.query);
    if (!query.ok) return refuse(response, 400, 'invalid_payload', query.message);
    const conversation = await store.findConversation(request.params.conversationId);
    if (!conversation) return refuse(response, 404, 'conversation_not_found', 'No such conversation.');
    const entries = await readWholeLog(store, conversation.id);
    const { format } = query.value;
    response.setHeader('Cache-Control', 'no-store');
    response.attachment(`transcript-${conversation.id}.${format}`);
    if (format === 'csv') {
      response.type('text/csv; charset=utf-8').send(transcriptCsv(entries));
      return;
    }
    const body: TranscriptJson = {
      conversation: {
        id: conversation.id,
        siteId: conversation.siteId,
        createdAt: conversation.createdAt,
        visitor: conversation.visitor,
      },
      exportedAt: now(),
      entries,
    };
    response.json(body);
  });

  return router;
}

/** Every entry of the log, read a page at a time. */
async function readWholeLog(store: Store, conversationId: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (;;) {
    const page = await store.readEntries(conversationId, entries.at(-1)?.seq ?? 0, MAX_ENTRIES_PER_PAGE);
    entries.push(...page);
    if (page.length < MAX_ENTRIES_PER_PAGE) return entries;
  }
}
