import type { ComponentChildren } from 'preact';
import type { ConversationSummary } from '../../protocol/conversation.js';
import { describeRating } from '../chat/describe-rating.js';
import { safeLinkUrl } from '../chat/safe-link.js';
import { formatDateTime } from './format-time.js';
import { VisitorIdentityFacts } from './visitor-identity.js';

interface VisitorContextPanelProps {
  conversation: ConversationSummary;
}

/**
 * Who the visitor is, where they are and came from, as the widget reported it, the message they left and
 * their rating.
 */
export function VisitorContextPanel({ conversation }: VisitorContextPanelProps) {
  const { visitor } = conversation;
  return (
    <aside class="context" aria-labelledby="visitor-title">
      <h2 id="visitor-title" class="context__title">
        Visitor
      </h2>
      <dl class="facts">
        <Fact term="Identity">
          <VisitorIdentityFacts identity={conversation.identity} />
        </Fact>
        <Fact term="Page">
          <MaybeLink text={visitor.pageUrl} />
        </Fact>
        <Fact term="Page title">{visitor.pageTitle ?? <NotReported />}</Fact>
        <Fact term="Referrer">
          <MaybeLink text={visitor.referrer} />
        </Fact>
        <Fact term="Locale">{visitor.locale ?? <NotReported />}</Fact>
        <Fact term="Started at">
          <time dateTime={new Date(conversation.createdAt).toISOString()}>
            {formatDateTime(conversation.createdAt)}
          </time>
        </Fact>
        <Fact term="Site">{conversation.siteId}</Fact>
      </dl>
      {conversation.lead === null ? null : (
        <section class="handoff" aria-labelledby="lead-title">
          <h3 id="lead-title" class="handoff__title">
            Message left
          </h3>
          <p>
            Answer by email: <a href={`mailto:${conversation.lead.email}`}>{conversation.lead.email}</a>
          </p>
          <p>
            {conversation.state === 'resolved'
              ? 'Answered: the conversation is resolved.'
              : 'Not answered yet.'}
          </p>
        </section>
      )}
      {conversation.rating === null ? null : (
        <section class="handoff" aria-labelledby="rating-title">
          <h3 id="rating-title" class="handoff__title">
            Rating
          </h3>
          <p>{describeRating(conversation.rating.score)}</p>
          {conversation.rating.comment === null ? null : <p>“{conversation.rating.comment}”</p>}
        </section>
      )}
    </aside>
  );
}

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="facts__row">
      <dt class="facts__term">{term}</dt>
      <dd class="facts__value">{children}</dd>
    </div>
  );
}

function NotReported() {
  return <span class="facts__missing">Not reported</span>;
}

/** An http(s) address as a link that opens apart from the console; anything else as plain text. */
function MaybeLink({ text }: { text: string | null }) {
  if (text === null || text === '') return <NotReported />;
  const href = safeLinkUrl(text);
  if (href === null) return <>{text}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}
