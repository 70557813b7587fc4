import type { AgentTyping } from '../chat/agent-typing.js';

/**
 * "Alice is typing…". The visible line follows every start and stop; a screen reader is told through a
 * separate status element whose text changes once per reply (see `agent-typing.ts`), not on every pause.
 */
export function TypingIndicator({ typing }: { typing: AgentTyping | null }) {
  const text = typing === null ? '' : `${typing.name} is typing…`;
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
