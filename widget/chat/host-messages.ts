import type { HostMessageEvent } from '../../protocol/frame-messages.js';
import type { Entry } from '../../protocol/entries.js';
import type { Transcript } from './transcript.js';

/** A message entry as the host page's `Switchboard('on', 'message', fn)` receives it; null for other entries. */
export function hostMessage(entry: Entry): HostMessageEvent | null {
  switch (entry.kind) {
    case 'visitor_message':
      return { author: 'visitor', text: entry.text, at: entry.at };
    case 'bot_message':
      return { author: 'assistant', text: entry.text, at: entry.at };
    case 'agent_message':
      return { author: 'agent', text: entry.text, at: entry.at };
    default:
      return null;
  }
}

/**
 * The messages `next` holds that `previous` did not, in seq order: those after `previous.lastSeq` in the same
 * conversation, or all of them when the conversation changed.
 */
export function addedMessages(previous: Transcript, next: Transcript): HostMessageEvent[] {
  const since = next.conversationId === previous.conversationId ? previous.lastSeq : 0;
  const added: HostMessageEvent[] = [];
  for (const entry of next.entries) {
    const message = entry.seq > since ? hostMessage(entry) : null;
    if (message !== null) added.push(message);
  }
  return added;
}
