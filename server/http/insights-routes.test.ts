import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, InsightsResponse, InsightsSitesResponse } from '../../protocol/http-api.js';
import { conversation, RETURNS } from '../insights/test-logs.js';
import { createScriptedBot } from '../testing/scripted-bot.js';
import { storeLogs } from '../testing/stored-logs.js';
import { ADMIN, SITE_ID, startHarness, type Harness } from '../testing/switchboard-harness.js';

const MARCH_10 = Date.UTC(2026, 2, 10, 9);
let harness: Harness;
let cookie: string;

beforeAll(async () => {
  harness = await startHarness(createScriptedBot({}).bot);
  cookie = await harness.signIn(ADMIN.email, ADMIN.password);
  await storeLogs(harness.store, SITE_ID, [
    conversation('answered', MARCH_10)
      .visitor('What is your return policy?')
      .bot('30 days.', [RETURNS])
      .log(),
    conversation('handed-off', MARCH_10)
      .visitor('Return policy for gifts?')
      .miss()
      .handoff('visitor_button', 'The visitor pressed “Talk to a person”.')
      .after(2)
      .joined()
      .agent('Hello!')
      .log(),
    // 23:30 UTC on 10 March is already 11 March in Paris.
    conversation('late', MARCH_10 + 14.5 * 60 * 60 * 1000)
      .visitor('How much is shipping?')
      .miss()
      .log(),
  ]);
});

afterAll(async () => {
  await harness.close();
});

async function get(path: string, withCookie = true) {
  const response = await fetch(`${harness.switchboard.url}${path}`, {
    headers: withCookie ? { cookie } : {},
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /api/insights', () => {
  it('reports on the site’s conversations of the range', async () => {
    const { status, body } = await get(`/api/insights?siteId=${SITE_ID}&from=2026-03-10&to=2026-03-10`);
    expect(status).toBe(200);
    const { report } = body as InsightsResponse;
    expect(report).toMatchObject({ siteId: SITE_ID, from: '2026-03-10', to: '2026-03-10', timeZone: 'UTC' });
    expect(report.totals).toEqual({
      conversations: 3,
      bot_resolved: 1,
      handed_off: 1,
      abandoned: 0,
      unanswered: 1,
    });
    expect(report.topQuestions[0]).toMatchObject({ label: 'What is your return policy?', count: 2 });
    expect(report.contentGaps.map((gap) => gap.places.map((place) => place.conversationId))).toEqual([
      ['handed-off'],
      ['late'],
    ]);
    expect(report.leads.interest.map((lead) => lead.keyword)).toEqual(['how much']);
  });

  it('counts days in the time zone asked for', async () => {
    const { body } = await get(
      `/api/insights?siteId=${SITE_ID}&from=2026-03-10&to=2026-03-11&timeZone=Europe/Paris`,
    );
    const { report } = body as InsightsResponse;
    expect(report.timeZone).toBe('Europe/Paris');
    expect(report.days.map((day) => [day.day, day.outcomes.unanswered])).toEqual([
      ['2026-03-10', 0],
      ['2026-03-11', 1],
    ]);
  });

  it.each([
    ['without a site', 'from=2026-03-10&to=2026-03-10'],
    ['with a malformed site id', 'siteId=a/b&from=2026-03-10&to=2026-03-10'],
    ['with a malformed day', 'siteId=shop&from=10/03/2026&to=2026-03-10'],
    ['with a day that does not exist', 'siteId=shop&from=2026-02-29&to=2026-03-10'],
    ['with the range backwards', 'siteId=shop&from=2026-03-11&to=2026-03-10'],
    ['with a range over 366 days', 'siteId=shop&from=2025-01-01&to=2026-01-02'],
    ['with an unknown time zone', 'siteId=shop&from=2026-03-10&to=2026-03-10&timeZone=Mars/Base'],
    ['with a parameter it does not know', 'siteId=shop&from=2026-03-10&to=2026-03-10&limit=5'],
    ['with a parameter given twice', 'siteId=shop&siteId=shop&from=2026-03-10&to=2026-03-10'],
  ])('refuses a query %s with invalid_payload', async (_label, query) => {
    const { status, body } = await get(`/api/insights?${query}`);
    expect(status).toBe(400);
    expect((body as ErrorResponse).error.code).toBe('invalid_payload');
  });

  it('refuses an unknown site with unknown_site', async () => {
    const { status, body } = await get('/api/insights?siteId=nowhere&from=2026-03-10&to=2026-03-10');
    expect(status).toBe(404);
    expect((body as ErrorResponse).error.code).toBe('unknown_site');
  });

  it('answers only a signed-in agent', async () => {
    for (const path of [
      `/api/insights?siteId=${SITE_ID}&from=2026-03-10&to=2026-03-10`,
      '/api/insights/sites',
    ]) {
      const { status, body } = await get(path, false);
      expect([path, status, (body as ErrorResponse).error.code]).toEqual([path, 401, 'unauthorized']);
    }
  });
});

describe('GET /api/insights/sites', () => {
  it('lists the sites a report can be asked for', async () => {
    const { status, body } = await get('/api/insights/sites');
    expect(status).toBe(200);
    expect((body as InsightsSitesResponse).sites).toEqual([{ id: SITE_ID, name: 'Shop' }]);
  });
});
