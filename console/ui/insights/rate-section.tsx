import type { InsightsReport } from '../../../protocol/insights.js';
import { formatPercent, summarizeRates } from '../../chat/insights-figures.js';
import { DASHED_LINE, SOLID_LINE } from './chart-styles.js';
import { DailyLineChart, type DailyLine } from './daily-line-chart.js';
import { Definition } from './definition.js';

const LINES: DailyLine[] = [
  { label: 'Bot resolution rate', style: SOLID_LINE, valueOf: (day) => day.botResolutionRate },
  { label: 'Handoff rate', style: DASHED_LINE, valueOf: (day) => day.handoffRate },
];
const asIs = (value: number) => value;
const asPercent = (value: number) => `${Math.round(value * 100)} %`;

/** The range's rates as figures, and the bot resolution and handoff rates day by day. */
export function RateSection({ report }: { report: InsightsReport }) {
  const { botResolution, handoff, unanswered, abandonment } = report.rates;
  const figures = [
    ['Bot resolution rate', botResolution],
    ['Handoff rate', handoff],
    ['Unanswered', unanswered],
    ['Abandonment rate', abandonment],
  ] as const;
  return (
    <section class="insights__card insights__card--wide" aria-labelledby="rates-title">
      <h3 id="rates-title">Rates</h3>
      <dl class="figures">
        {figures.map(([label, rate]) => (
          <div key={label} class="figures__item">
            <dt>{label}</dt>
            <dd>
              <span class="figures__value">{formatPercent(rate.value)}</span>
              <span class="figures__detail">
                {rate.count} of {rate.total}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <DailyLineChart
        days={report.days}
        lines={LINES}
        format={formatPercent}
        top={1}
        plot={asIs}
        formatAxis={asPercent}
        summary={summarizeRates(report)}
        tableCaption="Bot resolution and handoff rates per day"
      />
      <Definition text={report.definitions.rates} />
    </section>
  );
}
