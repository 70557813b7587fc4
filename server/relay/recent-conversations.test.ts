import { describe, expect, it } from 'vitest';
import type { StoredConversation } from '../store/store.js';
import { createRecentConversations } from './recent-conversations.js';

const conversation = (id: string, version: number) => ({ id, version }) as StoredConversation;

describe('recent conversations', () => {
  it('gives back the newest version remembered of a conversation', () => {
    const recent = createRecentConversations();
    recent.remember(conversation('a', 1));
    recent.remember(conversation('a', 3));

    expect(recent.get('a')?.version).toBe(3);
    expect(recent.get('b')).toBeUndefined();
  });

  it('never goes back to an older version', () => {
    const recent = createRecentConversations();
    recent.remember(conversation('a', 3));
    recent.remember(conversation('a', 2));

    expect(recent.get('a')?.version).toBe(3);
  });

  it('forgets the least recently used conversation beyond its capacity', () => {
    const recent = createRecentConversations(2);
    recent.remember(conversation('a', 1));
    recent.remember(conversation('b', 1));
    recent.remember(conversation('a', 2));
    recent.remember(conversation('c', 1));

    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')?.version).toBe(2);
    expect(recent.get('c')?.version).toBe(1);
  });
});
