import type uPlot from 'uplot';
import { formatDay } from '../../chat/insights-figures.js';
import type { IsoDay } from '../../../protocol/insights.js';

const AXIS = {
  stroke: '#57606a',
  grid: { stroke: '#e4e7eb', width: 1 },
  ticks: { stroke: '#d9dce1', width: 1 },
};

/**
 * The x scale and axis of a chart by day: the days are the points 0, 1, 2…, labelled with their dates, so
 * the chart shows the days the relay counted in the report's zone, whatever the browser's own zone.
 */
export function dayAxis(days: readonly IsoDay[]): { scale: uPlot.Scale; axis: uPlot.Axis } {
  return {
    scale: { time: false, range: [-0.5, days.length - 0.5] },
    axis: {
      ...AXIS,
      incrs: [1, 2, 7, 14, 28, 56, 91, 182],
      values: (_chart, splits) =>
        splits.map((split) => (Number.isInteger(split) ? formatDay(days[split] ?? '') : '')),
    },
  };
}

/** A y axis whose values are written by `format`, with whole steps where counts need them. */
export function valueAxis(format: (value: number) => string, incrs?: number[]): uPlot.Axis {
  return { ...AXIS, size: 72, values: (_chart, splits) => splits.map(format), ...(incrs ? { incrs } : {}) };
}

/** The day indexes of `days`: the x values of every daily chart. */
export function dayIndexes(days: readonly IsoDay[]): number[] {
  return days.map((_, index) => index);
}
