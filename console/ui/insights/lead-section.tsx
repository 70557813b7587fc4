import type { InsightsReport } from '../../../protocol/insights.js';
import { ConversationLink } from './conversation-link.js';
import { Definition } from './definition.js';

/** Visitors who may want to buy: those who wrote about prices or buying, and the addresses they left. */
export function LeadSection({ report }: { report: InsightsReport }) {
  const { interest, emails } = report.leads;
  return (
    <section class="insights__card insights__card--wide" aria-labelledby="leads-title">
      <h3 id="leads-title">Lead signals</h3>
      <div class="leads">
        <div>
          <h4>Asked about prices or buying</h4>
          {interest.length === 0 ? (
            <p class="insights__empty">Nobody in this range.</p>
          ) : (
            <ul class="leads__list" aria-label="Asked about prices or buying">
              {interest.map((lead) => (
                <li key={lead.conversationId}>
                  <q>{lead.text}</q> <span class="leads__keyword">({lead.keyword})</span>{' '}
                  <ConversationLink conversationId={lead.conversationId} at={lead.at} />
                </li>
              ))}
            </ul>
          )}
          <Definition text={report.definitions.interestLeads} />
        </div>
        <div>
          <h4>Email addresses</h4>
          {emails.length === 0 ? (
            <p class="insights__empty">No visitor wrote an email address in this range.</p>
          ) : (
            <ul class="leads__list" aria-label="Email addresses">
              {emails.map((lead) => (
                <li key={lead.email}>
                  <span class="leads__email">{lead.email}</span>{' '}
                  <ConversationLink conversationId={lead.conversationId} at={lead.at} />
                </li>
              ))}
            </ul>
          )}
          <Definition text={report.definitions.emailLeads} />
        </div>
      </div>
    </section>
  );
}
