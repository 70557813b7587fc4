import { describe, expect, it } from 'vitest';
import { createInsightsApi } from './insights-api.js';

function answering(status: number, body: unknown) {
  const calls: string[] = [];
  const api = createInsightsApi(async (input, init) => {
    calls.push(`${init.method} ${input} ${init.credentials}`);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return { api, calls };
}

const report = { days: [], totals: {}, definitions: {}, topQuestions: [] };

describe('createInsightsApi', () => {
  it('asks for a report with the query in the URL, on the same origin', async () => {
    const { api, calls } = answering(200, { report });
    const outcome = await api.report({
      siteId: 'demo',
      from: '2026-03-01',
      to: '2026-03-07',
      timeZone: 'Europe/Paris',
    });
    expect(outcome).toEqual({ ok: true, value: report });
    expect(calls).toEqual([
      'GET /api/insights?siteId=demo&from=2026-03-01&to=2026-03-07&timeZone=Europe%2FParis same-origin',
    ]);
  });

  it('lists the sites', async () => {
    const { api } = answering(200, { sites: [{ id: 'demo', name: 'Demo' }] });
    expect(await api.sites()).toEqual({ ok: true, value: [{ id: 'demo', name: 'Demo' }] });
  });

  it('keeps the relay’s code and message of a refusal', async () => {
    const { api } = answering(400, {
      error: { code: 'invalid_payload', message: 'from must not be after to.' },
    });
    expect(await api.report({ siteId: 'demo', from: '2026-03-08', to: '2026-03-07' })).toEqual({
      ok: false,
      code: 'invalid_payload',
      message: 'from must not be after to.',
    });
  });

  it('refuses an answer without the expected shape', async () => {
    expect(
      await answering(200, { report: { days: 'none' } }).api.report({ siteId: 'd', from: 'x', to: 'y' }),
    ).toMatchObject({
      ok: false,
      code: 'unexpected_response',
    });
    expect(await answering(200, { sites: [{ id: 1 }] }).api.sites()).toMatchObject({
      ok: false,
      code: 'unexpected_response',
    });
  });

  it('says so when the relay cannot be reached', async () => {
    const api = createInsightsApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await api.sites()).toMatchObject({ ok: false, code: 'network' });
  });
});
