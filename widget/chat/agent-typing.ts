import { atom, type ReadableAtom } from 'nanostores';
import type { AgentRef } from '../../protocol/entries.js';
import type { Clock } from './ports.js';

/** How long "typing" shows after the agent's last `true`, as a lost `false` must not leave it on. */
export const AGENT_TYPING_TIMEOUT_MS = 6_000;

/** An agent typing, as the panel shows it. */
export interface AgentTyping {
  /** The agent's display name. */
  name: string;
  /** Whether the agent is typing at this moment; false in a short pause. */
  isTyping: boolean;
}

/**
 * The answering agent's typing. It stays set (with `isTyping` false) through pauses until
 * {@link AGENT_TYPING_TIMEOUT_MS} after the last `true`, so what a screen reader is told changes once per
 * reply, not on every pause; the visible line follows `isTyping`.
 */
export function createAgentTyping(clock: Clock): {
  $typing: ReadableAtom<AgentTyping | null>;
  changed(typing: { isTyping: boolean; agent: AgentRef }): void;
  /** The agent's message arrived, or they left: nothing is being typed any more. */
  clear(): void;
} {
  const $typing = atom<AgentTyping | null>(null);
  let expiry: unknown = null;

  function clear(): void {
    clock.clearTimeout(expiry);
    expiry = null;
    $typing.set(null);
  }

  return {
    $typing,
    changed({ isTyping, agent }) {
      const current = $typing.get();
      if (isTyping) {
        clock.clearTimeout(expiry);
        expiry = clock.setTimeout(clear, AGENT_TYPING_TIMEOUT_MS);
      } else if (current === null) {
        return;
      }
      if (current?.name !== agent.name || current.isTyping !== isTyping) {
        $typing.set({ name: agent.name, isTyping });
      }
    },
    clear,
  };
}
