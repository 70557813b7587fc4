import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/conversation.js';
import type { ConversationStore, OpenConversation } from './conversation-store.js';
import { createInboxStore } from './inbox-store.js';
import { createShortcutRunner, nextWaitingId } from './shortcut-runner.js';
import { ALICE, BOB, summary } from './test-fixtures.js';
import { createTimeline } from './timeline.js';

const waiting = (id: string, since: number) => summary({ id, state: 'waiting', waitingSince: since });

describe('nextWaitingId', () => {
  const queue = [waiting('a', 1), waiting('b', 2), waiting('c', 3)];

  it('opens the first in the queue when no waiting conversation is open', () => {
    expect(nextWaitingId(queue, null)).toBe('a');
    expect(nextWaitingId(queue, 'elsewhere')).toBe('a');
  });

  it('walks the queue from the open one, wrapping round', () => {
    expect(nextWaitingId(queue, 'b')).toBe('c');
    expect(nextWaitingId(queue, 'c')).toBe('a');
  });

  it('is null when nobody else waits', () => {
    expect(nextWaitingId([waiting('a', 1)], 'a')).toBeNull();
    expect(nextWaitingId([], null)).toBeNull();
  });
});

function setUp(conversations: ConversationSummary[], openId: string | null) {
  const $myId = atom<string | null>(ALICE.id);
  const inbox = createInboxStore($myId);
  inbox.replace(conversations);
  const commands: string[] = [];
  const $open = atom<OpenConversation | null>(
    openId === null
      ? null
      : {
          id: openId,
          timeline: createTimeline(openId),
          isLoading: false,
          alert: null,
          isClaimRefused: false,
          busyCommand: null,
        },
  );
  const conversation = {
    $open,
    select: (id: string) => commands.push(`select ${id}`),
    command: async (name: string) => {
      commands.push(name);
    },
  } as unknown as ConversationStore;
  return { runner: createShortcutRunner({ inbox, conversation, $myId }), commands };
}

describe('createShortcutRunner', () => {
  it('opens the next waiting conversation and takes it over', () => {
    const { runner, commands } = setUp([waiting('w1', 1)], 'w1');
    expect(runner.run('next-waiting')).toBe(false);
    expect(runner.run('take-over')).toBe(true);
    expect(commands).toEqual(['conversation:claim']);
  });

  it('opens the transfer dialog only for the owner', () => {
    const mine = setUp([summary({ id: 'm', state: 'agent', agent: ALICE })], 'm');
    expect(mine.runner.run('transfer')).toBe(true);
    expect(mine.runner.$dialog.get()).toBe('transfer');
    const theirs = setUp([summary({ id: 'o', state: 'agent', agent: BOB })], 'o');
    expect(theirs.runner.run('transfer')).toBe(false);
    expect(theirs.runner.run('resolve')).toBe(false);
    expect(theirs.runner.$dialog.get()).toBeNull();
  });

  it('does nothing without an open conversation but show the help', () => {
    const { runner, commands } = setUp([waiting('w1', 1)], null);
    expect(runner.run('take-over')).toBe(false);
    expect(runner.run('next-waiting')).toBe(true);
    expect(commands).toEqual(['select w1']);
    runner.run('help');
    expect(runner.$dialog.get()).toBe('shortcuts');
  });
});
