import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../protocol/errors.js';
import type { Appended, ResumeResult } from '../protocol/visitor-events.js';
import { createLogger } from './logger.js';
import { createScriptedBot } from './testing/scripted-bot.js';
import { collectTabEntries, startHarness, type Harness } from './testing/switchboard-harness.js';

/** What the visitor, the bot and the agent write: distinctive, so any trace of it in the logs is found. */
const VISITOR_TEXT = 'Quokka-7731 lives at 12 Wattle Lane';
const HANDOFF_TEXT = 'Quokka-7731 wants a real person';
const BOT_TEXT = 'Wombat-5520 says hello';
const AGENT_TEXT = 'Numbat-9034 here to help';

const lines: string[] = [];
let harness: Harness;
let conversationId: string;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({ [VISITOR_TEXT.toLowerCase()]: BOT_TEXT }).bot, {
    logger: createLogger({ level: 'info', write: (line) => lines.push(line) }),
  });
  const visitor = await harness.connectVisitor();
  const log = collectTabEntries(visitor);
  const resumed = (await visitor.emitWithAck('session:resume', {
    conversationId: null,
    lastSeq: 0,
    context: { pageUrl: null, pageTitle: null, referrer: null, locale: null },
  })) as Ack<ResumeResult>;
  if (!resumed.ok) throw new Error(resumed.error.code);
  const sent = (await visitor.emitWithAck('message:send', {
    clientId: 'question',
    text: VISITOR_TEXT,
  })) as Ack<Appended>;
  if (!sent.ok) throw new Error(sent.error.code);
  conversationId = sent.conversationId;
  await log.waitFor((entry) => entry.kind === 'bot_message');
  // Online before the visitor asks, so the visitor waits for a person rather than being told nobody is there.
  const agent = await harness.connectAgent('Alice');
  // Asking in words puts the visitor's words in the handoff's reason, which must not reach the logs either.
  await visitor.emitWithAck('message:send', { clientId: 'asks', text: HANDOFF_TEXT });
  await agent.emitWithAck('conversation:claim', { conversationId });
  await agent.emitWithAck('message:send', { conversationId, clientId: 'answer', text: AGENT_TEXT });
  await agent.emitWithAck('conversation:resolve', { conversationId });
  await harness.switchboard.relay.conversations.settled();
});

afterAll(async () => {
  await harness.close();
});

describe('info-level logs', () => {
  it('follow the conversation by its id through each change of hands', () => {
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const changes = records.filter((record) => record.msg === 'conversation changed hands');
    expect(changes.map(({ from, to }) => `${String(from)}→${String(to)}`)).toEqual([
      'bot→waiting',
      'waiting→agent',
      'agent→resolved',
    ]);
    expect(changes.every((record) => record.conversationId === conversationId)).toBe(true);
    expect(changes[0]).toMatchObject({ level: 'info', trigger: 'visitor_phrase', siteId: 'shop' });
  });

  it('never contain what the visitor, the bot or the agent wrote', () => {
    const output = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    for (const text of ['Quokka-7731', 'Wattle Lane', 'Wombat-5520', 'Numbat-9034']) {
      expect(output).not.toContain(text);
    }
  });
});
