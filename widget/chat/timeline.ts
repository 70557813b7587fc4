import type { Entry } from '../../protocol/entries.js';
import type { Messages } from '../i18n/messages.js';
import { initials } from './initials.js';
import type { PendingMessage } from './outbox.js';
import { safeLink } from './safe-link.js';
import { systemLine } from './system-line.js';

/** A knowledge source as shown: its title, and a link only when the URL is http or https. */
export interface ShownSource {
  title: string;
  href: string | null;
}

/** One line of the conversation as the visitor sees it. `key` is stable while the line is on screen. */
export type TimelineItem =
  | {
      key: string;
      speaker: 'visitor';
      text: string;
      /** The unsent message this line shows, or null once committed. */
      pending: PendingMessage | null;
    }
  | {
      key: string;
      speaker: 'assistant';
      text: string;
      sources: ShownSource[];
      /** The labels of the quick replies the assistant offered after this message. */
      quickReplies: string[];
    }
  | { key: string; speaker: 'agent'; text: string; agentName: string; initials: string }
  | {
      key: string;
      speaker: 'system';
      text: string;
      /** The avatar of the agent who now answers (joined, or was passed the conversation); null for none. */
      initials: string | null;
    };

/** The key of a visitor line: its client id, so a pending line keeps its place when it is committed. */
function visitorKey(clientId: string | null, seq: number): string {
  return clientId === null ? `seq:${seq}` : `client:${clientId}`;
}

/** The agent a system line introduces, for its avatar. */
function newcomer(entry: Entry): string | null {
  if (entry.kind === 'agent_joined') return initials(entry.agent.name);
  return entry.kind === 'transferred' ? initials(entry.to.name) : null;
}

function itemFor(
  entry: Entry,
  linkBase: string | null,
  t: Messages,
  locale: string | undefined,
): TimelineItem | null {
  switch (entry.kind) {
    case 'visitor_message':
      return {
        key: visitorKey(entry.clientId, entry.seq),
        speaker: 'visitor',
        text: entry.text,
        pending: null,
      };
    case 'bot_message':
      return {
        key: `seq:${entry.seq}`,
        speaker: 'assistant',
        text: entry.text,
        sources: entry.sources.map((source) => ({
          title: source.title,
          href: safeLink(source.url, linkBase),
        })),
        quickReplies: entry.quickReplies?.map((reply) => reply.title) ?? [],
      };
    case 'agent_message':
      return {
        key: `seq:${entry.seq}`,
        speaker: 'agent',
        text: entry.text,
        agentName: entry.agent.name,
        initials: initials(entry.agent.name),
      };
    default: {
      const text = systemLine(entry, t, locale);
      return text === null
        ? null
        : { key: `seq:${entry.seq}`, speaker: 'system', text, initials: newcomer(entry) };
    }
  }
}

/**
 * The committed entries in seq order followed by the visitor's unsent messages in the order written. A
 * pending message whose entry is already committed is left out, so no message is ever shown twice. Relative
 * source links resolve against `linkBase`, the host page's URL; system lines are in the language of `t`, with
 * times shown in `locale`. Entries only
 * agents may read (`internal`) show nothing, but still hold their seq in the transcript.
 */
export function buildTimeline(
  entries: readonly Entry[],
  outbox: readonly PendingMessage[],
  t: Messages,
  linkBase: string | null = null,
  locale?: string,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const committed = new Set<string>();
  for (const entry of entries) {
    if (entry.clientId !== null) committed.add(entry.clientId);
    const item = itemFor(entry, linkBase, t, locale);
    if (item !== null) items.push(item);
  }
  for (const message of outbox) {
    if (committed.has(message.clientId)) continue;
    items.push({
      key: visitorKey(message.clientId, 0),
      speaker: 'visitor',
      text: message.text,
      pending: message,
    });
  }
  return items;
}

/**
 * The quick replies to offer now: those of the newest line while it is the assistant's. Once anyone says
 * anything more, or the visitor is handed to a person, they are no longer offered.
 */
export function offeredQuickReplies(items: readonly TimelineItem[]): string[] {
  const newest = items.at(-1);
  return newest?.speaker === 'assistant' ? newest.quickReplies : [];
}
