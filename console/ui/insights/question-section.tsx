import type { InsightsReport } from '../../../protocol/insights.js';
import { plural } from '../../chat/insights-figures.js';
import { Definition } from './definition.js';

/** The questions visitors ask most, grouped by the words they share, with how they were worded. */
export function QuestionSection({ report }: { report: InsightsReport }) {
  return (
    <section class="insights__card" aria-labelledby="questions-title">
      <h3 id="questions-title">Top questions</h3>
      {report.topQuestions.length === 0 ? (
        <p class="insights__empty">No questions in this range.</p>
      ) : (
        <ol class="groups" aria-label="Top questions">
          {report.topQuestions.map((group) => (
            <li key={group.label} class="groups__item">
              <p class="groups__label">{group.label}</p>
              <p class="groups__count">
                {plural(group.count, 'question')} in {plural(group.conversations, 'conversation')}
              </p>
              {group.examples.length > 1 ? (
                <ul class="groups__examples" aria-label="Also asked as">
                  {group.examples.slice(1).map((example) => (
                    <li key={example}>“{example}”</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <Definition text={report.definitions.topQuestions} />
    </section>
  );
}
