import type { AgentTyping } from '../chat/agent-typing.js';
import { useMessages } from './use-messages.js';

/**
 * "Alice is typing…". The visible line follows every start and stop; a screen reader is told through a
 * separate status element whose text changes once per reply (see `agent-typing.ts`), not on every pause.
 */
export function TypingIndicator({ typing }: { typing: AgentTyping | null }) {
  const t = useMessages();
  const text = typing === null ? '' : t.isTyping(typing.name);
  return (
    <>
      <p class="sr-only" role="status">
        {text}
      </p>
      {typing?.isTyping === true && (
        <p class="live" aria-hidden="true">
          {text}
        </p>
      )}
    </>
  );
}
