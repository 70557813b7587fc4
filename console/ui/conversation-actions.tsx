import type { ConversationRights } from '../chat/describe-conversation.js';
import type { OwnershipCommand } from '../chat/conversation-store.js';

interface ConversationActionsProps {
  /** What the agent may do; null while the conversation is loading. */
  rights: ConversationRights | null;
  isOnline: boolean;
  busyCommand: OwnershipCommand | null;
  onCommand(name: OwnershipCommand): void;
}

const ACTIONS: ReadonlyArray<{ name: OwnershipCommand; label: string; right: keyof ConversationRights }> = [
  { name: 'conversation:claim', label: 'Take over', right: 'canClaim' },
  { name: 'conversation:hand-back', label: 'Hand back to bot', right: 'canHandBack' },
  { name: 'conversation:resolve', label: 'Resolve', right: 'canResolve' },
];

/**
 * Take over, hand back and resolve; each enabled only when it applies and the console is online. They are
 * `aria-disabled` rather than `disabled`, so the focus stays on a button that its own click disables.
 */
export function ConversationActions({ rights, isOnline, busyCommand, onCommand }: ConversationActionsProps) {
  return (
    <div class="actions" role="group" aria-label="Conversation actions">
      {ACTIONS.map(({ name, label, right }) => {
        const isDisabled = rights === null || !rights[right] || !isOnline || busyCommand !== null;
        return (
          <button
            key={name}
            type="button"
            class={name === 'conversation:claim' ? 'button button--primary' : 'button'}
            aria-disabled={isDisabled}
            aria-busy={busyCommand === name}
            onClick={() => {
              if (!isDisabled) onCommand(name);
            }}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
