import type { VisitorConversation } from '../../protocol/conversation.js';

/** What the visitor is waiting for, or who is answering, for the line under the assistant's name. */
function statusText(conversation: VisitorConversation | null): string {
  if (conversation?.state === 'waiting') return 'Waiting for a person…';
  if (conversation?.state === 'agent' && conversation.agent !== null) {
    return `You're chatting with ${conversation.agent.name}`;
  }
  return '';
}

export interface HeaderProps {
  assistantName: string;
  conversation: VisitorConversation | null;
  onClose: () => void;
}

/** The panel's title bar: the assistant's name, who is answering, and the close button. */
export function Header({ assistantName, conversation, onClose }: HeaderProps) {
  return (
    <header class="header">
      <span class="header-avatar" aria-hidden="true">
        {assistantName.slice(0, 1)}
      </span>
      <div class="header-text">
        <h1 class="header-title">{assistantName}</h1>
        <p class="header-status" role="status">
          {statusText(conversation)}
        </p>
      </div>
      <button type="button" class="icon-button" aria-label="Close chat" onClick={onClose}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
    </header>
  );
}
