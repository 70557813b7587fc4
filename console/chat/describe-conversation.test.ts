import { describe, expect, it } from 'vitest';
import { conversationRights, conversationTitle, describeOwner } from './describe-conversation.js';
import { ALICE, BOB, summary } from './test-fixtures.js';

describe('conversationTitle', () => {
  it('prefers the page title, then the address', () => {
    expect(conversationTitle(summary({ id: 'a' }))).toBe('Pricing');
    const untitled = summary({
      id: 'b',
      visitor: { pageUrl: 'https://x.test/', pageTitle: ' ', referrer: null, locale: null },
    });
    expect(conversationTitle(untitled)).toBe('https://x.test/');
  });
});

describe('describeOwner', () => {
  it('names the colleague who took the conversation', () => {
    expect(describeOwner(summary({ id: 'a', state: 'agent', agent: BOB }), ALICE.id)).toBe('Taken by Bob');
    expect(describeOwner(summary({ id: 'a', state: 'agent', agent: ALICE }), ALICE.id)).toBe('With you');
    expect(describeOwner(summary({ id: 'a', state: 'waiting' }), ALICE.id)).toBe('Waiting for an agent');
  });
});

describe('conversationRights', () => {
  it('lets anyone take over from the bot or the queue, but not reply', () => {
    expect(conversationRights(summary({ id: 'a', state: 'waiting' }), ALICE.id)).toEqual({
      canClaim: true,
      canHandBack: false,
      canResolve: true,
      canReply: false,
    });
  });

  it('lets the owner reply, hand back and resolve', () => {
    expect(conversationRights(summary({ id: 'a', state: 'agent', agent: ALICE }), ALICE.id)).toEqual({
      canClaim: false,
      canHandBack: true,
      canResolve: true,
      canReply: true,
    });
  });

  it("allows nothing on a colleague's or a resolved conversation", () => {
    const none = { canClaim: false, canHandBack: false, canResolve: false, canReply: false };
    expect(conversationRights(summary({ id: 'a', state: 'agent', agent: BOB }), ALICE.id)).toEqual(none);
    expect(conversationRights(summary({ id: 'a', state: 'resolved' }), ALICE.id)).toEqual(none);
  });
});
