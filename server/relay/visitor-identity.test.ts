import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/conversation.js';
import type { VisitorIdentityClaim } from '../../protocol/sites.js';
import { userHashOf } from '../identity/verify-identity.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { SITE_ID, startHarness, type AgentSocket, type Harness } from '../testing/switchboard-harness.js';

const SECRET = 'f'.repeat(64);
const CONTEXT = { pageUrl: 'https://shop.example/', pageTitle: 'Shop', referrer: null, locale: 'en-GB' };

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness(createScriptedBot({ Hello: 'Hi there.' }).bot);
  await harness.store.setIdentitySecret(SITE_ID, SECRET);
});

afterEach(async () => {
  await harness.close();
});

const claimOf = (userHash: string | null): VisitorIdentityClaim => ({
  id: 'user-42',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  userHash,
});

/** The inbox summaries an agent receives, to wait for one that shows an identity. */
function summariesOf(agent: AgentSocket) {
  const seen: ConversationSummary[] = [];
  agent.on('conversations:changed', (summaries) => seen.push(...summaries));
  return seen;
}

describe('visitor identity', { timeout: 30_000 }, () => {
  it('shows agents an identity the site vouched for as verified, live and in the inbox', async () => {
    const alice = await harness.connectAgent('Alice');
    await alice.emitWithAck('inbox:subscribe', {});
    const summaries = summariesOf(alice);
    const { visitor } = await harness.connectResumedVisitor(CONTEXT);
    const sent = await visitor.emitWithAck('message:send', { clientId: 'm1', text: 'Hello' });
    if (!sent.ok) throw new Error(sent.error.code);

    const identified = await visitor.emitWithAck('visitor:identify', claimOf(userHashOf(SECRET, 'user-42')));
    const identity = { id: 'user-42', name: 'Ada Lovelace', email: 'ada@example.com', isVerified: true };
    expect(identified).toEqual({ ok: true, identity });
    await expect
      .poll(() => summaries.find((summary) => summary.identity !== null)?.identity)
      .toEqual(identity);
    const inbox = await alice.emitWithAck('inbox:subscribe', {});
    expect(inbox.ok && inbox.conversations.find((c) => c.id === sent.conversationId)?.identity).toEqual(
      identity,
    );
  });

  it('keeps an identity given before the first message for the conversation that message starts', async () => {
    const { visitor } = await harness.connectResumedVisitor(CONTEXT);
    await visitor.emitWithAck('visitor:identify', claimOf(null));
    const sent = await visitor.emitWithAck('message:send', { clientId: 'm1', text: 'Hello' });
    if (!sent.ok) throw new Error(sent.error.code);
    expect((await harness.store.findConversation(sent.conversationId))?.identity).toEqual({
      id: 'user-42',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      isVerified: false,
    });
  });

  it('refuses a forged userHash when the site requires verification, and stores nothing', async () => {
    await harness.store.updateSite(SITE_ID, { identity: { isRequired: true } });
    const { visitor } = await harness.connectResumedVisitor(CONTEXT);
    const before = harness.readAllRows();

    const forged = await visitor.emitWithAck(
      'visitor:identify',
      claimOf(userHashOf('e'.repeat(64), 'user-42')),
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'identity_unverified' } });
    const missing = await visitor.emitWithAck('visitor:identify', claimOf(null));
    expect(missing).toMatchObject({ ok: false, error: { code: 'identity_unverified' } });
    expect(harness.readAllRows()).toEqual(before);
  });

  it('refuses a malformed claim with invalid_payload', async () => {
    const { visitor } = await harness.connectResumedVisitor(CONTEXT);
    const claim = { ...claimOf('not-hex'), id: '' };
    expect(await visitor.emitWithAck('visitor:identify', claim)).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
  });
});
