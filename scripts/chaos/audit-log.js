/**
 * Audits one stored log on its own: seqs run 1..n without a gap, ownership changes only as the state machine
 * allows (one owner at a time, only the owner speaks and releases), and the bot is silent whenever it does
 * not own the conversation.
 */

/** @typedef {import('../../protocol/entries.js').Entry} Entry */
/** @typedef {import('./store-access.js').StoredLog} StoredLog */

/**
 * What one log's walk found; the audit adds these to its report.
 * @typedef {object} LogCounts
 * @property {number} lost Seqs missing from the log, or promised by its last seq.
 * @property {number} duplicated Seqs stored twice.
 * @property {number} outOfOrder Seqs stored after a higher one.
 * @property {number} botRepliesAfterTakeover Bot messages while the bot did not own the conversation.
 * @property {number} ownershipViolations
 * @property {number} unansweredBotTurns Visitor messages to the bot left without a reply.
 */

/**
 * An entry as a finding names it.
 * @param {Entry} entry
 */
export function describeEntry(entry) {
  return `${entry.conversationId} seq ${entry.seq} (${entry.kind}${entry.clientId ? ` ${entry.clientId}` : ''})`;
}

/**
 * Walks one log: seqs are 1..n without a gap, ownership changes only as the state machine allows, and the
 * bot is silent whenever it does not own the conversation.
 * @param {StoredLog} log
 * @param {(finding: string) => void} find Told of each problem, one line each.
 * @returns {LogCounts}
 */
export function auditLog(log, find) {
  /** @type {LogCounts} */
  const report = {
    lost: 0,
    duplicated: 0,
    outOfOrder: 0,
    botRepliesAfterTakeover: 0,
    ownershipViolations: 0,
    unansweredBotTurns: 0,
  };
  /** @type {'bot' | 'waiting' | 'agent' | 'resolved'} */
  let state = 'bot';
  /** @type {import('../../protocol/entries.js').AgentRef | null} */
  let owner = null;
  let botTurnsOwed = 0;
  let expectedSeq = 1;
  log.entries.forEach((entry, index) => {
    if (entry.seq < expectedSeq) {
      if (entry.seq === expectedSeq - 1) {
        report.duplicated++;
        find(`store holds seq ${entry.seq} twice in ${log.conversationId}`);
      } else {
        report.outOfOrder++;
        find(`store returns ${describeEntry(entry)} after seq ${expectedSeq - 1}`);
      }
      return;
    }
    if (entry.seq > expectedSeq) {
      report.lost += entry.seq - expectedSeq;
      find(`store log of ${log.conversationId} jumps from seq ${expectedSeq - 1} to ${entry.seq}`);
    }
    expectedSeq = entry.seq + 1;

    switch (entry.kind) {
      case 'visitor_message': {
        const next = log.entries[index + 1];
        const isHandoffPhrase = next?.kind === 'handoff_requested' && next.trigger === 'visitor_phrase';
        if (state === 'bot' && !isHandoffPhrase) botTurnsOwed++;
        break;
      }
      case 'bot_message':
        if (state !== 'bot') {
          report.botRepliesAfterTakeover++;
          find(
            `bot replied while the conversation was ${state === 'agent' ? `with ${owner?.name}` : state}: ${describeEntry(entry)}`,
          );
        }
        botTurnsOwed = Math.max(0, botTurnsOwed - 1);
        break;
      case 'handoff_requested':
        state = 'waiting';
        owner = null;
        botTurnsOwed = 0;
        break;
      case 'agent_joined':
        if (state === 'agent') {
          report.ownershipViolations++;
          find(`${entry.agent.name} joined while ${owner?.name} owned it: ${describeEntry(entry)}`);
        }
        state = 'agent';
        owner = entry.agent;
        botTurnsOwed = 0;
        break;
      case 'agent_message':
      case 'handed_back':
        if (state !== 'agent' || owner?.id !== entry.agent.id) {
          report.ownershipViolations++;
          find(`${entry.agent.name} acted without owning the conversation: ${describeEntry(entry)}`);
        }
        if (entry.kind === 'handed_back') {
          state = 'bot';
          owner = null;
        }
        break;
      case 'resolved':
        if (state === 'agent' && owner?.id !== entry.agent.id) {
          report.ownershipViolations++;
          find(`${entry.agent.name} resolved a conversation ${owner?.name} owned: ${describeEntry(entry)}`);
        }
        state = 'resolved';
        owner = null;
        botTurnsOwed = 0;
        break;
      case 'reopened':
      case 'wait_timed_out':
        state = 'bot';
        break;
      case 'agent_left':
        state = 'waiting';
        owner = null;
        break;
      case 'idle_closed':
        state = 'resolved';
        owner = null;
        botTurnsOwed = 0;
        break;
    }
  });
  if (log.lastSeq > expectedSeq - 1) {
    report.lost += log.lastSeq - (expectedSeq - 1);
    find(`${log.conversationId} claims last seq ${log.lastSeq} but its log ends at ${expectedSeq - 1}`);
  }
  if (state === 'bot') report.unansweredBotTurns += botTurnsOwed;
  return report;
}
