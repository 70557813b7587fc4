import { describe, expect, it } from 'vitest';
import type { Entry, EntryBody } from '../../protocol/entries.js';
import { handoffSummary, SUMMARY_TEXT_LENGTH } from './handoff-summary.js';

function log(...bodies: EntryBody[]): Entry[] {
  return bodies.map((body, index) => ({
    ...body,
    conversationId: 'c1',
    seq: index + 1,
    at: index,
    clientId: null,
  }));
}

const asked = (text: string): EntryBody => ({ kind: 'visitor_message', text });
const answered = (text: string, url: string | null = null): EntryBody => ({
  kind: 'bot_message',
  text,
  sources: url === null ? [] : [{ title: `About ${text}`, url }],
  isMiss: false,
});
const handoff: EntryBody = {
  kind: 'handoff_requested',
  trigger: 'visitor_button',
  reason: 'Asked for a person.',
};

describe('handoffSummary', () => {
  it('pairs each question with the bot’s answers and their sources', () => {
    expect(
      handoffSummary(
        log(answered('Hi!'), asked('Prices?'), answered('From 10 €', 'https://docs.example/p'), handoff),
      ),
    ).toEqual([
      {
        question: 'Prices?',
        answers: [
          {
            text: 'From 10 €',
            sources: [{ title: 'About From 10 €', url: 'https://docs.example/p' }],
            isMiss: false,
          },
        ],
      },
    ]);
  });

  it('cuts long answers short at a word, as the timeline below has them whole', () => {
    const long = `${'Returns are free within thirty days. '.repeat(10)}`;
    const [exchange] = handoffSummary(log(asked('Returns?'), answered(long), handoff));
    const text = exchange?.answers[0]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(SUMMARY_TEXT_LENGTH);
    expect(text).toMatch(/^Returns are free within thirty days\. .*[a-z.]…$/);
  });

  it('keeps only the last three questions before the handoff', () => {
    const summary = handoffSummary(log(asked('1'), asked('2'), asked('3'), asked('4'), handoff));
    expect(summary.map((exchange) => exchange.question)).toEqual(['2', '3', '4']);
  });

  it('summarises what came before the newest handoff, not after it', () => {
    const summary = handoffSummary(
      log(asked('first'), handoff, asked('to the agent'), { kind: 'reopened' }, asked('again'), handoff),
    );
    expect(summary.map((exchange) => exchange.question)).toEqual(['first', 'to the agent', 'again']);
    expect(handoffSummary(log(asked('only'), handoff, asked('later')))).toEqual([
      { question: 'only', answers: [] },
    ]);
  });

  it('is empty when the timeline holds no handoff', () => {
    expect(handoffSummary(log(asked('hello'), answered('hi')))).toEqual([]);
  });
});
