import { describe, expect, it } from 'vitest';
import { recordingFetch } from './recording-fetch.js';
import { createCannedResponsesApi } from './canned-responses-api.js';

function answering(status: number, body: unknown) {
  const { fetch, requests } = recordingFetch(status, body);
  return { api: createCannedResponsesApi(fetch), requests };
}

describe('createCannedResponsesApi', () => {
  it('lists the canned responses', async () => {
    const refund = { id: 'r1', shortcut: 'refund', text: 'Five days.' };
    const { api, requests } = answering(200, { cannedResponses: [refund] });
    expect(await api.list()).toEqual({ ok: true, value: [refund] });
    expect(requests).toEqual([{ url: '/api/canned-responses', method: 'GET', body: undefined }]);
  });

  it('replaces one by its id, escaped in the path', async () => {
    const saved = { id: 'r/1', shortcut: 'refund', text: 'New' };
    const { api, requests } = answering(200, saved);
    expect(await api.replace('r/1', { shortcut: 'refund', text: 'New' })).toEqual({ ok: true, value: saved });
    expect(requests[0]?.url).toBe('/api/canned-responses/r%2F1');
  });

  it('passes on the relay’s refusal code', async () => {
    const { api } = answering(409, { error: { code: 'shortcut_taken', message: 'Taken.' } });
    expect(await api.create({ shortcut: 'refund', text: 'x' })).toEqual({
      ok: false,
      code: 'shortcut_taken',
      message: 'Taken.',
    });
  });

  it('reads an empty answer to a delete as done', async () => {
    const { api } = answering(204, null);
    expect(await api.remove('r1')).toEqual({ ok: true, value: null });
  });
});
