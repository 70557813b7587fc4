import type { AgentProfile } from '../../protocol/agent-events.js';
import type { ErrorCode } from '../../protocol/errors.js';
import type { SessionApi, SessionErrorCode, SessionOutcome } from '../chat/ports.js';

const SESSION_PATH = '/api/session';

/** Every code the relay may send; a `Record` so the compiler flags a code added to the protocol. */
const ERROR_CODES: Record<ErrorCode, true> = {
  invalid_payload: true,
  unsupported_protocol: true,
  unknown_site: true,
  origin_not_allowed: true,
  unauthorized: true,
  forbidden: true,
  conversation_not_found: true,
  conversation_taken: true,
  not_owner: true,
  already_waiting: true,
  already_with_agent: true,
  conversation_resolved: true,
  invalid_transition: true,
  rate_limited: true,
  invalid_credentials: true,
  invalid_webhook_url: true,
  webhook_not_found: true,
  internal: true,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

function isAgentProfile(value: unknown): value is AgentProfile {
  return isRecord(value) && typeof value['id'] === 'string' && typeof value['name'] === 'string';
}

/** The code to assume when a refusal came without a readable body (a proxy's error page, say). */
function codeForStatus(status: number): ErrorCode | 'unexpected_response' {
  if (status === 401) return 'unauthorized';
  if (status === 429) return 'rate_limited';
  return 'unexpected_response';
}

/** Reads a refused API response: the relay's code when the body carries a known one, and its sentence. */
export function readApiError(status: number, body: unknown): { code: SessionErrorCode; message: string } {
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  const message =
    error !== null && typeof error['message'] === 'string' ? error['message'] : `HTTP status ${status}`;
  const code = error !== null && isErrorCode(error['code']) ? error['code'] : codeForStatus(status);
  return { code, message };
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
  return { ok: false, ...readApiError(status, body) };
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
