import { useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_INSIGHTS_DAYS } from '../../../protocol/limits.js';
import type { InsightsFilters as Filters } from '../../chat/insights-store.js';
import { useModel } from '../model-context.js';
import { useStore } from '../use-store.js';

/** Every time zone the browser knows, with the chosen one and UTC among them. */
function timeZonesWith(chosen: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([chosen, 'UTC', ...known])].toSorted();
}

type Field = keyof Filters;

/**
 * The report's site, range and time zone, in native inputs. What the agent changes is a draft until the
 * form is sent; the draft follows the store when the store's filters change (the first site once known).
 */
export function InsightsFilters() {
  const { insights } = useModel();
  const sites = useStore(insights.$sites);
  const filters = useStore(insights.$filters);
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const zones = useMemo(() => timeZonesWith(draft.timeZone), [draft.timeZone]);

  const edit = (field: Field) => (event: Event) => {
    const { value } = event.currentTarget as HTMLInputElement | HTMLSelectElement;
    setDraft((current) => ({ ...current, [field]: value }));
  };

  function show(event: SubmitEvent): void {
    event.preventDefault();
    void insights.apply(draft);
  }

  return (
    <form class="insights-filters" aria-label="Report" onSubmit={show}>
      {/* A label beside a select, not around it, so the select's name is the label alone, not its options. */}
      <div class="field">
        <label class="field__label" for="insights-site">
          Site
        </label>
        <select id="insights-site" class="field__input" value={draft.siteId ?? ''} onChange={edit('siteId')}>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </div>
      <label class="field">
        <span class="field__label">From</span>
        <input class="field__input" type="date" required value={draft.from} onInput={edit('from')} />
      </label>
      <label class="field">
        <span class="field__label">To</span>
        <input class="field__input" type="date" required value={draft.to} onInput={edit('to')} />
      </label>
      <div class="field">
        <label class="field__label" for="insights-time-zone">
          Time zone
        </label>
        <select
          id="insights-time-zone"
          class="field__input"
          value={draft.timeZone}
          onChange={edit('timeZone')}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button--primary">
        Show
      </button>
      <p class="insights-filters__hint">Up to {MAX_INSIGHTS_DAYS} days, both ends included.</p>
    </form>
  );
}
