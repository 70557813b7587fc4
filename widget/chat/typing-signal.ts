import type { Clock } from './ports.js';

/** How often, at most, the visitor's "typing" is sent while they keep typing. */
export const TYPING_REPEAT_MS = 3_000;
/** How long without a keystroke before the visitor counts as no longer typing. */
export const TYPING_IDLE_MS = 2_000;

export interface TypingSignalOptions {
  clock: Clock;
  /** Whether the connection is up; typing is best-effort, so nothing is queued while it is down. */
  canSend: () => boolean;
  send: (isTyping: boolean) => void;
}

/**
 * Tells the agent whether the visitor is typing, never what: `true` at most every {@link TYPING_REPEAT_MS}
 * while keystrokes come, `false` after {@link TYPING_IDLE_MS} without one, or at once on `stop()` (on send or
 * when the field loses focus).
 */
export function createTypingSignal({ clock, canSend, send }: TypingSignalOptions): {
  keystroke(): void;
  stop(): void;
} {
  let isTyping = false;
  let sentAt = 0;
  let idleTimer: unknown = null;

  function stop(): void {
    clock.clearTimeout(idleTimer);
    idleTimer = null;
    if (!isTyping) return;
    isTyping = false;
    if (canSend()) send(false);
  }

  return {
    keystroke() {
      if (!canSend()) return;
      const now = clock.now();
      if (!isTyping || now - sentAt >= TYPING_REPEAT_MS) {
        isTyping = true;
        sentAt = now;
        send(true);
      }
      clock.clearTimeout(idleTimer);
      idleTimer = clock.setTimeout(stop, TYPING_IDLE_MS);
    },
    stop,
  };
}
