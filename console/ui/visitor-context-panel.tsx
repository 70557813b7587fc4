import type { ComponentChildren } from 'preact';
import type { ConversationSummary } from '../../protocol/conversation.js';
import { describeHandoffTrigger } from '../chat/describe-entry.js';
import { safeLinkUrl } from '../chat/safe-link.js';
import { formatDateTime } from './format-time.js';

interface VisitorContextPanelProps {
  conversation: ConversationSummary;
}

/** Where the visitor is and came from, as the widget reported it, and why they asked for a person. */
export function VisitorContextPanel({ conversation }: VisitorContextPanelProps) {
  const { visitor, handoff } = conversation;
  return (
    <aside class="context" aria-labelledby="visitor-title">
      <h2 id="visitor-title" class="context__title">
        Visitor
      </h2>
      <dl class="facts">
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
      {handoff === null ? null : (
        <section class="handoff" aria-labelledby="handoff-title">
          <h3 id="handoff-title" class="handoff__title">
            Handoff
          </h3>
          <p class="handoff__trigger">Requested: {describeHandoffTrigger(handoff.trigger)}</p>
          <p class="handoff__reason">{handoff.reason}</p>
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
