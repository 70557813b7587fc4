import { atom, type ReadableAtom } from 'nanostores';
import type { Scheduler } from './ports.js';

/** How long "Visitor is typing…" stays after the visitor's last "typing" signal, if no "stopped" comes. */
export const VISITOR_TYPING_SHOWN_MS = 6_000;

/** Whether the visitor of the open conversation is typing. */
export interface VisitorTypingStore {
  $isTyping: ReadableAtom<boolean>;
  /** Takes in a `typing:changed` fact; facts about other conversations than `openId` are ignored. */
  receive(typing: { conversationId: string; isTyping: boolean }, openId: string | null): void;
  /** The open conversation changed or closed: what was known about typing no longer applies. */
  clear(): void;
}

/**
 * Creates the store. A lost "stopped" signal (the visitor's connection dropped) must not leave the line up
 * for ever, so it hides {@link VISITOR_TYPING_SHOWN_MS} after the last "typing".
 */
export function createVisitorTypingStore(scheduler: Scheduler): VisitorTypingStore {
  const $isTyping = atom(false);
  let cancelHide: (() => void) | null = null;

  function clear(): void {
    cancelHide?.();
    cancelHide = null;
    $isTyping.set(false);
  }

  function receive(typing: { conversationId: string; isTyping: boolean }, openId: string | null): void {
    if (typing.conversationId !== openId) return;
    if (!typing.isTyping) return clear();
    cancelHide?.();
    cancelHide = scheduler.after(VISITOR_TYPING_SHOWN_MS, clear);
    $isTyping.set(true);
  }

  return { $isTyping, receive, clear };
}
