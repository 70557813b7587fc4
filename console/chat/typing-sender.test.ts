import { describe, expect, it } from 'vitest';
import { createFakeScheduler } from './fake-scheduler.js';
import { createTypingSender } from './typing-sender.js';

function setUp() {
  const scheduler = createFakeScheduler(1_000);
  const sent: boolean[] = [];
  const typing = createTypingSender((isTyping) => sent.push(isTyping), scheduler);
  return { scheduler, sent, typing };
}

describe('createTypingSender', () => {
  it('says true once for a burst of keystrokes, and again every 3 seconds of typing', () => {
    const { scheduler, sent, typing } = setUp();
    for (let keystroke = 0; keystroke < 8; keystroke++) {
      typing.typed();
      scheduler.advance(500);
    }
    expect(sent).toEqual([true, true]);
  });

  it('says false after 2 seconds without a keystroke', () => {
    const { scheduler, sent, typing } = setUp();
    typing.typed();
    scheduler.advance(1_999);
    expect(sent).toEqual([true]);
    scheduler.advance(1);
    expect(sent).toEqual([true, false]);
    scheduler.advance(10_000);
    expect(sent).toEqual([true, false]);
  });

  it('says false at once when the agent sends or leaves the box, and nothing when it was not typing', () => {
    const { scheduler, sent, typing } = setUp();
    typing.stopped();
    expect(sent).toEqual([]);
    typing.typed();
    typing.stopped();
    scheduler.advance(5_000);
    expect(sent).toEqual([true, false]);
  });

  it('says true again at once after a pause ended the typing', () => {
    const { scheduler, sent, typing } = setUp();
    typing.typed();
    scheduler.advance(2_500);
    typing.typed();
    expect(sent).toEqual([true, false, true]);
  });
});
