import { describe, expect, it } from 'vitest';
import { createAgentTyping } from './agent-typing.js';
import { createTestClock } from './test-clock.js';

const alice = { id: 'a1', name: 'Alice' };

function setup() {
  const clock = createTestClock();
  const typing = createAgentTyping(clock);
  const changes: unknown[] = [];
  typing.$typing.listen((value) => changes.push(value));
  return { clock, typing, changes };
}

describe('createAgentTyping', () => {
  it('shows the agent typing until they stop', () => {
    const { typing } = setup();
    typing.changed({ isTyping: true, agent: alice });
    expect(typing.$typing.get()).toEqual({ name: 'Alice', isTyping: true });
    typing.changed({ isTyping: false, agent: alice });
    expect(typing.$typing.get()).toEqual({ name: 'Alice', isTyping: false });
  });

  it('hides it 6 s after the last true, even without a false', () => {
    const { clock, typing } = setup();
    typing.changed({ isTyping: true, agent: alice });
    clock.advance(4_000);
    typing.changed({ isTyping: true, agent: alice });
    clock.advance(5_900);
    expect(typing.$typing.get()).not.toBeNull();
    clock.advance(100);
    expect(typing.$typing.get()).toBeNull();
  });

  it('keeps the agent named through short pauses, so the notice changes once per reply', () => {
    const { clock, typing, changes } = setup();
    typing.changed({ isTyping: true, agent: alice });
    typing.changed({ isTyping: true, agent: alice });
    clock.advance(1_000);
    typing.changed({ isTyping: false, agent: alice });
    clock.advance(1_000);
    typing.changed({ isTyping: true, agent: alice });
    expect(changes.map((change) => (change as { name: string } | null)?.name)).toEqual([
      'Alice',
      'Alice',
      'Alice',
    ]);
    expect(changes).toHaveLength(3);
  });

  it('ignores a false when nobody is typing', () => {
    const { typing, changes } = setup();
    typing.changed({ isTyping: false, agent: alice });
    expect(changes).toEqual([]);
  });

  it('clears at once when the agent’s message arrives', () => {
    const { clock, typing } = setup();
    typing.changed({ isTyping: true, agent: alice });
    typing.clear();
    expect(typing.$typing.get()).toBeNull();
    clock.advance(10_000);
    expect(typing.$typing.get()).toBeNull();
  });
});
