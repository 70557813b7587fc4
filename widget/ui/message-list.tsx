import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TimelineItem } from '../chat/timeline.js';
import { MessageItem, type MessageActions } from './message-item.js';
import { useMessages } from './use-messages.js';

/** How close to the bottom, in CSS pixels, still counts as reading the newest messages. */
const PINNED_THRESHOLD_PX = 48;

export interface MessageListProps extends MessageActions {
  items: TimelineItem[];
  /** Who the assistant's lines are from. */
  assistantName: string;
}

/**
 * The conversation as an ARIA log. It follows new messages unless the visitor scrolled up to read, and always
 * shows a message the visitor has just written.
 */
export function MessageList({ items, assistantName, onRetry, onDiscard }: MessageListProps) {
  const t = useMessages();
  const listRef = useRef<HTMLDivElement>(null);
  const isPinnedRef = useRef(true);
  const lastKeyRef = useRef<string | null>(null);

  useLayoutEffect(() => {
    const list = listRef.current;
    const last = items.at(-1);
    if (list === null || last === undefined) return;
    const isNewOwnMessage =
      last.key !== lastKeyRef.current && last.speaker === 'visitor' && last.pending !== null;
    lastKeyRef.current = last.key;
    if (isPinnedRef.current || isNewOwnMessage) {
      list.scrollTop = list.scrollHeight;
      isPinnedRef.current = true;
    }
  }, [items]);

  // Lines and forms appearing under the log (typing, queue, rating) make it shorter: stay at the newest line.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const observer = new ResizeObserver(() => {
      if (isPinnedRef.current) list.scrollTop = list.scrollHeight;
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  const onScroll = (): void => {
    const list = listRef.current;
    if (list === null) return;
    isPinnedRef.current = list.scrollHeight - list.scrollTop - list.clientHeight < PINNED_THRESHOLD_PX;
  };

  return (
    <div
      ref={listRef}
      class="log"
      role="log"
      aria-live="polite"
      aria-label={t.conversation}
      // Focusable so keyboard users can scroll the history.
      tabIndex={0}
      onScroll={onScroll}
    >
      {items.map((item) => (
        <MessageItem
          key={item.key}
          item={item}
          assistantName={assistantName}
          actions={{ onRetry, onDiscard }}
        />
      ))}
    </div>
  );
}
