import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createInboxAnnouncer } from './inbox-announcer.js';

/** An announcer, and every announcement it has made so far, as `id: preview` lines. */
function recordingAnnouncer() {
  const announcements: string[][] = [];
  const change = createInboxAnnouncer((conversations: { id: string; preview: string }[]) =>
    announcements.push(conversations.map(({ id, preview }) => `${id}: ${preview}`)),
  );
  return { change, announcements };
}

function summary(id: string, preview: string) {
  return { id, preview };
}

describe('the inbox announcer', () => {
  it('announces what one turn changed together, once that turn is done', async () => {
    const { change, announcements } = recordingAnnouncer();
    change(summary('a', 'Hello'));
    change(summary('b', 'Do you ship to Lyon?'));

    expect(announcements).toEqual([]);
    await nextTurn();
    expect(announcements).toEqual([['a: Hello', 'b: Do you ship to Lyon?']]);
  });

  it('announces a conversation changed twice in a turn once, as it was last', async () => {
    const { change, announcements } = recordingAnnouncer();
    change(summary('a', 'Hello'));
    change(summary('b', 'Hi'));
    change(summary('a', 'Are you there?'));
    await nextTurn();

    expect(announcements).toEqual([['a: Are you there?', 'b: Hi']]);
  });

  it('announces separate turns apart, in order, and nothing for a turn without changes', async () => {
    const { change, announcements } = recordingAnnouncer();
    change(summary('a', 'Hello'));
    await nextTurn();
    await nextTurn();
    change(summary('a', 'Are you there?'));
    await nextTurn();

    expect(announcements).toEqual([['a: Hello'], ['a: Are you there?']]);
  });
});
