import type { AgentProfile } from '../../protocol/agent-events.js';
import type { SessionApi, SessionOutcome } from '../chat/ports.js';
import { isRecord, readRefusal } from './api-error.js';

const SESSION_PATH = '/api/session';

function isAgentProfile(value: unknown): value is AgentProfile {
  return isRecord(value) && typeof value['id'] === 'string' && typeof value['name'] === 'string';
}

/**
 * Reads a response of `GET` or `POST /api/session`: 2xx with `{ agent }` signs in, anything else is a
 * refusal with the relay's code when the body carries a known one.
 */
export function readSessionResponse(status: number, body: unknown): SessionOutcome {
  if (status >= 200 && status < 300) {
    if (isRecord(body) && isAgentProfile(body['agent'])) return { ok: true, agent: body['agent'] };
    return { ok: false, code: 'unexpected_response', message: 'The session answer had no agent.' };
  }
  return { ok: false, ...readRefusal(status, body) };
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The sign-in REST API on the console's own origin. */
export function createSessionApi(fetchFn: Fetch = (input, init) => fetch(input, init)): SessionApi {
  async function call(method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<Response> {
    return fetchFn(SESSION_PATH, {
      method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function session(method: 'GET' | 'POST', body?: unknown): Promise<SessionOutcome> {
    let response: Response;
    try {
      response = await call(method, body);
    } catch {
      return { ok: false, code: 'network', message: 'The request did not reach the relay.' };
    }
    const json: unknown = await response.json().catch(() => null);
    return readSessionResponse(response.status, json);
  }

  return {
    current: () => session('GET'),
    signIn: (request) => session('POST', request),
    signOut: async () => {
      await call('DELETE').catch(() => undefined);
    },
  };
}
