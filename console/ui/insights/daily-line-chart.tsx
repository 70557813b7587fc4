import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import type { InsightsDay } from '../../../protocol/insights.js';
import { formatDay } from '../../chat/insights-figures.js';
import { ChartLegend } from './chart-legend.js';
import type { LineStyle } from './chart-styles.js';
import { DataTable } from './data-table.js';
import { dayAxis, dayIndexes, valueAxis } from './day-axis.js';
import { UplotChart } from './uplot-chart.js';

/** One line of a daily chart: its name, its dash, and its value on each day (null where there is none). */
export interface DailyLine {
  label: string;
  style: LineStyle;
  valueOf(day: InsightsDay): number | null;
}

interface DailyLineChartProps {
  days: InsightsDay[];
  lines: DailyLine[];
  /** Writes a value for the axis and the table. */
  format(value: number | null): string;
  /** The y scale's top when the values stay under it; null lets the values decide. */
  top: number | null;
  /** Transforms a value for plotting, such as ms to minutes, and `formatAxis` writes the axis from it. */
  plot(value: number): number;
  formatAxis(value: number): string;
  summary: string;
  tableCaption: string;
}

/** The uPlot options and data of `lines` over `days`. */
function chartOf({
  days,
  lines,
  top,
  plot,
  formatAxis,
}: Pick<DailyLineChartProps, 'days' | 'lines' | 'top' | 'plot' | 'formatAxis'>) {
  const x = dayAxis(days.map((day) => day.day));
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: x.scale,
      y: { range: (_chart, _min, max) => [0, top === null ? Math.max(1, max * 1.1) : Math.max(top, max)] },
    },
    axes: [x.axis, valueAxis(formatAxis)],
    series: [
      {},
      ...lines.map((line): uPlot.Series => ({
        label: line.label,
        stroke: line.style.color,
        dash: line.style.dash,
        width: 2,
        points: { show: true, size: 6, fill: line.style.color },
      })),
    ],
  };
  const data: uPlot.AlignedData = [
    dayIndexes(days.map((day) => day.day)),
    ...lines.map((line) =>
      days.map((day) => {
        const value = line.valueOf(day);
        return value === null ? null : plot(value);
      }),
    ),
  ];
  return { options, data };
}

/** Lines over the days of the range, told apart by their dashes, with a summary and a table. */
export function DailyLineChart(props: DailyLineChartProps) {
  const { days, lines, top, plot, formatAxis } = props;
  // The callers pass module constants for lines and functions, so only new days redraw the chart.
  const chart = useMemo(
    () => chartOf({ days, lines, top, plot, formatAxis }),
    [days, lines, top, plot, formatAxis],
  );

  return (
    <>
      <figure class="chart">
        <ChartLegend entries={lines.map((line) => ({ label: line.label, line: line.style }))} />
        <UplotChart options={chart.options} data={chart.data} height={200} />
        <figcaption class="chart__summary">{props.summary}</figcaption>
      </figure>
      <DataTable
        caption={props.tableCaption}
        columns={['Day', ...lines.map((line) => line.label)]}
        rows={days.map((day) => [
          formatDay(day.day),
          ...lines.map((line) => props.format(line.valueOf(day))),
        ])}
      />
    </>
  );
}
