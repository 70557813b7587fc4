import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { storeLogs } from '../testing/stored-logs.js';
import { readInsightsReport } from './read-insights.js';
import { conversation, RETURNS } from './test-logs.js';

const directory = mkdtempSync(join(tmpdir(), 'switchboard-insights-'));
const MARCH_10 = Date.UTC(2026, 2, 10, 9);
const request = { siteId: 'shop', from: '2026-03-10', to: '2026-03-10', timeZone: 'UTC' };
let store: Store;

beforeAll(async () => {
  store = openSqliteStore(join(directory, 'store.sqlite'));
  await store.migrate();
  await store.upsertSite({ id: 'shop', name: 'Shop', allowedOrigins: [], createdAt: 0 });
  await store.upsertSite({ id: 'other', name: 'Other', allowedOrigins: [], createdAt: 0 });
  const answered = (id: string) =>
    conversation(id, MARCH_10).visitor('Returns?').bot('30 days.', [RETURNS]).log();
  await storeLogs(store, 'shop', ['c1', 'c2', 'c3', 'c4', 'c5'].map(answered));
  await storeLogs(store, 'other', [answered('elsewhere')]);
});

afterAll(async () => {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('readInsightsReport', () => {
  it('reads every page of the site’s logs and reports on them', async () => {
    const report = await readInsightsReport(store, request, MARCH_10, { pageSize: 2, maxConversations: 100 });
    expect(report.totals).toMatchObject({ conversations: 5, bot_resolved: 5 });
    expect(report.coverage).toEqual({ conversationsRead: 5, isComplete: true });
    expect(report.computedAt).toBe(MARCH_10);
  });

  it('stops at the most conversations a report may read, and says the figures are partial', async () => {
    const report = await readInsightsReport(store, request, MARCH_10, { pageSize: 2, maxConversations: 3 });
    expect(report.totals.conversations).toBe(3);
    expect(report.coverage).toEqual({ conversationsRead: 3, isComplete: false });
  });

  it('calls a report complete when the range holds exactly as many conversations as it may read', async () => {
    const report = await readInsightsReport(store, request, MARCH_10, { pageSize: 5, maxConversations: 5 });
    expect(report.coverage).toEqual({ conversationsRead: 5, isComplete: true });
  });

  it('finds nothing in a range without conversations', async () => {
    const report = await readInsightsReport(
      store,
      { ...request, from: '2026-03-11', to: '2026-03-11' },
      MARCH_10,
    );
    expect(report.totals.conversations).toBe(0);
    expect(report.coverage).toEqual({ conversationsRead: 0, isComplete: true });
  });
});
