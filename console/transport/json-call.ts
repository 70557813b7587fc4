import type { ApiOutcome } from '../chat/ports.js';
import { isRecord, readRefusal } from './api-error.js';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A successful body's field `key`, when the body has it; the relay's answers are otherwise trusted. */
export function field<Body, Key extends keyof Body>(key: Key) {
  return (body: unknown): Body[Key] | undefined =>
    isRecord(body) && key in body ? (body[key as string] as Body[Key]) : undefined;
}

/** A JSON request to the relay's API on this origin. */
export type JsonCall = <Value>(
  method: Method,
  path: string,
  read: (body: unknown) => Value | undefined,
  body?: unknown,
) => Promise<ApiOutcome<Value>>;

/**
 * Makes the function the REST clients call the relay with: it sends JSON with the session cookie and turns
 * the answer into an outcome, reading a success with `read` and a refusal's stable code.
 */
export function createJsonCall(fetchFn: Fetch): JsonCall {
  return async (method, path, read, body) => {
    let response: Response;
    try {
      response = await fetchFn(path, {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, code: 'network', message: 'The request did not reach the relay.' };
    }
    const json: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
    if (!response.ok) return { ok: false, ...readRefusal(response.status, json) };
    const value = read(json);
    return value === undefined
      ? { ok: false, code: 'unexpected_response', message: 'The relay’s answer was not understood.' }
      : { ok: true, value };
  };
}
