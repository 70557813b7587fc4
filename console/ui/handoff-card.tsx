import type { ConversationSummary } from '../../protocol/conversation.js';
import type { Entry, KnowledgeSource } from '../../protocol/entries.js';
import { describeHandoffTrigger } from '../chat/describe-entry.js';
import { handoffSummary } from '../chat/handoff-summary.js';
import { safeLinkUrl } from '../chat/safe-link.js';
import { VisitorIdentityFacts } from './visitor-identity.js';

interface HandoffCardProps {
  conversation: ConversationSummary;
  entries: readonly Entry[];
}

/**
 * What an agent needs before answering a handed-off visitor, pinned above the timeline: why the handoff
 * happened, what the visitor asked and the bot answered before it, and who and where the visitor is.
 */
export function HandoffCard({ conversation, entries }: HandoffCardProps) {
  const { handoff, visitor, pages } = conversation;
  if (handoff === null) return null;
  const exchanges = handoffSummary(entries);
  const earlierPages = pages.slice(0, -1).toReversed();
  const current = pages.at(-1);
  return (
    // It scrolls when long, so it takes focus: a keyboard can scroll it too.
    <section class="handoff-card" aria-labelledby="handoff-card-title" tabIndex={0}>
      <h3 id="handoff-card-title" class="handoff-card__title">
        Handoff: {describeHandoffTrigger(handoff.trigger)}
      </h3>
      <p class="handoff-card__reason">{handoff.reason}</p>
      {exchanges.length === 0 ? null : (
        <>
          <h4 class="handoff-card__subtitle">Before the handoff</h4>
          <ol class="handoff-card__exchanges">
            {exchanges.map((exchange, index) => (
              <li key={index}>
                <p>
                  <span class="handoff-card__who">Visitor:</span> {exchange.question}
                </p>
                {exchange.answers.map((answer, answerIndex) => (
                  <p key={answerIndex}>
                    <span class="handoff-card__who">Assistant{answer.isMiss ? ' (no answer)' : ''}:</span>{' '}
                    {answer.text}
                    {answer.sources.length === 0 ? null : <Sources sources={answer.sources} />}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        </>
      )}
      <dl class="handoff-card__facts">
        <dt>Visitor</dt>
        <dd>
          <VisitorIdentityFacts identity={conversation.identity} />
        </dd>
        <dt>On page</dt>
        <dd>{current === undefined ? <Address text={visitor.pageUrl} /> : <Page page={current} />}</dd>
        {earlierPages.length === 0 ? null : (
          <>
            <dt>Pages before, newest first</dt>
            <dd>
              <ol class="handoff-card__pages">
                {earlierPages.map((page) => (
                  <li key={`${page.at}-${page.url}`}>
                    <Page page={page} />
                  </li>
                ))}
              </ol>
            </dd>
          </>
        )}
        <dt>Referrer</dt>
        <dd>
          <Address text={visitor.referrer} />
        </dd>
        <dt>Locale</dt>
        <dd>{visitor.locale ?? 'Not reported'}</dd>
      </dl>
    </section>
  );
}

function Sources({ sources }: { sources: readonly KnowledgeSource[] }) {
  return (
    <>
      {' '}
      (sources:{' '}
      {sources.map((source, index) => {
        const href = safeLinkUrl(source.url);
        return (
          <span key={index}>
            {index > 0 ? ', ' : null}
            {href === null ? (
              source.title
            ) : (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            )}
          </span>
        );
      })}
      )
    </>
  );
}

function Page({ page }: { page: { url: string; title: string | null } }) {
  const href = safeLinkUrl(page.url);
  const label = page.title ?? page.url;
  if (href === null) return <>{label}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}

/** A visitor-reported address: a link when it is http(s), text otherwise. */
function Address({ text }: { text: string | null }) {
  if (text === null || text === '') return <>Not reported</>;
  return <Page page={{ url: text, title: null }} />;
}
