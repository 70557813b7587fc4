import type { VisitorConversation } from '../../protocol/conversation.js';
import type { Messages } from '../i18n/messages.js';
import { useMessages } from './use-messages.js';

/** What the visitor is waiting for, or who is answering, for the line under the assistant's name. */
function statusText(conversation: VisitorConversation | null, t: Messages): string {
  if (conversation?.state === 'waiting') return t.waitingForPerson;
  if (conversation?.state === 'agent' && conversation.agent !== null) {
    return t.chattingWith(conversation.agent.name);
  }
  return '';
}

export interface HeaderProps {
  assistantName: string;
  /** The site's logo, shown instead of the initial; null for none. */
  logoUrl: string | null;
  conversation: VisitorConversation | null;
  /** Closes the panel; null on the full page, which has nothing to close. */
  onClose: (() => void) | null;
}

/** The panel's title bar: the site's logo or the assistant's initial, its name, who is answering, and close. */
export function Header({ assistantName, logoUrl, conversation, onClose }: HeaderProps) {
  const t = useMessages();
  return (
    <header class="header">
      {logoUrl === null ? (
        <span class="header-avatar" aria-hidden="true">
          {assistantName.slice(0, 1)}
        </span>
      ) : (
        // Decorative: the assistant's name stands beside it.
        <img class="header-avatar" src={logoUrl} alt="" />
      )}
      <div class="header-text">
        <h1 class="header-title">{assistantName}</h1>
        <p class="header-status" role="status">
          {statusText(conversation, t)}
        </p>
      </div>
      {onClose !== null && (
        <button type="button" class="icon-button" aria-label={t.closeChat} onClick={onClose}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      )}
    </header>
  );
}
