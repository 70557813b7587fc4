import { describe, expect, it } from 'vitest';
import { createSessionApi, readSessionResponse } from './session-api.js';

const agent = { id: 'agent-alice', name: 'Alice', email: 'alice@example.com', role: 'agent' };

describe('readSessionResponse', () => {
  it('signs in with the agent of a 200 answer', () => {
    expect(readSessionResponse(200, { agent })).toEqual({ ok: true, agent });
  });

  it('keeps the code and message of a refusal', () => {
    expect(
      readSessionResponse(401, {
        error: { code: 'invalid_credentials', message: 'Wrong email or password.' },
      }),
    ).toEqual({ ok: false, code: 'invalid_credentials', message: 'Wrong email or password.' });
  });

  it('maps a refusal without a readable body by its status', () => {
    expect(readSessionResponse(429, null)).toMatchObject({ ok: false, code: 'rate_limited' });
    expect(readSessionResponse(401, '<html>')).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(readSessionResponse(502, null)).toMatchObject({ ok: false, code: 'unexpected_response' });
  });

  it('does not trust an unknown error code', () => {
    expect(readSessionResponse(400, { error: { code: 'no_such_code', message: 'x' } })).toMatchObject({
      ok: false,
      code: 'unexpected_response',
    });
  });

  it('refuses a 200 answer without an agent', () => {
    expect(readSessionResponse(200, {})).toMatchObject({ ok: false, code: 'unexpected_response' });
  });
});

describe('createSessionApi', () => {
  it('posts the credentials as JSON on the same origin', async () => {
    const calls: Array<{ input: string; init: RequestInit }> = [];
    const api = createSessionApi(async (input, init) => {
      calls.push({ input, init });
      return new Response(JSON.stringify({ agent }), { status: 200 });
    });
    expect(await api.signIn({ email: 'alice@example.com', password: 'secret' })).toEqual({ ok: true, agent });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.input).toBe('/api/session');
    expect(call?.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(call?.init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(JSON.parse(String(call?.init.body))).toEqual({ email: 'alice@example.com', password: 'secret' });
  });

  it('reports a network failure as such', async () => {
    const api = createSessionApi(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await api.current()).toMatchObject({ ok: false, code: 'network' });
  });

  it('signs out with DELETE even when the relay cannot be reached', async () => {
    const methods: Array<string | undefined> = [];
    const api = createSessionApi(async (_input, init) => {
      methods.push(init.method);
      throw new TypeError('Failed to fetch');
    });
    await expect(api.signOut()).resolves.toBeUndefined();
    expect(methods).toEqual(['DELETE']);
  });
});
