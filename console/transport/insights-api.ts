import type { InsightsReport, SiteOption } from '../../protocol/insights.js';
import type { ApiOutcome, InsightsApi } from '../chat/ports.js';
import { isRecord, readRefusal } from './api-error.js';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

function isSiteOption(value: unknown): value is SiteOption {
  return isRecord(value) && typeof value['id'] === 'string' && typeof value['name'] === 'string';
}

/** A report has the parts every chart reads; the rest follows from the relay's protocol version. */
function isReport(value: unknown): value is InsightsReport {
  return (
    isRecord(value) &&
    Array.isArray(value['days']) &&
    isRecord(value['totals']) &&
    isRecord(value['definitions']) &&
    Array.isArray(value['topQuestions'])
  );
}

/**
 * Reads an Insights answer: 2xx with the expected field passes `read`, anything else is a refusal with the
 * relay's code when the body carries a known one.
 */
export function readInsightsResponse<Value>(
  status: number,
  body: unknown,
  read: (body: Record<string, unknown>) => Value | null,
): ApiOutcome<Value> {
  if (status < 200 || status >= 300) return { ok: false, ...readRefusal(status, body) };
  const value = isRecord(body) ? read(body) : null;
  return value === null
    ? { ok: false, code: 'unexpected_response', message: 'The Insights answer was not understood.' }
    : { ok: true, value };
}

/** The Insights REST API on the console's own origin. */
export function createInsightsApi(fetchFn: Fetch = (input, init) => fetch(input, init)): InsightsApi {
  async function get<Value>(
    path: string,
    read: (body: Record<string, unknown>) => Value | null,
  ): Promise<ApiOutcome<Value>> {
    let response: Response;
    try {
      response = await fetchFn(path, {
        method: 'GET',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
    } catch {
      return { ok: false, code: 'network', message: 'The request did not reach the relay.' };
    }
    const json: unknown = await response.json().catch(() => null);
    return readInsightsResponse(response.status, json, read);
  }

  return {
    sites: () =>
      get('/api/insights/sites', (body) => {
        const sites = body['sites'];
        return Array.isArray(sites) && sites.every(isSiteOption) ? sites : null;
      }),
    report: (query) => {
      const parameters = new URLSearchParams({ siteId: query.siteId, from: query.from, to: query.to });
      if (query.timeZone !== undefined) parameters.set('timeZone', query.timeZone);
      return get(`/api/insights?${parameters.toString()}`, (body) =>
        isReport(body['report']) ? body['report'] : null,
      );
    },
  };
}
