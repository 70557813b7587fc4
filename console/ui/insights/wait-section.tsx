import type { DurationSummary, InsightsReport } from '../../../protocol/insights.js';
import { formatDuration } from '../../chat/insights-figures.js';
import { DASHED_LINE, SOLID_LINE } from './chart-styles.js';
import { DailyLineChart, type DailyLine } from './daily-line-chart.js';
import { Definition } from './definition.js';

const MINUTE_MS = 60_000;
const LINES: DailyLine[] = [
  { label: 'Median time in queue', style: SOLID_LINE, valueOf: (day) => day.medianQueueMs },
  {
    label: 'Median time to first human response',
    style: DASHED_LINE,
    valueOf: (day) => day.medianFirstResponseMs,
  },
];
const toMinutes = (ms: number) => ms / MINUTE_MS;
const asMinutes = (minutes: number) => `${Number(minutes.toFixed(1))} min`;

function Timing({
  label,
  summary,
  definition,
}: {
  label: string;
  summary: DurationSummary;
  definition: string;
}) {
  return (
    <div class="timing">
      <h4 class="timing__title">{label}</h4>
      <dl class="figures figures--compact">
        <div class="figures__item">
          <dt>Median</dt>
          <dd class="figures__value">{formatDuration(summary.medianMs)}</dd>
        </div>
        <div class="figures__item">
          <dt>90th percentile</dt>
          <dd class="figures__value">{formatDuration(summary.p90Ms)}</dd>
        </div>
        <div class="figures__item">
          <dt>Measured</dt>
          <dd class="figures__value">{summary.count}</dd>
        </div>
      </dl>
      <Definition text={definition} />
    </div>
  );
}

/** How long visitors waited for a person and how long conversations took, with the daily medians. */
export function WaitSection({ report }: { report: InsightsReport }) {
  const { timings, definitions } = report;
  const summary =
    timings.queue.count === 0
      ? 'Nobody waited for a person in this range.'
      : `Over the range, visitors waited a median of ${formatDuration(timings.queue.medianMs)} for a person to join, and ${formatDuration(timings.firstHumanResponse.medianMs)} for a person’s first message.`;
  return (
    <section class="insights__card insights__card--wide" aria-labelledby="waits-title">
      <h3 id="waits-title">Waiting for a person</h3>
      <div class="timings">
        <Timing label="Time in queue" summary={timings.queue} definition={definitions.queue} />
        <Timing
          label="Time to first human response"
          summary={timings.firstHumanResponse}
          definition={definitions.firstHumanResponse}
        />
        <Timing label="Resolution time" summary={timings.resolution} definition={definitions.resolution} />
      </div>
      <DailyLineChart
        days={report.days}
        lines={LINES}
        format={formatDuration}
        top={null}
        plot={toMinutes}
        formatAxis={asMinutes}
        summary={summary}
        tableCaption="Median waits per day"
      />
    </section>
  );
}
