import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import type { InsightsDay, InsightsReport } from '../../../protocol/insights.js';
import {
  formatDay,
  OUTCOME_LABELS,
  OUTCOMES,
  stackedOutcomes,
  summarizeOutcomes,
} from '../../chat/insights-figures.js';
import { ChartLegend } from './chart-legend.js';
import { fillFor, OUTCOME_STYLES } from './chart-styles.js';
import { DataTable } from './data-table.js';
import { dayAxis, dayIndexes, valueAxis } from './day-axis.js';
import { Definition } from './definition.js';
import { UplotChart } from './uplot-chart.js';

/** The tallest stack is drawn first and each shorter one over it, so every layer shows. */
const DRAW_ORDER = OUTCOMES.toReversed();
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

function chartOf(days: readonly InsightsDay[]) {
  const x = dayAxis(days.map((day) => day.day));
  const stacked = stackedOutcomes(days);
  const bars = uPlot.paths.bars?.({ size: [0.7, 56] });
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    legend: { show: false },
    cursor: { show: false },
    scales: { x: x.scale, y: { range: (_chart, _min, max) => [0, Math.max(4, max)] } },
    axes: [x.axis, valueAxis(String, COUNT_STEPS)],
    series: [
      {},
      ...DRAW_ORDER.map((outcome): uPlot.Series => ({
        label: OUTCOME_LABELS[outcome],
        stroke: OUTCOME_STYLES[outcome].color,
        width: 1,
        fill: (chart) => fillFor(chart.ctx, OUTCOME_STYLES[outcome]),
        points: { show: false },
        ...(bars ? { paths: bars } : {}),
      })),
    ],
  };
  const data: uPlot.AlignedData = [
    dayIndexes(days.map((day) => day.day)),
    ...DRAW_ORDER.map((outcome) => stacked[outcome]),
  ];
  return { options, data };
}

/** Conversations per day as stacked bars, one patterned layer per outcome. */
export function OutcomeChart({ report }: { report: InsightsReport }) {
  const { days } = report;
  const chart = useMemo(() => chartOf(days), [days]);
  return (
    <section class="insights__card insights__card--wide" aria-labelledby="outcome-chart-title">
      <h3 id="outcome-chart-title">Conversations per day</h3>
      <figure class="chart">
        <ChartLegend
          entries={OUTCOMES.map((outcome) => ({
            label: OUTCOME_LABELS[outcome],
            bar: OUTCOME_STYLES[outcome],
          }))}
        />
        <UplotChart options={chart.options} data={chart.data} height={240} />
        <figcaption class="chart__summary">{summarizeOutcomes(report)}</figcaption>
      </figure>
      <DataTable
        caption="Conversations per day, by outcome"
        columns={['Day', ...OUTCOMES.map((outcome) => OUTCOME_LABELS[outcome]), 'All']}
        rows={days.map((day) => [
          formatDay(day.day),
          ...OUTCOMES.map((outcome) => day.outcomes[outcome]),
          OUTCOMES.reduce((sum, outcome) => sum + day.outcomes[outcome], 0),
        ])}
      />
      <Definition text={report.definitions.conversations} />
      <Definition text={report.definitions.outcomes} />
    </section>
  );
}
