import type { ComponentChildren } from 'preact';
import type { Entry, KnowledgeSource } from '../../protocol/entries.js';
import { describeQuickReplies, describeSystemEntry, isSystemEntry } from '../chat/describe-entry.js';
import { describeRating } from '../chat/describe-rating.js';
import { safeLinkUrl } from '../chat/safe-link.js';
import { formatClock, formatDateTime } from './format-time.js';

interface EntryViewProps {
  entry: Entry;
  myId: string | null;
}

/** One committed entry: a message with who said it, or a system line. */
export function EntryView({ entry, myId }: EntryViewProps) {
  if (isSystemEntry(entry)) {
    const line = describeSystemEntry(entry, myId);
    return (
      <div class={line.isProminent ? 'system system--prominent' : 'system'}>
        <p class="system__text">
          {line.isProminent ? <strong>{line.text}</strong> : line.text} <Clock at={entry.at} />
        </p>
        {line.detail === null ? null : <p class="system__detail">{line.detail}</p>}
        {entry.kind === 'handoff_unavailable' && entry.opensAt !== null ? (
          <p class="system__detail">
            The team opens again{' '}
            <time dateTime={new Date(entry.opensAt).toISOString()}>{formatDateTime(entry.opensAt)}</time>.
          </p>
        ) : null}
      </div>
    );
  }
  switch (entry.kind) {
    case 'internal':
      // The visitor's stand-in for an agents-only entry; the relay never sends it to agents.
      return null;
    case 'note_added':
      return (
        <Bubble
          side="note"
          author={entry.agent.id === myId ? `${entry.agent.name} (you)` : entry.agent.name}
          at={entry.at}
          tag="Private note — agents only"
        >
          <p class="bubble__text">{entry.text}</p>
        </Bubble>
      );
    case 'message_left':
      return (
        <Bubble side="visitor" author="Visitor" at={entry.at} tag="Left a message">
          <p class="bubble__text">{entry.text}</p>
          <p class="sources">
            Answer by email: <a href={`mailto:${entry.email}`}>{entry.email}</a>
          </p>
        </Bubble>
      );
    case 'rated':
      return (
        <div class="system system--rating">
          <p class="system__text">
            <strong>The visitor rated the conversation: {describeRating(entry.score)}</strong>{' '}
            <Clock at={entry.at} />
          </p>
          {entry.comment === null ? null : <p class="system__detail">“{entry.comment}”</p>}
        </div>
      );
    case 'visitor_message':
      return (
        <Bubble side="visitor" author="Visitor" at={entry.at}>
          <p class="bubble__text">{entry.text}</p>
        </Bubble>
      );
    case 'agent_message':
      return (
        <Bubble
          side="agent"
          author={entry.agent.id === myId ? `${entry.agent.name} (you)` : entry.agent.name}
          at={entry.at}
        >
          <p class="bubble__text">{entry.text}</p>
        </Bubble>
      );
    case 'bot_message': {
      const offered = describeQuickReplies(entry.quickReplies);
      return (
        <Bubble side="bot" author="Assistant" at={entry.at} tag={entry.isMiss ? 'No answer' : null}>
          <p class="bubble__text">{entry.text}</p>
          {entry.sources.length === 0 ? null : (
            <ul class="sources">
              {entry.sources.map((source, index) => (
                <li key={index} class="sources__item">
                  Source: <SourceTitle source={source} />
                </li>
              ))}
            </ul>
          )}
          {offered === null ? null : <p class="sources">{offered}</p>}
        </Bubble>
      );
    }
  }
}

interface BubbleProps {
  side: 'visitor' | 'bot' | 'agent' | 'note';
  author: string;
  at: number;
  tag?: string | null;
  children: ComponentChildren;
}

function Bubble({ side, author, at, tag = null, children }: BubbleProps) {
  return (
    <div class={`bubble bubble--${side}`}>
      <p class="bubble__meta">
        <span class="bubble__author">{author}</span> <Clock at={at} />
        {tag === null ? null : <span class={`tag tag--${side}`}>{tag}</span>}
      </p>
      {children}
    </div>
  );
}

function Clock({ at }: { at: number }) {
  return (
    <time class="clock" dateTime={new Date(at).toISOString()}>
      {formatClock(at)}
    </time>
  );
}

function SourceTitle({ source }: { source: KnowledgeSource }) {
  const href = safeLinkUrl(source.url);
  if (href === null) return <>{source.title}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  );
}
