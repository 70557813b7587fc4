import type { InsightsReport } from '../../../protocol/insights.js';
import { plural } from '../../chat/insights-figures.js';
import { ConversationLink } from './conversation-link.js';
import { Definition } from './definition.js';

/** What the knowledge base is missing: questions the assistant missed or that led to a person, with links. */
export function ContentGapSection({ report }: { report: InsightsReport }) {
  return (
    <section class="insights__card" aria-labelledby="gaps-title">
      <h3 id="gaps-title">Content gaps</h3>
      {report.contentGaps.length === 0 ? (
        <p class="insights__empty">
          The assistant missed no question in this range, and none led to a person.
        </p>
      ) : (
        <ol class="groups" aria-label="Content gaps">
          {report.contentGaps.map((gap) => (
            <li key={gap.label} class="groups__item">
              <p class="groups__label">{gap.label}</p>
              <p class="groups__count">
                {plural(gap.count, 'question')}: {gap.missed} missed by the assistant, {gap.ledToHandoff} led
                to a person
              </p>
              {gap.examples.length > 1 ? (
                <ul class="groups__examples" aria-label="Also asked as">
                  {gap.examples.slice(1).map((example) => (
                    <li key={example}>“{example}”</li>
                  ))}
                </ul>
              ) : null}
              <ul class="groups__links" aria-label={`Conversations that asked “${gap.label}”`}>
                {gap.places.map((place) => (
                  <li key={place.conversationId}>
                    <ConversationLink conversationId={place.conversationId} at={place.at} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <Definition text={report.definitions.contentGaps} />
    </section>
  );
}
