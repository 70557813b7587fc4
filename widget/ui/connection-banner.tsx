import type { ConnectionState } from '../chat/chat-session.js';

const TEXT: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  online: '',
  reconnecting: 'Reconnecting…',
  unavailable: 'Chat is unavailable right now. Please try again later.',
};

/**
 * A quiet line while the connection is not up. The status element stays in the page so screen readers
 * announce each change of its text.
 */
export function ConnectionBanner({ connection }: { connection: ConnectionState }) {
  return (
    <div class="banner" role="status">
      {TEXT[connection]}
    </div>
  );
}
