import type { ComponentChildren } from 'preact';

export interface Bar {
  key: string;
  label: ComponentChildren;
  value: number;
  /** The value as written next to the bar. */
  text: string;
  details?: ComponentChildren;
}

/**
 * Horizontal bars drawn with HTML: each row writes its label and its figure, so the bar's length only
 * repeats what the text says, for eyes that want to compare at a glance.
 */
export function BarList({ bars, label }: { bars: Bar[]; label: string }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <ol class="bar-list" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} class="bar-list__item">
          <div class="bar-list__head">
            <span class="bar-list__label">{bar.label}</span>
            <span class="bar-list__value">{bar.text}</span>
          </div>
          <meter class="bar-list__meter" min={0} max={largest} value={bar.value} aria-hidden="true" />
          {bar.details ?? null}
        </li>
      ))}
    </ol>
  );
}
