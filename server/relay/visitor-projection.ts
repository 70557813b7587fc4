import type { Entry } from '../../protocol/entries.js';

/**
 * An entry as the visitor may see it: a private note becomes an `internal` entry with the same place in
 * the log (so the visitor's log stays gap-free and their `lastSeq` stays true), and a transfer loses its
 * note. Every other entry is the visitor's to read as it is. Applied to live fan-out and to resume alike.
 */
export function forVisitor(entry: Entry): Entry {
  switch (entry.kind) {
    case 'note_added':
      return {
        kind: 'internal',
        conversationId: entry.conversationId,
        seq: entry.seq,
        at: entry.at,
        clientId: null,
      };
    case 'transferred':
      return entry.note === null ? entry : { ...entry, note: null };
    default:
      return entry;
  }
}
