import type { InsightsReport } from '../../../protocol/insights.js';
import { BarList } from './bar-list.js';
import { Definition } from './definition.js';

/** Customer satisfaction: the average rating, and how many visitors gave each score, written and drawn. */
export function CsatSection({ report }: { report: InsightsReport }) {
  const { ratings, average, distribution } = report.satisfaction;
  return (
    <section class="insights__card" aria-labelledby="csat-title">
      <h3 id="csat-title">Customer satisfaction</h3>
      {average === null ? (
        <p class="insights__empty">No ratings in this range.</p>
      ) : (
        <>
          <dl class="figures">
            <div class="figures__item">
              <dt>Average rating</dt>
              <dd>
                <span class="figures__value">{average.toFixed(1)} out of 5</span>
                <span class="figures__detail">
                  from {ratings} {ratings === 1 ? 'rating' : 'ratings'}
                </span>
              </dd>
            </div>
          </dl>
          <BarList
            label="Ratings by score"
            bars={distribution.toReversed().map(({ score, count }) => ({
              key: String(score),
              label: `${score} out of 5`,
              value: count,
              text: String(count),
            }))}
          />
        </>
      )}
      <Definition text={report.definitions.csat} />
    </section>
  );
}
