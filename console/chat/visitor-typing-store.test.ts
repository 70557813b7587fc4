import { describe, expect, it } from 'vitest';
import { createFakeScheduler } from './fake-scheduler.js';
import { createVisitorTypingStore } from './visitor-typing-store.js';

describe('createVisitorTypingStore', () => {
  it('shows typing for the open conversation until the visitor stops', () => {
    const typing = createVisitorTypingStore(createFakeScheduler());
    typing.receive({ conversationId: 'c1', isTyping: true }, 'c1');
    expect(typing.$isTyping.get()).toBe(true);
    typing.receive({ conversationId: 'c1', isTyping: false }, 'c1');
    expect(typing.$isTyping.get()).toBe(false);
  });

  it('ignores another conversation’s visitor', () => {
    const typing = createVisitorTypingStore(createFakeScheduler());
    typing.receive({ conversationId: 'c2', isTyping: true }, 'c1');
    expect(typing.$isTyping.get()).toBe(false);
  });

  it('hides 6 seconds after the last typing signal when no stop comes', () => {
    const scheduler = createFakeScheduler();
    const typing = createVisitorTypingStore(scheduler);
    typing.receive({ conversationId: 'c1', isTyping: true }, 'c1');
    scheduler.advance(4_000);
    typing.receive({ conversationId: 'c1', isTyping: true }, 'c1');
    scheduler.advance(5_999);
    expect(typing.$isTyping.get()).toBe(true);
    scheduler.advance(1);
    expect(typing.$isTyping.get()).toBe(false);
  });
});
