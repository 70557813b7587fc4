import { describe, expect, it } from 'vitest';
import { audit } from './audit.js';
import { parseChaosOptions } from './chaos-options.js';
import { formatSummary, verdictOf } from './summary.js';

const CLEAN_REPORT = audit({ logs: [], records: [], displays: [] });
/** @type {import('./fault-injector.js').FaultCounts} */
const FAULTS = { kills: 2, drops: 5, staleBehind: 1, staleAhead: 1, races: [], skipped: 0 };
/** @type {import('./summary.js').ClientTotals} */
const CLIENTS = {
  redelivered: 0,
  gaps: 0,
  resyncs: 0,
  bursts: 3,
  burstCopies: 9,
  handshakeRefusals: 0,
  resumeRefusals: 0,
  aheadResumesNotResynced: 0,
};
const RUN = { isQuiet: true, quiesceMs: 1500, totalMs: 25_000 };

describe('verdictOf', () => {
  it('passes a clean run with the four headline counts', () => {
    expect(verdictOf(CLEAN_REPORT, FAULTS, CLIENTS, RUN)).toEqual({
      isPass: true,
      line: 'verdict: PASS — 0 lost, 0 duplicated, 0 out of order, 0 bot replies after takeover',
    });
  });

  it('fails on a loss and names the other broken invariants', () => {
    const report = { ...CLEAN_REPORT, lost: 2, conflictingAcks: 1 };
    const races = [{ conversationId: 'c1', answers: ['ok', 'ok'], winners: 2 }];
    const verdict = verdictOf(report, { ...FAULTS, races }, CLIENTS, { ...RUN, isQuiet: false });
    expect(verdict.isPass).toBe(false);
    expect(verdict.line).toBe(
      'verdict: FAIL — 2 lost, 0 duplicated, 0 out of order, 0 bot replies after takeover; also 1 conflicting ack, 1 claim race without exactly one winner, the run never settled',
    );
  });
});

describe('formatSummary', () => {
  it('prints the counts, the faults and the verdict last', () => {
    const options = parseChaosOptions(['--visitors', '2', '--agents', '1', '--duration', '10'], () => 5);
    const text = formatSummary({ options, report: CLEAN_REPORT, faults: FAULTS, clients: CLIENTS, run: RUN });
    expect(text).toContain('relay SIGKILL + restart');
    expect(text).toMatch(/resend bursts\s+3 {3}9 emits sharing a client id/);
    expect(text.trim().split('\n').at(-1)).toMatch(/^verdict: PASS/);
  });
});
