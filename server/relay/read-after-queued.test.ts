/**
 * A change made outside a command, such as the visitor's identity, is announced with the conversation read
 * after the commands already queued for it: a commit under way, whose result was read before the change,
 * is published first and cannot stand as the conversation's latest state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { NO_CONTEXT } from '../testing/stored-conversations.js';
import { SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

let harness: Harness;
let conversationId: string;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot);
  await harness.store.createVisitor({ id: 'v1', siteId: SITE_ID, tokenHash: 'token-1', createdAt: 1 });
  ({ id: conversationId } = await harness.store.ensureConversation({
    id: 'c1',
    siteId: SITE_ID,
    visitorId: 'v1',
    visitor: NO_CONTEXT,
    at: 1,
  }));
});

afterAll(async () => {
  await harness.switchboard.relay.conversations.settled();
  await harness.close();
});

describe('reading a conversation after the commands queued for it', () => {
  it('reads only once the command under way was committed and published', async () => {
    const { conversations } = harness.switchboard.relay;
    const done: string[] = [];
    const command = conversations
      .execute(conversationId, { type: 'visitor_message', text: 'Hello' }, 'hello-1')
      .then((result) => {
        done.push('command');
        return result;
      });
    const read = conversations.readAfterQueued(conversationId).then((conversation) => {
      done.push('read');
      return conversation;
    });

    const [committed, current] = await Promise.all([command, read]);
    expect(done).toEqual(['command', 'read']);
    if (!committed.ok) throw new Error(committed.error.code);
    expect(current?.lastSeq).toBeGreaterThanOrEqual(committed.seq);
  });
});
