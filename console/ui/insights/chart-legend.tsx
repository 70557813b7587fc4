import { useEffect, useRef } from 'preact/hooks';
import { patternTile, type BarStyle, type LineStyle } from './chart-styles.js';

export type LegendKey = { label: string } & ({ bar: BarStyle } | { line: LineStyle });

const SWATCH = { width: 28, height: 14 };

/** A small canvas drawn with a series' own pattern or dash, so the legend matches the chart exactly. */
function Swatch({ entry }: { entry: LegendKey }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, SWATCH.width, SWATCH.height);
    if ('bar' in entry) {
      const pattern = context.createPattern(patternTile(entry.bar, 1), 'repeat');
      context.fillStyle = pattern ?? entry.bar.color;
      context.fillRect(0, 0, SWATCH.width, SWATCH.height);
      context.strokeStyle = entry.bar.color;
      context.strokeRect(0.5, 0.5, SWATCH.width - 1, SWATCH.height - 1);
    } else {
      context.strokeStyle = entry.line.color;
      context.lineWidth = 2;
      context.setLineDash(entry.line.dash);
      context.beginPath();
      context.moveTo(0, SWATCH.height / 2);
      context.lineTo(SWATCH.width, SWATCH.height / 2);
      context.stroke();
    }
  }, [entry]);
  return (
    <canvas
      ref={canvas}
      class="legend__swatch"
      width={SWATCH.width}
      height={SWATCH.height}
      aria-hidden="true"
    />
  );
}

/** The series of a chart, each with its pattern or dash and its name. */
export function ChartLegend({ entries }: { entries: LegendKey[] }) {
  return (
    <ul class="legend">
      {entries.map((entry) => (
        <li key={entry.label} class="legend__item">
          <Swatch entry={entry} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
