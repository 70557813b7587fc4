import { describe, expect, it } from 'vitest';
import type { Entry, EntryBody } from '../../protocol/entries.js';
import { transcriptCsv } from './transcript-csv.js';

const alice = { id: 'agent-alice', name: 'Alice' };

function log(bodies: EntryBody[]): Entry[] {
  return bodies.map(
    (body, index) =>
      ({
        ...body,
        conversationId: 'c1',
        seq: index + 1,
        at: Date.UTC(2024, 4, 1, 9, index),
        clientId: null,
      }) as Entry,
  );
}

/** The CSV's records, split on the CRLF that ends each (quoted line breaks inside cells are LF here). */
function records(csv: string): string[] {
  return csv.split('\r\n').slice(0, -1);
}

describe('transcriptCsv', () => {
  it('starts with a byte order mark and a header row', () => {
    const csv = transcriptCsv([]);
    expect(csv).toBe('\uFEFFseq,time,kind,role,name,text,sources\r\n');
  });

  it('writes one row per entry: who, when and what', () => {
    const csv = transcriptCsv(
      log([
        { kind: 'visitor_message', text: 'Where is my order?' },
        {
          kind: 'bot_message',
          text: 'Orders ship in 2 days.',
          sources: [
            { title: 'Shipping', url: null },
            { title: 'Orders', url: null },
          ],
          isMiss: false,
        },
        { kind: 'handoff_requested', trigger: 'visitor_button', reason: 'Pressed the button.' },
        { kind: 'agent_joined', agent: alice },
        { kind: 'agent_message', text: 'Hi, Alice here', agent: alice },
        { kind: 'resolved', agent: alice },
      ]),
    );
    expect(records(csv).slice(1)).toEqual([
      '1,2024-05-01T09:00:00.000Z,visitor_message,visitor,,Where is my order?,',
      '2,2024-05-01T09:01:00.000Z,bot_message,bot,,Orders ship in 2 days.,Shipping; Orders',
      '3,2024-05-01T09:02:00.000Z,handoff_requested,system,,Handoff requested (visitor_button): Pressed the button.,',
      '4,2024-05-01T09:03:00.000Z,agent_joined,system,Alice,Joined the conversation,',
      '5,2024-05-01T09:04:00.000Z,agent_message,agent,Alice,"Hi, Alice here",',
      '6,2024-05-01T09:05:00.000Z,resolved,system,Alice,Resolved the conversation,',
    ]);
  });

  it('keeps a visitor’s formula, quotes and line breaks inert and in one cell', () => {
    const csv = transcriptCsv(
      log([
        { kind: 'visitor_message', text: '=HYPERLINK("http://evil.example","Click")' },
        { kind: 'visitor_message', text: 'line one\nline "two"' },
        { kind: 'agent_message', text: '@admin', agent: { id: 'a', name: '+Mallory' } },
      ]),
    );
    const rows = records(csv).slice(1);
    expect(rows).toEqual([
      `1,2024-05-01T09:00:00.000Z,visitor_message,visitor,,"'=HYPERLINK(""http://evil.example"",""Click"")",`,
      '2,2024-05-01T09:01:00.000Z,visitor_message,visitor,,"line one\nline ""two""",',
      "3,2024-05-01T09:02:00.000Z,agent_message,agent,'+Mallory,'@admin,",
    ]);
  });
});
