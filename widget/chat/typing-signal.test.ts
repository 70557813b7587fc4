import { describe, expect, it } from 'vitest';
import { createTestClock } from './test-clock.js';
import { createTypingSignal } from './typing-signal.js';

function setup(isConnected = true) {
  const clock = createTestClock();
  const sent: boolean[] = [];
  const connection = { isConnected };
  const signal = createTypingSignal({
    clock,
    canSend: () => connection.isConnected,
    send: (isTyping) => sent.push(isTyping),
  });
  return { clock, sent, signal, connection };
}

describe('createTypingSignal', () => {
  it('sends typing on the first keystroke and at most every 3 s while typing goes on', () => {
    const { clock, sent, signal } = setup();
    signal.keystroke();
    for (let i = 0; i < 10; i += 1) {
      clock.advance(500);
      signal.keystroke();
    }
    expect(sent).toEqual([true, true]);
  });

  it('sends not typing 2 s after the last keystroke, once', () => {
    const { clock, sent, signal } = setup();
    signal.keystroke();
    clock.advance(1_900);
    signal.keystroke();
    clock.advance(1_900);
    expect(sent).toEqual([true]);
    clock.advance(100);
    expect(sent).toEqual([true, false]);
    clock.advance(10_000);
    expect(sent).toEqual([true, false]);
  });

  it('sends not typing at once when stopped, and typing again on the next keystroke', () => {
    const { clock, sent, signal } = setup();
    signal.keystroke();
    signal.stop();
    signal.stop();
    signal.keystroke();
    clock.advance(5_000);
    expect(sent).toEqual([true, false, true, false]);
  });

  it('sends nothing when stopped without typing', () => {
    const { sent, signal } = setup();
    signal.stop();
    expect(sent).toEqual([]);
  });

  it('sends nothing while disconnected and queues nothing for later', () => {
    const { clock, sent, signal, connection } = setup(false);
    signal.keystroke();
    clock.advance(5_000);
    connection.isConnected = true;
    clock.advance(5_000);
    expect(sent).toEqual([]);
  });
});
