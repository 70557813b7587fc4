import type { InsightsReport } from '../../../protocol/insights.js';
import { plural, TRIGGER_LABELS } from '../../chat/insights-figures.js';
import { BarList } from './bar-list.js';
import { Definition } from './definition.js';

/** Why conversations went to a person: by trigger, each with its most common reasons. */
export function HandoffSection({ report }: { report: InsightsReport }) {
  const { handoffs } = report;
  return (
    <section class="insights__card" aria-labelledby="handoffs-title">
      <h3 id="handoffs-title">Handoffs by trigger and reason</h3>
      {handoffs.length === 0 ? (
        <p class="insights__empty">Nobody asked for a person in this range.</p>
      ) : (
        <BarList
          label="Handoffs by trigger"
          bars={handoffs.map((breakdown) => ({
            key: breakdown.trigger,
            label: TRIGGER_LABELS[breakdown.trigger],
            value: breakdown.conversations,
            text: plural(breakdown.conversations, 'conversation'),
            details: (
              <ul class="reasons" aria-label={`Reasons: ${TRIGGER_LABELS[breakdown.trigger]}`}>
                {breakdown.reasons.map((reason) => (
                  <li key={reason.reason}>
                    {reason.reason} <span class="reasons__count">({reason.count})</span>
                  </li>
                ))}
                {breakdown.otherReasons > 0 ? (
                  <li>
                    Other reasons <span class="reasons__count">({breakdown.otherReasons})</span>
                  </li>
                ) : null}
              </ul>
            ),
          }))}
        />
      )}
      <Definition text={report.definitions.handoffs} />
    </section>
  );
}
