import { conversationHash } from '../../chat/page-route.js';
import { formatDateTime } from '../format-time.js';

/** A link that opens a conversation in the inbox, named by when something was said in it. */
export function ConversationLink({ conversationId, at }: { conversationId: string; at: number }) {
  return <a href={conversationHash(conversationId)}>Conversation of {formatDateTime(at)}</a>;
}
