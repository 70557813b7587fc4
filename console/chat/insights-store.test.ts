import { describe, expect, it } from 'vitest';
import type { InsightsQuery } from '../../protocol/http-api.js';
import type { InsightsReport } from '../../protocol/insights.js';
import { createInsightsStore } from './insights-store.js';
import type { ApiOutcome, InsightsApi } from './ports.js';

const initial = { from: '2026-03-04', to: '2026-03-10', timeZone: 'Europe/Paris' };

function reportFor(query: InsightsQuery): InsightsReport {
  return { siteId: query.siteId, from: query.from, to: query.to } as InsightsReport;
}

/** An API whose answers the test releases one by one. */
function createApi(sites: ApiOutcome<{ id: string; name: string }[]>) {
  const pending: Array<{ query: InsightsQuery; answer: (outcome: ApiOutcome<InsightsReport>) => void }> = [];
  const api: InsightsApi = {
    sites: async () => sites,
    report: (query) => new Promise((resolve) => pending.push({ query, answer: resolve })),
  };
  return { api, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createInsightsStore', () => {
  it('loads the sites, then the first site’s report for the initial range', async () => {
    const { api, pending } = createApi({
      ok: true,
      value: [
        { id: 'demo', name: 'Demo' },
        { id: 'b', name: 'B' },
      ],
    });
    const store = createInsightsStore({ api, initial, onUnauthorized: () => {} });
    const opened = store.open();
    await settle();
    expect(store.$report.get()).toEqual({ status: 'loading' });
    expect(pending.map((call) => call.query)).toEqual([{ siteId: 'demo', ...initial }]);
    pending[0]?.answer({ ok: true, value: reportFor({ siteId: 'demo', ...initial }) });
    await opened;
    expect(store.$report.get()).toMatchObject({ status: 'ready', report: { siteId: 'demo' } });
    expect(store.$filters.get().siteId).toBe('demo');
  });

  it('shows only the newest request’s report when answers arrive out of order', async () => {
    const { api, pending } = createApi({ ok: true, value: [{ id: 'demo', name: 'Demo' }] });
    const store = createInsightsStore({ api, initial, onUnauthorized: () => {} });
    void store.open();
    await settle();
    void store.apply({ siteId: 'demo', ...initial, from: '2026-03-01' });
    await settle();
    const [first, second] = pending;
    second?.answer({ ok: true, value: reportFor(second.query) });
    await settle();
    first?.answer({ ok: true, value: reportFor(first.query) });
    await settle();
    expect(store.$report.get()).toMatchObject({ status: 'ready', report: { from: '2026-03-01' } });
  });

  it('explains a refusal, and rechecks the session when it has ended', async () => {
    const { api, pending } = createApi({ ok: true, value: [{ id: 'demo', name: 'Demo' }] });
    let rechecks = 0;
    const store = createInsightsStore({ api, initial, onUnauthorized: () => rechecks++ });
    void store.open();
    await settle();
    pending[0]?.answer({ ok: false, code: 'invalid_payload', message: 'from must not be after to.' });
    await settle();
    expect(store.$report.get()).toEqual({
      status: 'failed',
      message: 'Check the filters: from must not be after to.',
    });
    void store.apply({ siteId: 'demo', ...initial });
    await settle();
    pending[1]?.answer({ ok: false, code: 'unauthorized', message: 'Not signed in.' });
    await settle();
    expect(rechecks).toBe(1);
  });

  it('says so when there is no site', async () => {
    const store = createInsightsStore({
      api: createApi({ ok: true, value: [] }).api,
      initial,
      onUnauthorized: () => {},
    });
    await store.open();
    expect(store.$report.get()).toEqual({ status: 'failed', message: 'No site is set up yet.' });
  });

  it('says so when the sites cannot be loaded', async () => {
    const { api } = createApi({ ok: false, code: 'network', message: 'Failed.' });
    const store = createInsightsStore({ api, initial, onUnauthorized: () => {} });
    await store.open();
    expect(store.$report.get()).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('Cannot reach'),
    });
  });
});
