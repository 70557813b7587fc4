/**
 * The final audit: compares what every client sent and was acknowledged, what the store holds, and what
 * every client displayed. Pure: it reads hand-built or real logs and returns counts and a list of findings,
 * each naming the conversation, seq and client, so a failure can be traced.
 */

import { auditLog, describeEntry as describe } from './audit-log.js';

/** @typedef {import('../../protocol/entries.js').Entry} Entry */
/** @typedef {import('./store-access.js').StoredLog} StoredLog */
/** @typedef {import('./command-outbox.js').SentRecord} SentRecord */
/** @typedef {{ client: string, conversationId: string, shown: readonly Entry[] }} DisplayRecord */

/**
 * @typedef {object} AuditReport
 * @property {number} conversations
 * @property {number} storedEntries Entries in the store, of every kind.
 * @property {number} displayedEntries Entries shown, summed over every client and conversation it follows.
 * @property {number} sent Commands with a client id: visitor and agent messages, handoff requests.
 * @property {number} acknowledged Answered `ok`.
 * @property {number} refused Answered with an error (nothing stored).
 * @property {number} unanswered Never answered by the end of the run.
 * @property {number} stored Sent commands whose client id is in the store.
 * @property {number} delivered Acknowledged commands shown by every client following their conversation.
 * @property {number} lost Acknowledged but not stored; stored but missing from a display; a gap in a log.
 * @property {number} duplicated A client id stored twice; an entry shown twice; a seq stored twice.
 * @property {number} outOfOrder Entries shown (or stored) after an entry with a higher seq.
 * @property {number} mismatched An ack naming another seq than the store; a shown entry unlike the stored.
 * @property {number} conflictingAcks Commands whose resends were answered differently from the original.
 * @property {number} botRepliesAfterTakeover Bot messages appended while the bot did not own the
 *   conversation: waiting for a person, with an agent, or resolved.
 * @property {number} ownershipViolations Two owners at once, or an agent speaking or releasing a
 *   conversation it did not own.
 * @property {number} unansweredBotTurns Visitor messages to the bot that never got a reply (informational:
 *   after a crash the relay answers a returning visitor's newest question, not every earlier one).
 * @property {Record<string, number>} refusals Refused commands by error code.
 * @property {string[]} findings What went wrong, one line each, in the order found.
 */

/** @param {Entry} entry */
function fingerprint(entry) {
  const text = 'text' in entry ? entry.text : '';
  const agent = 'agent' in entry ? entry.agent.id : '';
  return `${entry.conversationId}|${entry.seq}|${entry.kind}|${entry.clientId ?? ''}|${entry.at}|${agent}|${text}`;
}

/**
 * @param {{ logs: readonly StoredLog[], records: readonly SentRecord[], displays: readonly DisplayRecord[] }} input
 * @param {number} [maxFindings] How many findings to keep; the counts are always complete.
 * @returns {AuditReport}
 */
export function audit({ logs, records, displays }, maxFindings = 40) {
  /** @type {AuditReport} */
  const report = {
    conversations: logs.length,
    storedEntries: 0,
    displayedEntries: 0,
    sent: records.length,
    acknowledged: 0,
    refused: 0,
    unanswered: 0,
    stored: 0,
    delivered: 0,
    lost: 0,
    duplicated: 0,
    outOfOrder: 0,
    mismatched: 0,
    conflictingAcks: 0,
    botRepliesAfterTakeover: 0,
    ownershipViolations: 0,
    unansweredBotTurns: 0,
    refusals: {},
    findings: [],
  };
  /** @param {string} finding */
  const find = (finding) => {
    if (report.findings.length < maxFindings) report.findings.push(finding);
  };

  /**
   * Stored entries by client id. Client ids are unique per conversation (the relay's own ids, such as a bot
   * reply's `bot-reply-to-<seq>`, repeat across conversations), so duplicates are counted per conversation;
   * the ids clients generate are random, so a sent message is looked up by its id alone.
   * @type {Map<string, Entry[]>}
   */
  const byClientId = new Map();
  /** @type {Map<string, Entry[]>} */
  const byConversationAndClientId = new Map();
  /** @type {Map<string, Map<number, Entry>>} */
  const bySeq = new Map();
  for (const log of logs) {
    report.storedEntries += log.entries.length;
    const counts = auditLog(log, find);
    for (const key of /** @type {(keyof typeof counts)[]} */ (Object.keys(counts)))
      report[key] += counts[key];
    bySeq.set(log.conversationId, new Map(log.entries.map((entry) => [entry.seq, entry])));
    for (const entry of log.entries) {
      if (entry.clientId === null) continue;
      byClientId.set(entry.clientId, [...(byClientId.get(entry.clientId) ?? []), entry]);
      const key = `${entry.conversationId}|${entry.clientId}`;
      byConversationAndClientId.set(key, [...(byConversationAndClientId.get(key) ?? []), entry]);
    }
  }
  for (const same of byConversationAndClientId.values()) {
    if (same.length < 2) continue;
    report.duplicated += same.length - 1;
    find(`client id ${same[0]?.clientId} is stored ${same.length} times: ${same.map(describe).join(', ')}`);
  }

  /** @type {Map<string, Set<number>[]>} The seqs each follower of a conversation shows. */
  const shownBy = new Map();
  for (const display of displays) {
    const stored = bySeq.get(display.conversationId);
    const seen = new Set();
    let highest = 0;
    report.displayedEntries += display.shown.length;
    for (const entry of display.shown) {
      if (seen.has(entry.seq)) {
        report.duplicated++;
        find(`${display.client} shows ${describe(entry)} twice`);
        continue;
      }
      seen.add(entry.seq);
      if (entry.seq < highest) {
        report.outOfOrder++;
        find(`${display.client} shows ${describe(entry)} after seq ${highest}`);
      }
      highest = Math.max(highest, entry.seq);
      const original = stored?.get(entry.seq);
      if (original === undefined || fingerprint(original) !== fingerprint(entry)) {
        report.mismatched++;
        find(
          `${display.client} shows ${describe(entry)}, which the store holds ${original ? `as ${describe(original)}` : 'nowhere'}`,
        );
      }
    }
    for (const [seq, entry] of stored ?? []) {
      if (seen.has(seq)) continue;
      report.lost++;
      find(`${display.client} never showed ${describe(entry)}`);
    }
    const followers = shownBy.get(display.conversationId) ?? [];
    followers.push(seen);
    shownBy.set(display.conversationId, followers);
  }

  for (const record of records) {
    const stored = byClientId.get(record.clientId)?.[0];
    if (stored !== undefined) report.stored++;
    if (record.status === 'refused') {
      report.refused++;
      const code = record.refusal ?? 'unknown';
      report.refusals[code] = (report.refusals[code] ?? 0) + 1;
    } else if (record.status === 'pending') {
      report.unanswered++;
      find(`${record.sender}'s ${record.kind} ${record.clientId} was never answered`);
    } else {
      report.acknowledged++;
      if (stored === undefined) {
        report.lost++;
        find(
          `${record.sender}'s ${record.kind} ${record.clientId} was acknowledged as seq ${record.seq} of ${record.conversationId} but is not in the store`,
        );
        continue;
      }
      if (
        stored.conversationId !== record.conversationId ||
        stored.seq !== record.seq ||
        stored.kind !== record.kind ||
        (record.text !== null && 'text' in stored && stored.text !== record.text)
      ) {
        report.mismatched++;
        find(
          `${record.sender}'s ${record.clientId} was acknowledged as seq ${record.seq} of ${record.conversationId}, but the store holds it as ${describe(stored)}`,
        );
      }
      const followers = shownBy.get(stored.conversationId) ?? [];
      if (followers.length > 0 && followers.every((seen) => seen.has(stored.seq))) report.delivered++;
    }
    const answers = record.laterAcks.concat(
      record.status === 'refused' ? [{ ok: false, code: record.refusal ?? 'unknown' }] : [],
    );
    const isConflicting =
      stored !== undefined && answers.some((answer) => (answer.ok ? answer.seq !== stored.seq : true));
    if (isConflicting) {
      report.conflictingAcks++;
      const said = answers.map((answer) => (answer.ok ? `seq ${answer.seq}` : answer.code)).join(', ');
      find(
        `${record.sender}'s ${record.kind} ${record.clientId} is stored as ${describe(stored)}, but its resends were answered: ${said}`,
      );
    }
  }
  return report;
}
