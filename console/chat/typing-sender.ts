import type { Scheduler } from './ports.js';

/** The most often "still typing" is repeated while the agent keeps typing. */
export const TYPING_REPEAT_MS = 3_000;
/** How long without a keystroke counts as having stopped typing. */
export const TYPING_IDLE_MS = 2_000;

/** Tells the visitor whether the agent is typing, never what: only true and false leave the console. */
export interface TypingSender {
  /** The agent changed the draft. */
  typed(): void;
  /** The agent sent the draft, or left the reply box: they stopped typing now. */
  stopped(): void;
}

/**
 * Throttles the agent's keystrokes into `typing:set` signals: true at most every {@link TYPING_REPEAT_MS},
 * false after {@link TYPING_IDLE_MS} without a keystroke, and false at once on `stopped()` if true was the
 * last thing said.
 */
export function createTypingSender(send: (isTyping: boolean) => void, scheduler: Scheduler): TypingSender {
  let lastTrueAt: number | null = null;
  let cancelIdle: (() => void) | null = null;

  function stopped(): void {
    cancelIdle?.();
    cancelIdle = null;
    if (lastTrueAt === null) return;
    lastTrueAt = null;
    send(false);
  }

  function typed(): void {
    const now = scheduler.now();
    if (lastTrueAt === null || now - lastTrueAt >= TYPING_REPEAT_MS) {
      lastTrueAt = now;
      send(true);
    }
    cancelIdle?.();
    cancelIdle = scheduler.after(TYPING_IDLE_MS, stopped);
  }

  return { typed, stopped };
}
