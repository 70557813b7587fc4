import type { Entry, EntryBody } from '../../protocol/entries.js';

/** A committed entry for tests: conversation `c1`, a visitor message unless `body` says otherwise. */
export function testEntry(
  seq: number,
  body: EntryBody = { kind: 'visitor_message', text: `message ${seq}` },
  clientId: string | null = null,
  conversationId = 'c1',
): Entry {
  return { ...body, conversationId, seq, at: 1_700_000_000_000 + seq, clientId };
}

/** A bot answer with no sources. */
export function botEntry(seq: number, text = `answer ${seq}`): Entry {
  return testEntry(seq, { kind: 'bot_message', text, sources: [], isMiss: false });
}
