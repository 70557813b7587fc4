import type { TargetedKeyboardEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { INBOX_TABS, type InboxTab } from '../chat/inbox.js';
import { InboxPanel } from './inbox-panel.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

const TAB_LABELS: Record<InboxTab, string> = {
  waiting: 'Waiting',
  bot: 'Bot',
  mine: 'Mine',
  others: 'Others',
  resolved: 'Resolved',
  messages: 'Messages',
};

/** The tab a key moves to, wrapping around; null for keys that do not move. */
function nextTabIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The inbox's tabs, each with its count; arrow keys, Home and End move between them. */
export function InboxTabs() {
  const model = useModel();
  const groups = useStore(model.inbox.$groups);
  const [selected, setSelected] = useState<InboxTab>('waiting');
  const tabs = useRef<Partial<Record<InboxTab, HTMLButtonElement | null>>>({});

  function moveTo(tab: InboxTab): void {
    setSelected(tab);
    tabs.current[tab]?.focus();
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLDivElement>): void {
    const next = nextTabIndex(event.key, INBOX_TABS.indexOf(selected), INBOX_TABS.length);
    const tab = next === null ? undefined : INBOX_TABS[next];
    if (tab === undefined) return;
    event.preventDefault();
    moveTo(tab);
  }

  return (
    <>
      <div class="tabs" role="tablist" aria-label="Inbox" onKeyDown={onKeyDown}>
        {INBOX_TABS.map((tab) => {
          const isSelected = tab === selected;
          return (
            <button
              key={tab}
              ref={(element) => {
                tabs.current[tab] = element;
              }}
              type="button"
              role="tab"
              id={`inbox-tab-${tab}`}
              class="tab"
              aria-selected={isSelected}
              aria-controls={`inbox-panel-${tab}`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => setSelected(tab)}
            >
              {TAB_LABELS[tab]} <span class="tab__count">{groups[tab].length}</span>
            </button>
          );
        })}
      </div>
      <InboxPanel tab={selected} conversations={groups[selected]} />
    </>
  );
}
