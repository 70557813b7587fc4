import { describe, expect, it } from 'vitest';
import { createSettingsApi } from './settings-api.js';

function answering(status: number, body: unknown) {
  const calls: Array<{ input: string; init: RequestInit }> = [];
  const api = createSettingsApi(async (input, init) => {
    calls.push({ input, init });
    return new Response(body === null ? null : JSON.stringify(body), { status });
  });
  return { api, calls };
}

describe('createSettingsApi', () => {
  it('sends JSON to the site’s address, its ids encoded', async () => {
    const { api, calls } = answering(200, { endpoint: { id: 'e/1' } });
    await api.updateWebhook('my site', 'e/1', { isEnabled: false });
    expect(calls).toMatchObject([
      {
        input: '/api/sites/my%20site/webhooks/e%2F1',
        init: { method: 'PATCH', credentials: 'same-origin', body: '{"isEnabled":false}' },
      },
    ]);
  });

  it('reads the value of an answer', async () => {
    const sites = [{ id: 'demo', name: 'Demo', retentionDays: 30 }];
    expect(await answering(200, { sites }).api.listSites()).toEqual({ ok: true, value: sites });
    expect(await answering(204, null).api.deleteWebhook('demo', 'e1')).toEqual({ ok: true, value: null });
  });

  it('reads a site’s knowledge documents from its address', async () => {
    const documents = [{ id: 'a.md', title: 'A', url: null, kind: 'markdown', updatedAt: 1, citations: 2 }];
    const { api, calls } = answering(200, { documents });
    expect(await api.listKnowledge('my site')).toEqual({ ok: true, value: documents });
    expect(calls).toMatchObject([{ input: '/api/sites/my%20site/knowledge', init: { method: 'GET' } }]);
  });

  it('keeps the relay’s code and sentence of a refusal', async () => {
    const refusal = { error: { code: 'invalid_webhook_url', message: 'Not http.' } };
    expect(await answering(400, refusal).api.addWebhook('demo', { url: 'ftp://x', events: [] })).toEqual({
      ok: false,
      code: 'invalid_webhook_url',
      message: 'Not http.',
    });
  });

  it('says when the relay could not be reached, or answered something else', async () => {
    const offline = createSettingsApi(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await offline.listSites()).toMatchObject({ ok: false, code: 'network' });
    expect(await answering(200, { nothing: true }).api.listSites()).toMatchObject({
      ok: false,
      code: 'unexpected_response',
    });
  });
});
