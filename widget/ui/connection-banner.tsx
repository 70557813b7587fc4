import type { ConnectionState } from '../chat/chat-session.js';
import { useMessages } from './use-messages.js';

/**
 * A quiet line while the connection is not up. The status element stays in the page so screen readers
 * announce each change of its text.
 */
export function ConnectionBanner({ connection }: { connection: ConnectionState }) {
  const t = useMessages();
  return (
    <div class="banner" role="status">
      {connection === 'online' ? '' : t[connection]}
    </div>
  );
}
