import { atom, type ReadableAtom } from 'nanostores';
import type { InsightsReport, IsoDay, SiteOption } from '../../protocol/insights.js';
import type { InsightsApi, SessionErrorCode } from './ports.js';

/** What the Insights page shows a report for. */
export interface InsightsFilters {
  /** Null until the sites are known. */
  siteId: string | null;
  from: IsoDay;
  to: IsoDay;
  /** An IANA time zone, such as `Europe/Paris`. */
  timeZone: string;
}

export type ReportState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; report: InsightsReport }
  | { status: 'failed'; message: string };

export interface InsightsStore {
  /** The sites a report can be asked for; empty until loaded. */
  $sites: ReadableAtom<SiteOption[]>;
  $filters: ReadableAtom<InsightsFilters>;
  $report: ReadableAtom<ReportState>;
  /** Loads the sites, once, then the report for the current filters. */
  open(): Promise<void>;
  /** Shows the report for other filters. */
  apply(filters: InsightsFilters): Promise<void>;
}

export interface InsightsStoreDeps {
  api: InsightsApi;
  /** The filters before the agent chooses any: a range and a time zone; the first site once known. */
  initial: Omit<InsightsFilters, 'siteId'>;
  /** A call came back `unauthorized`: the session has ended. */
  onUnauthorized(): void;
}

/** What to tell the agent when a report cannot be shown. */
function describeFailure(code: SessionErrorCode, message: string): string {
  switch (code) {
    case 'invalid_payload':
      return `Check the filters: ${message}`;
    case 'unknown_site':
      return 'This site no longer exists. Choose another.';
    case 'unauthorized':
      return 'Your session has ended. Sign in again.';
    case 'network':
      return 'Cannot reach Switchboard. Check your connection and try again.';
    default:
      return 'The report could not be loaded. Try again in a moment.';
  }
}

/** Creates the Insights page's store over the REST API. */
export function createInsightsStore({ api, initial, onUnauthorized }: InsightsStoreDeps): InsightsStore {
  const $sites = atom<SiteOption[]>([]);
  const $filters = atom<InsightsFilters>({ siteId: null, ...initial });
  const $report = atom<ReportState>({ status: 'idle' });
  /** Counts requests, so that only the newest one's answer is shown. */
  let latest = 0;

  function fail(code: SessionErrorCode, message: string): void {
    if (code === 'unauthorized') onUnauthorized();
    $report.set({ status: 'failed', message: describeFailure(code, message) });
  }

  async function apply(filters: InsightsFilters): Promise<void> {
    $filters.set(filters);
    const { siteId, from, to, timeZone } = filters;
    if (siteId === null) return;
    const request = ++latest;
    $report.set({ status: 'loading' });
    const outcome = await api.report({ siteId, from, to, timeZone });
    if (request !== latest) return;
    if (outcome.ok) $report.set({ status: 'ready', report: outcome.value });
    else fail(outcome.code, outcome.message);
  }

  async function open(): Promise<void> {
    if ($sites.get().length === 0) {
      const request = ++latest;
      $report.set({ status: 'loading' });
      const outcome = await api.sites();
      if (request !== latest) return;
      if (!outcome.ok) return fail(outcome.code, outcome.message);
      $sites.set(outcome.value);
    }
    const [first] = $sites.get();
    if (first === undefined) {
      $report.set({ status: 'failed', message: 'No site is set up yet.' });
      return;
    }
    const filters = $filters.get();
    await apply({ ...filters, siteId: filters.siteId ?? first.id });
  }

  return { $sites, $filters, $report, open, apply };
}
