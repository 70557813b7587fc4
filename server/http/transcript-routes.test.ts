import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../protocol/errors.js';
import type { ErrorResponse, TranscriptJson } from '../../protocol/http-api.js';
import type { Appended, ResumeResult } from '../../protocol/visitor-events.js';
import { createAgentAccount } from '../auth/agent-accounts.js';
import { appendTo, conversationWith, said } from '../testing/stored-conversations.js';
import { apiClient, type ApiClient } from '../testing/api-client.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

const CONTEXT = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' };

let harness: Harness;
let agent: ApiClient;
let conversationId: string;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({ 'refunds, please': 'Refunds take "3-5" days.' }).bot, {
    rateLimits: null,
  });
  await createAgentAccount(
    harness.store,
    { email: 'bob@example.com', name: 'Bob', role: 'agent', password: 'bob-password' },
    Date.now(),
  );
  agent = apiClient(harness.switchboard.url, await harness.signIn('bob@example.com', 'bob-password'));

  const visitor = await harness.connectVisitor();
  const resumed = (await visitor.emitWithAck('session:resume', {
    conversationId: null,
    lastSeq: 0,
    context: CONTEXT,
  })) as Ack<ResumeResult>;
  if (!resumed.ok) throw new Error(resumed.error.code);
  for (const [clientId, text] of [
    ['m1', '=cmd|"/c calc"!A1'],
    ['m2', 'Refunds, please'],
  ] as const) {
    const sent = (await visitor.emitWithAck('message:send', { clientId, text })) as Ack<Appended>;
    if (!sent.ok) throw new Error(sent.error.code);
    conversationId = sent.conversationId;
    await harness.switchboard.relay.conversations.settled();
  }
});

afterAll(async () => {
  await harness.close();
});

const transcript = (id: string, query: string) =>
  agent('GET', `/api/conversations/${id}/transcript?${query}`);

describe('transcript export', () => {
  it('exports the whole log as JSON, as a file that is never cached', async () => {
    const answer = await transcript(conversationId, 'format=json');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename=transcript-${conversationId}.json`,
    );
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const body = answer.body as TranscriptJson;
    expect(body.conversation).toEqual({
      id: conversationId,
      siteId: SITE_ID,
      createdAt: expect.any(Number),
      visitor: CONTEXT,
    });
    expect(body.entries).toEqual(await harness.store.readEntries(conversationId, 0, 100));
    expect(body.entries.map((entry) => entry.kind)).toEqual([
      'visitor_message',
      'bot_message',
      'visitor_message',
      'bot_message',
    ]);
  });

  it('exports CSV with a header row, proper quoting, and formulas kept inert', async () => {
    const answer = await transcript(conversationId, 'format=csv');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename=transcript-${conversationId}.csv`,
    );
    const [header, ...rows] = answer.text.split('\r\n').filter((row) => row !== '');
    expect(answer.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(header).toBe('seq,time,kind,role,name,text,sources');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(
      /^1,\d{4}-\d\d-\d\dT[\d:.]+Z,visitor_message,visitor,,"'=cmd\|""\/c calc""!A1",$/,
    );
    expect(rows[2]).toMatch(/,visitor_message,visitor,,"Refunds, please",$/);
    expect(rows[3]).toMatch(/,bot_message,bot,,"Refunds take ""3-5"" days.",FAQ$/);
  });

  it('exports a log longer than one page of entries in full', async () => {
    const long = await conversationWith(harness.store, {
      id: 'long',
      siteId: SITE_ID,
      at: Date.now(),
      entries: Array.from({ length: 400 }, (_, index) => said(`question ${index}`)),
    });
    await appendTo(
      harness.store,
      long,
      Array.from({ length: 400 }, (_, index) => said(`more ${index}`)),
      Date.now(),
    );
    const body = (await transcript('long', 'format=json')).body as TranscriptJson;
    expect(body.entries.map((entry) => entry.seq)).toEqual(
      Array.from({ length: 800 }, (_, index) => index + 1),
    );
  });

  it.each([
    ['no format', ''],
    ['an unknown format', 'format=xml'],
    ['the format twice', 'format=csv&format=json'],
    ['an extra parameter', 'format=csv&limit=5'],
  ])('refuses %s with invalid_payload', async (_label, query) => {
    const answer = await transcript(conversationId, query);
    expect([answer.status, (answer.body as ErrorResponse).error.code]).toEqual([400, 'invalid_payload']);
  });

  it('answers an unknown conversation with conversation_not_found', async () => {
    const answer = await transcript('no-such-conversation', 'format=csv');
    expect([answer.status, (answer.body as ErrorResponse).error.code]).toEqual([
      404,
      'conversation_not_found',
    ]);
  });

  it('refuses anyone without a session', async () => {
    const answer = await apiClient(harness.switchboard.url, null)(
      'GET',
      `/api/conversations/${conversationId}/transcript?format=json`,
    );
    expect([answer.status, (answer.body as ErrorResponse).error.code]).toEqual([401, 'unauthorized']);
    expect(answer.text).not.toContain('Refunds');
  });
});
