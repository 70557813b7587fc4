import { describe, expect, it } from 'vitest';
import { recordingFetch } from './recording-fetch.js';
import { createTeamApi } from './team-api.js';

function answering(status: number, body: unknown) {
  const { fetch, requests } = recordingFetch(status, body);
  return { api: createTeamApi(fetch), requests };
}

const grace = { id: 'g', name: 'Grace', email: 'grace@example.com', role: 'agent' };

describe('createTeamApi', () => {
  it('lists the team', async () => {
    const { api, requests } = answering(200, { agents: [grace] });
    expect(await api.list()).toEqual({ ok: true, value: [grace] });
    expect(requests).toEqual([{ url: '/api/agents', method: 'GET', body: undefined }]);
  });

  it('adds a teammate and reads the stored profile', async () => {
    const { api, requests } = answering(201, { agent: grace });
    const request = {
      email: grace.email,
      name: 'Grace',
      role: 'agent' as const,
      password: 'long-password-1',
    };
    expect(await api.add(request)).toEqual({ ok: true, value: grace });
    expect(requests[0]).toEqual({ url: '/api/agents', method: 'POST', body: request });
  });

  it('passes on the relay’s refusal code', async () => {
    const { api } = answering(409, { error: { code: 'email_taken', message: 'Taken.' } });
    const request = {
      email: grace.email,
      name: 'Grace',
      role: 'agent' as const,
      password: 'long-password-1',
    };
    expect(await api.add(request)).toEqual({ ok: false, code: 'email_taken', message: 'Taken.' });
  });
});
