import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TimelineItem } from '../chat/timeline.js';
import { EntryView } from './entry-view.js';
import { PendingView } from './pending-view.js';

/** How close to the bottom, in px, still counts as reading the newest entries. */
const PINNED_SLACK_PX = 48;

interface TimelineLogProps {
  items: readonly TimelineItem[];
  myId: string | null;
  isLoading: boolean;
  onRetry(clientId: string): void;
  onDiscard(clientId: string): void;
}

/**
 * The conversation's timeline as an ARIA log. It follows new entries while the agent reads the bottom, and
 * stays put while they scroll back through history.
 */
export function TimelineLog({ items, myId, isLoading, onRetry, onDiscard }: TimelineLogProps) {
  const log = useRef<HTMLDivElement>(null);
  const isPinned = useRef(true);

  useLayoutEffect(() => {
    const element = log.current;
    if (element !== null && isPinned.current) element.scrollTop = element.scrollHeight;
  }, [items]);

  function onScroll(): void {
    const element = log.current;
    if (element === null) return;
    isPinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < PINNED_SLACK_PX;
  }

  return (
    <div
      ref={log}
      class="timeline"
      role="log"
      aria-label="Timeline"
      aria-busy={isLoading}
      tabIndex={0}
      onScroll={onScroll}
    >
      {items.length === 0 ? (
        <p class="timeline__empty">{isLoading ? 'Loading the conversation…' : 'Nothing was said yet.'}</p>
      ) : (
        <ol class="timeline__list">
          {items.map((item) =>
            item.kind === 'entry' ? (
              <li key={`entry-${item.entry.seq}`} class="timeline__item">
                <EntryView entry={item.entry} myId={myId} />
              </li>
            ) : (
              <li key={`pending-${item.message.clientId}`} class="timeline__item">
                <PendingView message={item.message} onRetry={onRetry} onDiscard={onDiscard} />
              </li>
            ),
          )}
        </ol>
      )}
    </div>
  );
}
