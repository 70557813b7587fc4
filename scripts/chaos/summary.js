/**
 * The one summary a chaos run prints: the audit's counts, the faults injected, how delivery went, and a
 * final verdict line. The verdict fails on any lost, duplicated, out-of-order or mismatched entry, any bot
 * reply after a takeover, any conflicting acknowledgement or ownership violation, any command never
 * answered, a claim race without exactly one winner, or a run that never settled.
 */

/** @typedef {import('./audit.js').AuditReport} AuditReport */
/** @typedef {import('./fault-injector.js').FaultCounts} FaultCounts */
/** @typedef {import('./chaos-options.js').ChaosOptions} ChaosOptions */

/**
 * What the clients saw of delivery, summed over all of them.
 * @typedef {object} ClientTotals
 * @property {number} redelivered Entries received again and dropped by seq.
 * @property {number} gaps Entries that arrived ahead of a gap and made the client resume.
 * @property {number} resyncs Full resyncs the relay asked for.
 * @property {number} bursts Resend bursts sent.
 * @property {number} burstCopies Emits in those bursts.
 * @property {number} handshakeRefusals Connections the relay refused.
 * @property {number} resumeRefusals Resumes and opens the relay refused.
 * @property {number} aheadResumesNotResynced Resumes claiming a seq past the log that were not resynced.
 */

/**
 * @typedef {object} RunFacts
 * @property {boolean} isQuiet Every client caught up and every outbox emptied before the deadline.
 * @property {number} quiesceMs
 * @property {number} totalMs
 */

/** @param {number} count @param {string} one @param {string} [many] */
const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * @param {AuditReport} report
 * @param {FaultCounts} faults
 * @param {ClientTotals} clients
 * @param {RunFacts} run
 */
export function verdictOf(report, faults, clients, run) {
  const answeredRaces = faults.races.filter((race) => race.answers.every((answer) => answer !== null));
  const badRaces = answeredRaces.filter((race) => race.winners !== 1).length;
  const extra = [
    [report.mismatched, plural(report.mismatched, 'mismatched entry', 'mismatched entries')],
    [report.conflictingAcks, plural(report.conflictingAcks, 'conflicting ack')],
    [report.ownershipViolations, plural(report.ownershipViolations, 'ownership violation')],
    [report.unanswered, plural(report.unanswered, 'command never answered', 'commands never answered')],
    [
      badRaces,
      plural(badRaces, 'claim race without exactly one winner', 'claim races without exactly one winner'),
    ],
    [
      faults.races.length - answeredRaces.length,
      plural(
        faults.races.length - answeredRaces.length,
        'claim race left unanswered',
        'claim races left unanswered',
      ),
    ],
    [
      clients.aheadResumesNotResynced,
      plural(
        clients.aheadResumesNotResynced,
        'resume past the log not resynced',
        'resumes past the log not resynced',
      ),
    ],
    [run.isQuiet ? 0 : 1, 'the run never settled'],
  ]
    .filter(([count]) => Number(count) > 0)
    .map(([, text]) => String(text));
  const isPass =
    extra.length === 0 &&
    report.lost === 0 &&
    report.duplicated === 0 &&
    report.outOfOrder === 0 &&
    report.botRepliesAfterTakeover === 0;
  const headline = `${report.lost} lost, ${report.duplicated} duplicated, ${report.outOfOrder} out of order, ${plural(report.botRepliesAfterTakeover, 'bot reply', 'bot replies')} after takeover`;
  return {
    isPass,
    line: `verdict: ${isPass ? 'PASS' : 'FAIL'} — ${headline}${extra.length > 0 ? `; also ${extra.join(', ')}` : ''}`,
  };
}

/**
 * @param {string} label
 * @param {number | string} value
 * @param {string} [note]
 */
function row(label, value, note = '') {
  return `  ${label.padEnd(30)}${String(value).padStart(8)}${note ? `   ${note}` : ''}`;
}

/**
 * @param {object} input
 * @param {ChaosOptions} input.options
 * @param {AuditReport} input.report
 * @param {FaultCounts} input.faults
 * @param {ClientTotals} input.clients
 * @param {RunFacts} input.run
 */
export function formatSummary({ options, report, faults, clients, run }) {
  const refusals = Object.entries(report.refusals)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  const raceWins = faults.races.filter((race) => race.winners === 1).length;
  const lines = [
    '',
    `Switchboard chaos — ${options.nodes === 1 ? 'one relay' : `${options.nodes} relay processes`}, ${options.visitors} visitors, ${options.agents} agents, ${options.durationSeconds} s, seed ${options.seed}`,
    '',
    row('conversations', report.conversations),
    row('messages sent', report.sent, 'visitor and agent messages and handoff requests'),
    row('acknowledged', report.acknowledged),
    row('refused', report.refused, refusals),
    row('never answered', report.unanswered),
    row('stored', report.stored),
    row('delivered', report.delivered, 'acknowledged and shown on every screen following it'),
    row('lost', report.lost),
    row('duplicated', report.duplicated),
    row('out of order', report.outOfOrder),
    row('bot replies after takeover', report.botRepliesAfterTakeover),
    row('mismatched', report.mismatched),
    row('conflicting acks', report.conflictingAcks),
    row('ownership violations', report.ownershipViolations),
    row('entries stored', report.storedEntries),
    row('entries shown', report.displayedEntries, 'summed over every screen'),
    row(
      'bot turns never answered',
      report.unansweredBotTurns,
      'informational: the bot answers only the newest question of a returning visitor',
    ),
    '',
    'faults injected',
    row('relay SIGKILL + restart', faults.kills),
    row('dropped connections', faults.drops),
    row(
      'stale lastSeq reconnects',
      faults.staleBehind + faults.staleAhead,
      `${faults.staleBehind} behind, ${faults.staleAhead} past the end of the log`,
    ),
    row('resend bursts', clients.bursts, `${clients.burstCopies} emits sharing a client id`),
    row('claim races', faults.races.length, `${raceWins} with exactly one winner`),
    row('skipped (no target)', faults.skipped),
    '',
    `delivery: ${clients.redelivered} entries received again and dropped by seq, ${clients.gaps} gaps resumed, ${clients.resyncs} full resyncs; ${clients.handshakeRefusals} handshakes and ${clients.resumeRefusals} resumes refused`,
    `settled ${run.isQuiet ? 'in' : 'NOT within'} ${(run.quiesceMs / 1000).toFixed(1)} s; whole run ${(run.totalMs / 1000).toFixed(1)} s`,
  ];
  const findings = [
    ...report.findings,
    ...faults.races
      .filter((race) => race.winners !== 1)
      .map(
        (race) =>
          `claim race on ${race.conversationId}: ${race.winners} winners (${race.answers.map(String).join(', ')})`,
      ),
  ];
  if (findings.length > 0) lines.push('', 'findings:', ...findings.map((finding) => `  - ${finding}`));
  lines.push('', verdictOf(report, faults, clients, run).line);
  return lines.join('\n');
}
