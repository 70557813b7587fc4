/**
 * What one simulated client shows of one conversation, kept the way the widget and the console keep it: an
 * entry whose seq is already held is dropped, the next seq is appended, and anything further ahead is left
 * for a resume to fetch. `shown` records every entry in the order it was put on screen, so the audit can see
 * a duplicate or an out-of-order entry if one ever got through.
 */

/** @typedef {import('../../protocol/entries.js').Entry} Entry */
/** @typedef {'appended' | 'held' | 'gap' | 'foreign'} EntryOutcome */

/**
 * @typedef {object} DisplayedTranscript
 * @property {() => string | null} conversationId
 * @property {() => number} lastSeq The seq of the newest entry shown; 0 when none is.
 * @property {() => readonly Entry[]} shown Every entry shown, in the order it was shown.
 * @property {(entry: Entry) => EntryOutcome} receive Adds one entry from the relay.
 * @property {(conversationId: string | null, firstSeq: number) => void} replace A full resync: drops what is
 *   shown and starts again at `firstSeq` of `conversationId`.
 * @property {() => { received: number, redelivered: number, gaps: number, resyncs: number }} stats How the
 *   entries arrived: redelivered ones were already held, gaps made the client resume.
 */

/**
 * @param {string | null} conversationId The conversation, or null until the first entry says which.
 * @returns {DisplayedTranscript}
 */
export function createDisplayedTranscript(conversationId) {
  let current = conversationId;
  let lastSeq = 0;
  /** @type {Entry[]} */
  let shown = [];
  const stats = { received: 0, redelivered: 0, gaps: 0, resyncs: 0 };

  return {
    conversationId: () => current,
    lastSeq: () => lastSeq,
    shown: () => shown,
    receive(entry) {
      stats.received++;
      if (current !== null && entry.conversationId !== current) return 'foreign';
      if (entry.seq <= lastSeq) {
        stats.redelivered++;
        return 'held';
      }
      if (entry.seq !== lastSeq + 1) {
        stats.gaps++;
        return 'gap';
      }
      current = entry.conversationId;
      shown.push(entry);
      lastSeq = entry.seq;
      return 'appended';
    },
    replace(resyncedId, firstSeq) {
      stats.resyncs++;
      current = resyncedId;
      shown = [];
      lastSeq = Math.max(0, firstSeq - 1);
    },
    stats: () => ({ ...stats }),
  };
}
