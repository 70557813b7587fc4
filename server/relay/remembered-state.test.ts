/**
 * Each relay process decides a command on the conversation's state it last saw, without a read. Two relays
 * on one store show that a state another process has changed since is read again, never acted on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { NO_CONTEXT } from '../testing/stored-conversations.js';
import { SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

const ADA = { id: 'agent-ada', name: 'Ada' };

const directory = mkdtempSync(join(tmpdir(), 'switchboard-remembered-'));
let relayA: Harness;
let relayB: Harness;
let conversationId: string;

beforeAll(async () => {
  const databaseFile = join(directory, 'shared.sqlite');
  const answers = { 'what is your return policy?': 'Returns are free within 30 days.' };
  relayA = await startHarness(createScriptedBot(answers).bot, { databaseFile });
  relayB = await startHarness(createScriptedBot(answers).bot, { databaseFile });
  await relayA.store.createVisitor({ id: 'v1', siteId: SITE_ID, tokenHash: 'token-1', createdAt: 1 });
  ({ id: conversationId } = await relayA.store.ensureConversation({
    id: 'c1',
    siteId: SITE_ID,
    visitorId: 'v1',
    visitor: NO_CONTEXT,
    at: 1,
  }));
  // Relay A commits the question and the bot's answer, and so remembers the bot owning the conversation.
  const asked = await relayA.switchboard.relay.conversations.execute(
    conversationId,
    { type: 'visitor_message', text: 'What is your return policy?' },
    'question-1',
  );
  if (!asked.ok) throw new Error(`The first question was refused: ${asked.error.code}`);
  await relayA.switchboard.relay.conversations.settled();
});

afterAll(async () => {
  await relayA?.close();
  await relayB?.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('a relay deciding on the state it remembers', () => {
  it('accepts a command its remembered state would refuse, once the stored state allows it', async () => {
    const claimed = await relayB.switchboard.relay.conversations.execute(
      conversationId,
      { type: 'claim', agent: ADA },
      null,
    );
    expect(claimed.ok).toBe(true);

    // Relay A still remembers the bot as the owner, which refuses Ada's message; the store says she owns it.
    const replied = await relayA.switchboard.relay.conversations.execute(
      conversationId,
      { type: 'agent_message', agent: ADA, text: 'Hello, Ada here.' },
      'ada-1',
    );

    expect(replied).toMatchObject({ ok: true, conversation: { state: 'agent', agent: ADA } });
  });

  it('commits on the stored state after another process committed, and keeps the log gap-free', async () => {
    await relayB.switchboard.relay.conversations.execute(
      conversationId,
      { type: 'agent_message', agent: ADA, text: 'Still here.' },
      'ada-2',
    );

    const sent = await relayA.switchboard.relay.conversations.execute(
      conversationId,
      { type: 'visitor_message', text: 'What is your return policy?' },
      'question-2',
    );
    await relayA.switchboard.relay.conversations.settled();

    expect(sent.ok).toBe(true);
    const entries = await relayA.store.readEntries(conversationId, 0, 50);
    expect(entries.map((entry) => entry.seq)).toEqual(entries.map((_, index) => index + 1));
    // Ada owns the conversation: the bot does not answer the second question.
    expect(entries.at(-1)).toMatchObject({ kind: 'visitor_message', clientId: 'question-2' });
    expect(entries.filter((entry) => entry.kind === 'bot_message')).toHaveLength(1);
  });
});
