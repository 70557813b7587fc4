import type { ComponentChildren } from 'preact';
import type { Entry, KnowledgeSource } from '../../protocol/entries.js';
import { describeQuickReplies, describeSystemEntry, isSystemEntry } from '../chat/describe-entry.js';
import { safeLinkUrl } from '../chat/safe-link.js';
import { formatClock } from './format-time.js';

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
        {line.detail === null ? null : <p class="system__detail">Reason: {line.detail}</p>}
      </div>
    );
  }
  switch (entry.kind) {
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
  side: 'visitor' | 'bot' | 'agent';
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
        {tag === null ? null : <span class="tag tag--miss">{tag}</span>}
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
