import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

interface UplotChartProps {
  /** The chart's options but its size; keep the object stable between renders (useMemo). */
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height: number;
}

/**
 * A uPlot chart that fills its container's width and follows it when it resizes. The canvas is hidden from
 * screen readers: every chart comes with a text summary and a table of the same figures.
 */
export function UplotChart({ options, data, height }: UplotChartProps) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = target.current;
    if (element === null) return;
    const chart = new uPlot({ ...options, width: element.clientWidth, height }, data, element);
    const observer = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [options, data, height]);
  return <div ref={target} class="chart__canvas" aria-hidden="true" />;
}
