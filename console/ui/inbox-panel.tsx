import type { ConversationSummary } from '../../protocol/conversation.js';
import type { InboxTab } from '../chat/inbox.js';
import { InboxRow } from './inbox-row.js';
import { useModel } from './model-context.js';
import { useStore } from './use-store.js';

const EMPTY_TEXT: Record<InboxTab, string> = {
  waiting: 'Nobody is waiting for a person.',
  bot: 'The assistant is not talking with anyone.',
  mine: 'You have no conversations open.',
  others: 'Your colleagues have no conversations open.',
  resolved: 'No conversation was resolved lately.',
  messages: 'No message left by a visitor is waiting for an answer.',
};

interface InboxPanelProps {
  tab: InboxTab;
  conversations: readonly ConversationSummary[];
}

/** The selected tab's list of conversations. */
export function InboxPanel({ tab, conversations }: InboxPanelProps) {
  const model = useModel();
  const open = useStore(model.conversation.$open);
  const myId = useStore(model.$myId);
  return (
    <div
      class="tabpanel"
      role="tabpanel"
      id={`inbox-panel-${tab}`}
      aria-labelledby={`inbox-tab-${tab}`}
      tabIndex={conversations.length === 0 ? 0 : undefined}
    >
      {conversations.length === 0 ? (
        <p class="tabpanel__empty">{EMPTY_TEXT[tab]}</p>
      ) : (
        <ul class="rows">
          {conversations.map((conversation) => (
            <InboxRow
              key={conversation.id}
              conversation={conversation}
              myId={myId}
              isSelected={open !== null && open.id === conversation.id}
              onSelect={model.conversation.select}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
