import { useMemo } from 'preact/hooks';
import { MAX_INSIGHTS_DAYS } from '../../../protocol/limits.js';
import { useModel } from '../model-context.js';
import { useStore } from '../use-store.js';

/** Every time zone the browser knows, with the chosen one and UTC among them. */
function timeZonesWith(chosen: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([chosen, 'UTC', ...known])].toSorted();
}

/** The report's site, range and time zone, in native inputs; the report follows when the form is sent. */
export function InsightsFilters() {
  const { insights } = useModel();
  const sites = useStore(insights.$sites);
  const filters = useStore(insights.$filters);
  const zones = useMemo(() => timeZonesWith(filters.timeZone), [filters.timeZone]);

  function show(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const read = (name: string, fallback: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value !== '' ? value : fallback;
    };
    void insights.apply({
      siteId: read('siteId', filters.siteId ?? ''),
      from: read('from', filters.from),
      to: read('to', filters.to),
      timeZone: read('timeZone', filters.timeZone),
    });
  }

  return (
    // Keyed by the filters, so the inputs show them again after the store changes them.
    <form key={JSON.stringify(filters)} class="insights-filters" aria-label="Report" onSubmit={show}>
      <label class="field">
        <span class="field__label">Site</span>
        <select class="field__input" name="siteId" value={filters.siteId ?? ''}>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span class="field__label">From</span>
        <input class="field__input" type="date" name="from" required defaultValue={filters.from} />
      </label>
      <label class="field">
        <span class="field__label">To</span>
        <input class="field__input" type="date" name="to" required defaultValue={filters.to} />
      </label>
      <label class="field">
        <span class="field__label">Time zone</span>
        <select class="field__input" name="timeZone" value={filters.timeZone}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="button button--primary">
        Show
      </button>
      <p class="insights-filters__hint">Up to {MAX_INSIGHTS_DAYS} days, both ends included.</p>
    </form>
  );
}
