import { describe, expect, it } from 'vitest';
import { audit } from './audit.js';
import { newRecord } from './command-outbox.js';

/** @typedef {import('../../protocol/entries.js').Entry} Entry */
/** @typedef {import('./command-outbox.js').SentRecord} SentRecord */

const ID = 'c1';
const AT = 1_700_000_000_000;
const ADA = { id: 'ada', name: 'Ada' };
const GRACE = { id: 'grace', name: 'Grace' };

/** @param {number} seq @param {string} clientId @returns {Entry} */
const visitorSays = (seq, clientId) => ({
  kind: 'visitor_message',
  text: `line ${clientId}`,
  conversationId: ID,
  seq,
  at: AT,
  clientId,
});
/** @param {number} seq @returns {Entry} */
const botSays = (seq) => ({
  kind: 'bot_message',
  text: 'an answer',
  sources: [],
  isMiss: false,
  conversationId: ID,
  seq,
  at: AT,
  clientId: null,
});
/** @param {number} seq @param {typeof ADA} agent @returns {Entry} */
const joins = (seq, agent) => ({
  kind: 'agent_joined',
  agent,
  conversationId: ID,
  seq,
  at: AT,
  clientId: null,
});
/** @param {number} seq @param {typeof ADA} agent @returns {Entry} */
const handsBack = (seq, agent) => ({
  kind: 'handed_back',
  agent,
  conversationId: ID,
  seq,
  at: AT,
  clientId: null,
});
/** @param {number} seq @returns {Entry} */
const asksForPerson = (seq) => ({
  kind: 'handoff_requested',
  trigger: 'visitor_button',
  reason: 'The visitor pressed the button.',
  conversationId: ID,
  seq,
  at: AT,
  clientId: `h${seq}`,
});

/**
 * A record acknowledged at `seq`, as the outbox leaves it.
 * @param {string} clientId
 * @param {number} seq
 * @returns {SentRecord}
 */
function acknowledged(clientId, seq) {
  const record = newRecord('visitor-1', 'visitor_message', clientId, ID, `line ${clientId}`);
  return { ...record, status: 'acknowledged', seq, emits: 1 };
}

/** A clean conversation: a question, the bot's answer, a handoff, an agent, a hand back, the bot again. */
const CLEAN = [
  visitorSays(1, 'a'),
  botSays(2),
  asksForPerson(3),
  joins(4, ADA),
  visitorSays(5, 'b'),
  handsBack(6, ADA),
  visitorSays(7, 'c'),
  botSays(8),
];

/**
 * @param {{ stored?: Entry[], shown?: Entry[], records?: SentRecord[] }} parts
 */
function run({ stored = CLEAN, shown = stored, records = [acknowledged('a', 1), acknowledged('b', 5)] }) {
  return audit({
    logs: [{ conversationId: ID, lastSeq: stored.at(-1)?.seq ?? 0, entries: stored }],
    records,
    displays: [
      { client: 'visitor-1', conversationId: ID, shown },
      { client: 'Ada', conversationId: ID, shown: stored },
    ],
  });
}

describe('audit', () => {
  it('finds nothing wrong in a clean run and counts every message as delivered', () => {
    const report = run({});
    expect(report).toMatchObject({
      conversations: 1,
      sent: 2,
      acknowledged: 2,
      stored: 2,
      delivered: 2,
      lost: 0,
      duplicated: 0,
      outOfOrder: 0,
      mismatched: 0,
      conflictingAcks: 0,
      botRepliesAfterTakeover: 0,
      ownershipViolations: 0,
      unansweredBotTurns: 0,
    });
    expect(report.findings).toEqual([]);
  });

  it('counts an acknowledged message the store does not hold as lost', () => {
    const report = run({ records: [acknowledged('a', 1), acknowledged('gone', 9)] });
    expect(report.lost).toBe(1);
    expect(report.findings[0]).toContain('gone');
  });

  it('counts a stored entry a client never showed as lost', () => {
    const report = run({ shown: CLEAN.filter((entry) => entry.seq !== 5) });
    expect(report.lost).toBe(1);
    expect(report.delivered).toBe(1);
    expect(report.findings).toEqual([`visitor-1 never showed ${ID} seq 5 (visitor_message b)`]);
  });

  it('counts a gap in the stored seqs as lost', () => {
    const report = run({ stored: CLEAN.filter((entry) => entry.seq !== 2), records: [] });
    expect(report.lost).toBe(1);
    expect(report.findings[0]).toContain('jumps from seq 1 to 3');
  });

  it('counts a client id stored twice as duplicated', () => {
    const report = run({ stored: [...CLEAN, visitorSays(9, 'a')], records: [] });
    expect(report.duplicated).toBe(1);
  });

  it('allows the same relay-made client id once in each conversation', () => {
    /** @param {string} conversationId @returns {Entry} */
    const replyIn = (conversationId) => ({ ...botSays(2), conversationId, clientId: 'bot-reply-to-1' });
    const report = audit({
      logs: ['one', 'two'].map((conversationId) => ({
        conversationId,
        lastSeq: 2,
        entries: [
          { ...visitorSays(1, `${conversationId}-question`), conversationId },
          replyIn(conversationId),
        ],
      })),
      records: [],
      displays: [],
    });
    expect(report.duplicated).toBe(0);
  });

  it('counts an entry shown twice as duplicated', () => {
    const [first, second, ...rest] = CLEAN;
    const report = run({
      shown: [
        /** @type {Entry} */ (first),
        /** @type {Entry} */ (second),
        /** @type {Entry} */ (second),
        ...rest,
      ],
    });
    expect(report.duplicated).toBe(1);
    expect(report.outOfOrder).toBe(0);
  });

  it('counts an entry shown after a later one as out of order', () => {
    const shown = [...CLEAN];
    [shown[3], shown[4]] = [/** @type {Entry} */ (shown[4]), /** @type {Entry} */ (shown[3])];
    const report = run({ shown });
    expect(report.outOfOrder).toBe(1);
    expect(report.lost).toBe(0);
  });

  it('counts a bot reply between an agent joining and handing back', () => {
    const stored = [
      visitorSays(1, 'a'),
      asksForPerson(2),
      joins(3, ADA),
      visitorSays(4, 'b'),
      botSays(5),
      handsBack(6, ADA),
      botSays(7),
    ];
    const report = run({ stored, records: [] });
    expect(report.botRepliesAfterTakeover).toBe(1);
    expect(report.findings[0]).toContain('with Ada');
  });

  it('counts a bot reply while the visitor waits for a person', () => {
    const report = run({ stored: [visitorSays(1, 'a'), asksForPerson(2), botSays(3)], records: [] });
    expect(report.botRepliesAfterTakeover).toBe(1);
  });

  it('counts a second agent joining while the first owns the conversation', () => {
    const report = run({ stored: [asksForPerson(1), joins(2, ADA), joins(3, GRACE)], records: [] });
    expect(report.ownershipViolations).toBe(1);
  });

  it('counts a resend answered with another seq than the stored one as a conflicting ack', () => {
    const record = acknowledged('a', 1);
    record.laterAcks.push({ ok: true, seq: 1 }, { ok: true, seq: 9 });
    const report = run({ records: [record] });
    expect(report.conflictingAcks).toBe(1);
  });

  it('counts an ack naming another seq than the store as mismatched', () => {
    const report = run({ records: [acknowledged('a', 3)] });
    expect(report.mismatched).toBe(1);
  });

  it('counts a shown entry whose content differs from the stored one as mismatched', () => {
    const shown = CLEAN.map((entry) => (entry.seq === 7 ? { ...entry, text: 'something else' } : entry));
    const report = run({ shown });
    expect(report.mismatched).toBe(1);
  });

  it('counts visitor messages the bot never answered while it owned the conversation', () => {
    const report = run({ stored: [visitorSays(1, 'a'), botSays(2), visitorSays(3, 'b')], records: [] });
    expect(report.unansweredBotTurns).toBe(1);
  });

  it('counts refusals by code and unanswered commands', () => {
    const refused = {
      ...newRecord('visitor-1', 'handoff_requested', 'h', null, null),
      status: /** @type {const} */ ('refused'),
      refusal: 'already_waiting',
    };
    const pending = newRecord('visitor-1', 'visitor_message', 'p', null, 'still going');
    const report = run({ records: [refused, pending] });
    expect(report.refusals).toEqual({ already_waiting: 1 });
    expect(report.unanswered).toBe(1);
  });
});
